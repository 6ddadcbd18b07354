/**
 * @module The sentences of the shared dev cases' handoffs (`../shared/eval/cases/<case>/handoff`), as
 * Spine itself reads them: intake, then the prepared context's fact-bearing items split into sentences
 * by the language layer. Screenshots are left out (their OCR text depends on the engine). Never the
 * holdout or the rewordings: those are the measurement.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { intakeFromPaths } from '../../src/app/intake-from-paths.js';
import { buildContext } from '../../src/core/extract/context.js';
import type { OcrEngine } from '../../src/ports/ocr.js';
import type { Example } from './read-datasets.js';
import { stableHash } from './stable-hash.js';

export const DEV_CASES = join(import.meta.dirname, '../../../shared/eval/cases');

// the units extract-tried never reads sentence by sentence (ticket fields, account rows, logs, …)
const NOT_PROSE = new Set(['field', 'account', 'log', 'request', 'ocr']);

/** An engine that reads nothing: screenshots contribute no sentences. */
const NO_OCR: OcrEngine = { recognize: async () => ({ lines: [] }), close: async () => {} };

export interface DevSentence {
  /** case folder name */
  readonly doc: string;
  /** evidence item id */
  readonly item: string;
  /** index of the sentence in the item */
  readonly index: number;
  readonly role: string;
  readonly text: string;
}

/** Every prose sentence of every dev case, case by case, item by item (deterministic order). */
export async function readDevCaseSentences(): Promise<DevSentence[]> {
  const out: DevSentence[] = [];
  const cases = readdirSync(DEV_CASES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const doc of cases) {
    const { result } = await intakeFromPaths([join(DEV_CASES, doc, 'handoff')], {
      ocr: NO_OCR,
      ocrCache: false,
    });
    const ctx = buildContext(result, '2100-01-01T00:00:00Z');
    for (const item of ctx.items) {
      if (NOT_PROSE.has(item.unit) || item.kind === 'status') continue;
      item.sentences.forEach((text, index) => {
        out.push({ doc, item: item.id, index, role: item.role, text });
      });
    }
  }
  return out;
}

/** The hash a corpus keeps of a sentence (whitespace runs as one space), as 8 hex digits. */
export const sentenceHash = (text: string): string =>
  stableHash(text.replace(/\s+/g, ' ')).toString(16).padStart(8, '0');

/**
 * The labelled dev-case sentences of `file` (rows: case, item id, sentence index, label, hash) as
 * examples with id `dev:<case>:<item>#<index>`, their text read back from the shared cases. A row whose
 * sentence no longer hashes to the committed value fails loudly instead of training on other text.
 */
export async function readDevCaseCorpus(file: string): Promise<Example[]> {
  const texts = new Map(
    (await readDevCaseSentences()).map((s) => [`${s.doc}\t${s.item}\t${s.index}`, s.text]),
  );
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [doc = '', item = '', index = '', label = '', hash = ''] = line.split('\t');
      const text = (texts.get(`${doc}\t${item}\t${index}`) ?? '').replace(/\s+/g, ' ');
      if (sentenceHash(text) !== hash)
        throw new Error(`${file}: ${doc} ${item}#${index} does not match its checksum (case changed?)`);
      return { id: `dev:${doc}:${item}#${index}`, text, label, group: 'dev-cases' };
    });
}
