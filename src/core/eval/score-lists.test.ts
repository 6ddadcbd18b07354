import { describe, expect, it } from 'vitest';
import { makeEvalPacket, makeExpected } from '../../../test/helpers/make-eval-packet.js';
import { scoreCase } from './score-case.js';
import { scoreLists } from './score-lists.js';
import { summarize, summaryFigures } from './summarize.js';

const noisy = makeEvalPacket({
  facts: {
    errors: [
      { value: 'SYNC-509 "Batch rejected"', cites: ['S1:c1'] },
      { value: 'req_88fe21a0', cites: ['S1:c1'] },
      { value: 'trace 4c1d-77', cites: ['S1:c1'] },
    ],
    tried: [
      { action: 'Customer rotated the API token', result: 'no change', by: 'customer', cites: ['S1:c1'] },
      { action: 'Thanks for your patience', result: null, by: 'support', cites: ['S1:c2'] } as never,
    ],
  },
});

describe('scoreLists precision', () => {
  it('is the share of offered items that match some gold item, by the same rule as recall', () => {
    const scores = scoreLists(makeExpected(), noisy);
    expect(scores.errors).toMatchObject({ score: 1, precision: 1 / 3, producedCount: 3 });
    expect(scores.errors?.unmatched).toEqual(['req_88fe21a0', 'trace 4c1d-77']);
    expect(scores.tried).toMatchObject({ score: 1, precision: 0.5 });
  });

  it('is absent when the packet offered nothing, and recall then is 0', () => {
    const empty = makeEvalPacket({ facts: { errors: [] } });
    const scores = scoreLists(makeExpected(), empty);
    expect(scores.errors?.score).toBe(0);
    expect(scores.errors).not.toHaveProperty('precision');
  });

  it('is not scored for a list the gold does not have', () => {
    expect(scoreLists(makeExpected({ errors: [] }), noisy).errors).toBeUndefined();
  });
});

describe('summarize precision', () => {
  it('averages precision over the cases that offered items and names the figure <field>Precision', () => {
    const results = [
      scoreCase({ name: 'a', expected: makeExpected(), packet: noisy, schemaErrors: [] }),
      scoreCase({ name: 'b', expected: makeExpected(), packet: makeEvalPacket(), schemaErrors: [] }),
      scoreCase({ name: 'c', expected: makeExpected(), packet: null, crashed: 'x', schemaErrors: null }),
    ];
    const summary = summarize(results);
    expect(summary.fields.errors.precision).toBeCloseTo((1 / 3 + 1) / 2);
    expect(summary.fields.errors.precisionScored).toBe(2);
    expect(summary.fields.severity.precision).toBeNull();
    const figures = summaryFigures(summary);
    expect(figures.errorsPrecision).toBeCloseTo(2 / 3);
    expect(figures).not.toHaveProperty('severityPrecision');
  });
});
