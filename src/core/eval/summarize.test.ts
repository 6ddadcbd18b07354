import { describe, expect, it } from 'vitest';
import { makeEvalPacket, makeExpected } from '../../../test/helpers/make-eval-packet.js';
import { checkFloors } from './floors.js';
import { scoreCase } from './score-case.js';
import { summarize, summaryFigures } from './summarize.js';

const good = scoreCase({
  name: 'a-good',
  expected: makeExpected(),
  packet: makeEvalPacket(),
  schemaErrors: [],
});
const wrongSeverity = scoreCase({
  name: 'b-wrong-severity',
  expected: makeExpected({ severity: 'Critical', account: undefined }),
  packet: makeEvalPacket(),
  schemaErrors: ['/facts: must have required property tier'],
});
const crashed = scoreCase({
  name: 'c-crashed',
  expected: makeExpected(),
  packet: null,
  crashed: 'boom',
  schemaErrors: null,
});

describe('summarize', () => {
  const summary = summarize([good, wrongSeverity, crashed]);

  it('averages each field over the cases whose gold has it, crashed cases included', () => {
    expect(summary.fields.severity.mean).toBeCloseTo(1 / 3);
    expect(summary.fields.account.mean).toBe(0.5);
    expect(summary.fields.account.scored).toBe(2);
  });

  it('lists misses with expected and produced side by side', () => {
    const [first, second] = summary.fields.severity.misses;
    expect(first).toMatchObject({ case: 'b-wrong-severity', expected: 'Critical', produced: 'High' });
    expect(second).toMatchObject({ case: 'c-crashed', produced: '(missing)' });
  });

  it('reports how many list items the packets offered, to show noise recall ignores', () => {
    expect(summary.fields.tried.meanProduced).toBeCloseTo(2 / 3); // 1, 1 and 0 (crashed)
    expect(summary.fields.severity.meanProduced).toBeNull();
  });

  it('counts schema validity, crashes and check totals', () => {
    expect(summary.schemaValid).toBeCloseTo(1 / 3);
    expect(summary.crashed).toEqual(['c-crashed']);
    expect(summary.mustNotSayFound).toBe(0);
  });

  it('leaves a field no gold has out of the figures', () => {
    const figures = summaryFigures(
      summarize([
        scoreCase({
          name: 'x',
          expected: { asOf: 'x', escalate: true },
          packet: makeEvalPacket(),
          schemaErrors: [],
        }),
      ]),
    );
    expect(figures).toMatchObject({ escalate: 1, schemaValid: 1, unresolvedCites: 0 });
    expect(figures.tried).toBeUndefined();
  });
});

describe('checkFloors', () => {
  it('reports figures below a min or above a max, and floors nobody measured', () => {
    const breaches = checkFloors(
      { escalate: 0.9, tried: 0.5, mustNotSayFound: 2, unresolvedCites: 0 },
      { min: { escalate: 0.9, tried: 0.6, errors: 0.5 }, max: { mustNotSayFound: 0, unresolvedCites: 0 } },
    );
    expect(breaches).toEqual([
      { figure: 'tried', value: 0.5, bound: 0.6, kind: 'min' },
      { figure: 'errors', value: null, bound: 0.5, kind: 'min' },
      { figure: 'mustNotSayFound', value: 2, bound: 0, kind: 'max' },
    ]);
  });

  it('takes a mean that floating point sums just under its floor as meeting it', () => {
    const mean = (0.7 + 0.1) / 2; // 0.39999999999999997
    expect(mean).toBeLessThan(0.4);
    expect(checkFloors({ unknowns: mean }, { min: { unknowns: 0.4 }, max: {} })).toEqual([]);
    expect(checkFloors({ unknowns: 0.549 }, { min: { unknowns: 0.55 }, max: {} })).toHaveLength(1);
  });
});
