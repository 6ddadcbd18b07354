/**
 * @module The sentences of the shared dev cases' handoffs (`../shared/eval/cases/<case>/handoff`), as
 * Spine itself reads them: intake, then every fact-bearing item (never the draft reply) split by the
 * language layer, and the attempt corpus's dev-case rows read back from them. Only
 * `../shared/eval/cases` is read here; the holdout and the rewordings are the measurement and are
 * never training data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { intakeFromPaths } from '../../src/app/intake-from-paths.js';
import { parseExpected } from '../../src/core/eval/expected.js';
import { buildContext } from '../../src/core/extract/context.js';
import type { Sentence } from '../../src/core/language/types.js';
import type { OcrEngine } from '../../src/ports/ocr.js';
import type { Example } from './read-datasets.js';
import { textHash } from './stable-hash.js';

export const DEV_CASES = join(import.meta.dirname, '../../../shared/eval/cases');

export interface CaseSentence {
  readonly caseId: string;
  readonly item: string;
  /** index of the sentence in the item */
  readonly index: number;
  /** the sentence's character offset in the item's text */
  readonly start: number;
  readonly text: string;
  readonly role: string;
  readonly customer: boolean;
  readonly unit: string;
  /** the item's kind (`status` for a ticket's status changes) */
  readonly kind: string;
  readonly analyzed: Sentence;
}

export interface ReadCaseOptions {
  /** leave screenshots out: their OCR text depends on the engine */
  readonly withoutOcr?: boolean;
}

/** An engine that reads nothing: screenshots contribute no sentences. */
const NO_OCR: OcrEngine = { recognize: async () => ({ lines: [] }), close: async () => {} };

/** Every sentence of every fact-bearing item of every case under `dir`, in reading order. */
export async function readCaseSentences(
  dir: string = DEV_CASES,
  options: ReadCaseOptions = {},
): Promise<CaseSentence[]> {
  const out: CaseSentence[] = [];
  for (const caseId of readdirSync(dir).sort()) {
    if (!existsSync(join(dir, caseId, 'expected.json'))) continue;
    const gold = parseExpected(readFileSync(join(dir, caseId, 'expected.json'), 'utf8'));
    if (!gold.ok) throw new Error(`${caseId}/expected.json: ${gold.errors.join('; ')}`);
    const { result } = await intakeFromPaths(
      [join(dir, caseId, 'handoff')],
      options.withoutOcr ? { ocr: NO_OCR, ocrCache: false } : {},
    );
    const ctx = buildContext(result, gold.expected.asOf);
    for (const item of ctx.items)
      item.analyzed.forEach((s, index) => {
        out.push({
          caseId,
          item: item.id,
          index,
          start: s.start,
          text: s.text,
          role: item.role,
          customer: item.isCustomer,
          unit: item.unit,
          kind: item.kind,
          analyzed: s,
        });
      });
  }
  return out;
}

// the units extract-tried never reads sentence by sentence (ticket fields, account rows, logs, …)
const NOT_PROSE = new Set(['field', 'account', 'log', 'request', 'ocr']);

/** The prose sentences of the dev cases (no screenshots, no ticket fields, rows, logs or status changes). */
export async function readDevCaseProse(): Promise<CaseSentence[]> {
  return (await readCaseSentences(DEV_CASES, { withoutOcr: true })).filter(
    (s) => !NOT_PROSE.has(s.unit) && s.kind !== 'status',
  );
}

/**
 * The labelled dev-case sentences of `file` (rows: case, item id, sentence index, label, hash) as
 * examples with id `dev:<case>:<item>#<index>`, their text read back from the shared cases. A row whose
 * sentence no longer hashes to the committed value fails loudly instead of training on other text.
 */
export async function readDevCaseCorpus(file: string): Promise<Example[]> {
  const texts = new Map(
    (await readDevCaseProse()).map((s) => [`${s.caseId}\t${s.item}\t${s.index}`, s.text]),
  );
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [doc = '', item = '', index = '', label = '', hash = ''] = line.split('\t');
      const text = (texts.get(`${doc}\t${item}\t${index}`) ?? '').replace(/\s+/g, ' ');
      if (textHash(text) !== hash)
        throw new Error(`${file}: ${doc} ${item}#${index} does not match its checksum (case changed?)`);
      return { id: `dev:${doc}:${item}#${index}`, text, label, group: 'dev-cases' };
    });
}
