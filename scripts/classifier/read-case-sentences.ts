/**
 * @module The sentences of the shared dev cases' handoffs, as Spine reads them: intake, then every
 * fact-bearing item (never the draft reply) split by the language layer. Each sentence is located by
 * case, item id and the sentence's character offset in the item's text. Only `../shared/eval/cases`
 * is read here; the holdout and the rewordings are the measurement and are never training data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { intakeFromPaths } from '../../src/app/intake-from-paths.js';
import { parseExpected } from '../../src/core/eval/expected.js';
import { buildContext } from '../../src/core/extract/context.js';
import type { Sentence } from '../../src/core/language/types.js';

export const DEV_CASES = join(import.meta.dirname, '../../../shared/eval/cases');

export interface CaseSentence {
  readonly caseId: string;
  readonly item: string;
  readonly start: number;
  readonly text: string;
  readonly role: string;
  readonly customer: boolean;
  readonly unit: string;
  readonly analyzed: Sentence;
}

/** Every sentence of every fact-bearing item of every case under `dir`, in reading order. */
export async function readCaseSentences(dir: string = DEV_CASES): Promise<CaseSentence[]> {
  const out: CaseSentence[] = [];
  for (const caseId of readdirSync(dir).sort()) {
    if (!existsSync(join(dir, caseId, 'expected.json'))) continue;
    const gold = parseExpected(readFileSync(join(dir, caseId, 'expected.json'), 'utf8'));
    if (!gold.ok) throw new Error(`${caseId}/expected.json: ${gold.errors.join('; ')}`);
    const { result } = await intakeFromPaths([join(dir, caseId, 'handoff')]);
    const ctx = buildContext(result, gold.expected.asOf);
    for (const item of ctx.items)
      item.analyzed.forEach((s) => {
        out.push({
          caseId,
          item: item.id,
          start: s.start,
          text: s.text,
          role: item.role,
          customer: item.isCustomer,
          unit: item.unit,
          analyzed: s,
        });
      });
  }
  return out;
}
