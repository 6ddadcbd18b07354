import { describe, expect, it } from 'vitest';
import { makeEvalPacket, makeExpected } from '../../../test/helpers/make-eval-packet.js';
import { cell, formatReport } from './format-report.js';
import { scoreCase } from './score-case.js';
import { summarize } from './summarize.js';

describe('cell', () => {
  it.each([
    [1, '✓'],
    [0, '✗'],
    [0.5, '50%'],
    [2 / 3, '67%'],
    [undefined, '·'],
  ] satisfies [number | undefined, string][])('%s → %s', (score, text) => {
    expect(cell(score)).toBe(text);
  });
});

describe('formatReport', () => {
  const results = [
    scoreCase({
      name: '01-sync',
      expected: makeExpected({ tried: ['rotated the API token', 'restarted the connector'] }),
      packet: makeEvalPacket(),
      schemaErrors: [],
    }),
    scoreCase({
      name: '02-crash',
      expected: makeExpected(),
      packet: null,
      crashed: 'RangeError: too deep',
      schemaErrors: null,
    }),
  ];
  const text = formatReport(results, summarize(results), {
    breaches: [{ figure: 'tried', value: 0.25, bound: 0.5, kind: 'min' }],
  });

  it('prints one row per case with a cell per field', () => {
    const row = text.split('\n').find((line) => line.startsWith('01-sync'));
    expect(row).toMatch(/✓ +✓ +✓ +✓ +✓ +✓ +✓ +✓ +50%/);
    expect(text).toMatch(/02-crash .*CRASHED: RangeError: too deep/);
  });

  it('lists misses with expected and produced side by side', () => {
    expect(text).toContain('missed:   restarted the connector');
    expect(text).toContain('produced: Customer rotated the API token no change');
  });

  it('prints the precision of each list field per case', () => {
    const at = text.indexOf('Precision of list fields per case');
    expect(at).toBeGreaterThan(0);
    const row = text
      .slice(at)
      .split('\n')
      .find((line) => line.startsWith('01-sync'));
    expect(row).toMatch(/^01-sync +✓ +✓ +✓ +✓ +✓$/);
    expect(text).toMatch(/tried +25\.0% +\(2 cases, 0\.5 items offered per case, precision 100\.0% over 1\)/);
  });

  it('names each breached floor', () => {
    expect(text).toContain('tried: 0.250 < min 0.5');
  });
});
