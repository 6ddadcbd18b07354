import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_CASES, readDevCaseCorpus } from '../../scripts/classifier/dev-case-sentences.js';

const FILE = join(import.meta.dirname, '../../scripts/classifier/corpora/act-attempt/dev-cases.tsv');
const rows = readFileSync(FILE, 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t'));

describe('the attempt corpus of dev-case sentences', () => {
  it('holds locators, labels and hashes only, from the shared dev cases and nowhere else', () => {
    const cases = new Set(readdirSync(DEV_CASES));
    expect(rows.length).toBeGreaterThanOrEqual(600);
    for (const [doc = '', item, index, label, hash] of rows) {
      expect(cases.has(doc)).toBe(true);
      expect(item).toMatch(/\S/);
      expect(Number.isInteger(Number(index))).toBe(true);
      expect(['attempt', 'other']).toContain(label);
      expect(hash).toMatch(/^[0-9a-f]{8}$/);
    }
    expect(new Set(rows.map((r) => r.slice(0, 3).join(' '))).size).toBe(rows.length);
  });

  it('reads every sentence back from the cases with a matching checksum', async () => {
    const examples = await readDevCaseCorpus(FILE);
    expect(examples).toHaveLength(rows.length);
    expect(examples.every((e) => e.text.length > 0 && e.group === 'dev-cases')).toBe(true);
    const attempts = examples.filter((e) => e.label === 'attempt').length;
    expect(attempts).toBeGreaterThan(0);
    expect(attempts).toBeLessThan(examples.length);
  }, 120_000);
});
