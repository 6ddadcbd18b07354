/** @module Prepares the bundled example and every eval case once per suite, sharing one OCR engine. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTesseractEngine } from '../../src/adapters/ocr/tesseract.js';
import { intakeFromPaths } from '../../src/app/intake-from-paths.js';
import { loadPolicy } from '../../src/app/load-policy.js';
import type { IntakeResult } from '../../src/core/model/intake.js';
import type { Packet } from '../../src/core/model/packet.js';
import { prepare } from '../../src/core/prepare.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const casesDir = path.resolve(repoRoot, '../shared/eval/cases');
export const exampleDir = path.resolve(repoRoot, 'examples/northwind-order-sync');

export interface PreparedCase {
  readonly name: string;
  readonly intake: IntakeResult;
  readonly packet: Packet;
  readonly json: string;
  /** packet.json of a second, independent prepare() of the same intake */
  readonly again: string;
  readonly mustNotSay: readonly string[];
}

interface CaseSpec {
  readonly name: string;
  readonly dir: string;
  readonly asOf?: string;
  readonly mustNotSay: readonly string[];
}

function caseSpecs(): CaseSpec[] {
  const specs: CaseSpec[] = [{ name: 'example', dir: exampleDir, mustNotSay: [] }];
  for (const name of readdirSync(casesDir).sort()) {
    if (!existsSync(path.join(casesDir, name, 'expected.json'))) continue;
    const expected = JSON.parse(readFileSync(path.join(casesDir, name, 'expected.json'), 'utf8')) as {
      asOf: string;
      mustNotSayToCustomer?: string[];
    };
    specs.push({
      name,
      dir: path.join(casesDir, name, 'handoff'),
      asOf: expected.asOf,
      mustNotSay: expected.mustNotSayToCustomer ?? [],
    });
  }
  return specs;
}

/** Runs intake once per case (OCR shared, no cache) and prepare twice. */
export async function prepareAllCases(): Promise<PreparedCase[]> {
  const policy = await loadPolicy();
  const ocr = createTesseractEngine({ workers: 2 });
  try {
    const out: PreparedCase[] = [];
    for (const spec of caseSpecs()) {
      const { result } = await intakeFromPaths([spec.dir], { ocr, ocrCache: false });
      const options = spec.asOf ? { asOf: spec.asOf } : {};
      const first = prepare(result, policy, options);
      const second = prepare(result, policy, options);
      out.push({
        name: spec.name,
        intake: result,
        packet: first.packet,
        json: `${JSON.stringify(first.packet, null, 2)}\n`,
        again: `${JSON.stringify(second.packet, null, 2)}\n`,
        mustNotSay: spec.mustNotSay,
      });
    }
    return out;
  } finally {
    await ocr.close();
  }
}
