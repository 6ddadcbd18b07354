/**
 * @module The shared dev cases' customer reports (`../shared/eval/cases/<case>/handoff`) as Spine's
 * report classifiers read them (`reportOf`: the customer's first items and subject lines), labelled
 * by the case's gold: '1' when Security is a target, else '0' — ordinary support text. Screenshots
 * are left out (their OCR text depends on the engine). Never the holdout or the rewordings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { intakeFromPaths } from '../../src/app/intake-from-paths.js';
import { reportOf } from '../../src/core/extract/classify-report-text.js';
import { buildContext } from '../../src/core/extract/context.js';
import type { OcrEngine } from '../../src/ports/ocr.js';
import { DEV_CASES } from './dev-case-sentences.js';
import type { Example } from './read-datasets.js';

/** The group name of these examples: support handoffs, not an issue tracker or an advisory database. */
export const SUPPORT_GROUP = 'dev-cases';

const NO_OCR: OcrEngine = { recognize: async () => ({ lines: [] }), close: async () => {} };

/** Reads the customer report of every case folder under `root` (sorted); a case without gold fails. */
export async function readCaseReports(root: string = DEV_CASES): Promise<Example[]> {
  const cases = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const out: Example[] = [];
  for (const doc of cases) {
    const gold = JSON.parse(readFileSync(join(root, doc, 'expected.json'), 'utf8')) as {
      targets?: readonly string[];
    };
    const { result } = await intakeFromPaths([join(root, doc, 'handoff')], { ocr: NO_OCR, ocrCache: false });
    const report = reportOf(buildContext(result, '2100-01-01T00:00:00Z'));
    if (!report.text.trim()) continue;
    const label = gold.targets?.includes('Security') ? '1' : '0';
    out.push({ id: `dev:${doc}`, text: report.text, label, group: SUPPORT_GROUP });
  }
  return out;
}
