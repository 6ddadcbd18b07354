import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACT_SOURCES, splitHypothesisSentences } from '../../scripts/classifier/act-corpus-sources.js';
import { readCaseSentences } from '../../scripts/classifier/dev-case-sentences.js';
import {
  ACT_HYPOTHESIS_CASES,
  readCaseHypothesisCorpus,
} from '../../scripts/classifier/read-case-hypothesis-corpus.js';
import { ACT_HYPOTHESIS_CORPUS } from '../../scripts/classifier/read-hypothesis-corpus.js';

const rows = readFileSync(ACT_HYPOTHESIS_CORPUS, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => l.split('\t'));

describe('the act-hypothesis corpus', () => {
  it('holds positions, hashes and labels only, one sentence a row, each row unique', () => {
    expect(rows[0]).toEqual(['source', 'doc', 'start', 'end', 'textHash', 'label']);
    const body = rows.slice(1);
    expect(body.length).toBeGreaterThanOrEqual(1000);
    for (const [source, doc, start, end, hash, label] of body) {
      expect(Object.keys(ACT_SOURCES)).toContain(source);
      expect(doc).toMatch(/\S/);
      expect(Number(end)).toBeGreaterThan(Number(start));
      expect(hash).toMatch(/^[0-9a-f]{8}$/);
      expect(['hypothesis', 'refutation', 'other']).toContain(label);
    }
    expect(new Set(body.map((r) => `${r[0]}:${r[1]}@${r[2]}`)).size).toBe(body.length);
  });

  it('has both classes from every source', () => {
    for (const source of Object.keys(ACT_SOURCES)) {
      const labels = rows.filter((r) => r[0] === source).map((r) => r[5]);
      expect(labels).toContain('hypothesis');
      expect(labels).toContain('other');
    }
  });
});

describe('splitHypothesisSentences', () => {
  it('keeps prose sentences with their offsets and leaves code, tables and fragments out', () => {
    const text =
      'The upload fails on large files. I think the proxy caps the body size!\n```\nconst x = 1;\n```\n| a | b |\nok\n- It seems the retry loop never backs off at all.';
    const spans = splitHypothesisSentences({ source: 'nlbse', doc: '0', text });
    expect(spans.map((s) => s.text)).toEqual([
      'The upload fails on large files.',
      'I think the proxy caps the body size!',
      'It seems the retry loop never backs off at all.',
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('the act-hypothesis dev-case corpus', () => {
  const caseRows = readFileSync(ACT_HYPOTHESIS_CASES, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t'));

  it('holds one row per case sentence (position, hash, label), never a holdout or rewording case', () => {
    expect(caseRows[0]).toEqual(['case', 'item', 'start', 'textHash', 'label']);
    const body = caseRows.slice(1);
    for (const [caseId, item, start, hash, label] of body) {
      expect(caseId).toMatch(/^\d\d-[a-z0-9-]+$/);
      expect(item).toMatch(/\S/);
      expect(Number(start)).toBeGreaterThanOrEqual(0);
      expect(hash).toMatch(/^[0-9a-f]{8}$/);
      expect(['hypothesis', 'refutation', 'other']).toContain(label);
    }
    expect(new Set(body.map((r) => `${r[0]}/${r[1]}@${r[2]}`)).size).toBe(body.length);
  });

  it('labels every sentence of every dev case, and each row still matches its handoff text', async () => {
    const examples = await readCaseHypothesisCorpus();
    const sentences = await readCaseSentences();
    expect(examples.length).toBe(sentences.length);
    expect(examples.filter((e) => e.label === 'hypothesis').length).toBeGreaterThanOrEqual(40);
  }, 60_000);
});
