/** @module Writes a linear model as JSON with one feature per line, so diffs stay readable. */
import { writeFileSync } from 'node:fs';
import type { LinearModel } from '../../src/core/classify/linear-model.js';

export function writeModelFile(path: string, model: LinearModel): void {
  const { weights, ...head } = model;
  const lines = Object.keys(weights)
    .sort()
    .map((f) => `    ${JSON.stringify(f)}: ${JSON.stringify(weights[f])}`);
  const headJson = JSON.stringify(head, null, 2).slice(0, -2);
  writeFileSync(path, `${headJson},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`);
}
