/** @module Writes a committed model file: one feature per line, so diffs stay readable. */
import { writeFileSync } from 'node:fs';
import type { LinearModel } from '../../src/core/classify/linear-model.js';

/** Writes `model` to `path` as JSON parseable by JSON.parse and a static import. */
export function writeModel(path: string, model: LinearModel): void {
  const { weights, ...head } = model;
  const lines = Object.keys(weights)
    .sort()
    .map((f) => `    ${JSON.stringify(f)}: ${JSON.stringify(weights[f])}`);
  const headJson = JSON.stringify(head, null, 2).slice(0, -2);
  writeFileSync(path, `${headJson},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`);
}
