import { describe, expect, it } from 'vitest';
import type { KnowledgeSection } from '../model/packet.js';
import { formatRetrieval, scoreCaseRetrieval, summarizeRetrieval } from './score-retrieval.js';

function section(ranked: Array<[string, boolean]>): KnowledgeSection {
  return {
    searched: ranked.length,
    query: [],
    notListed: 0,
    considered: ranked.map(([id, chosen], i) => ({
      id,
      title: id,
      url: null,
      kind: null,
      visibility: 'public',
      score: 100 - i,
      matchedTerms: [],
      chosen,
      why: '',
    })),
  };
}

describe('retrieval scores', () => {
  it('scores precision and recall at 3 over the ranking, and the chosen articles apart', () => {
    const a = scoreCaseRetrieval(
      '01-a',
      section([
        ['x', true],
        ['r1', true],
        ['y', false],
        ['r2', false],
      ]),
      ['r1', 'r2'],
    );
    expect(a).toMatchObject({
      top3: ['x', 'r1', 'y'],
      chosen: ['x', 'r1'],
      precisionAt3: 1 / 3,
      recallAt3: 1 / 2,
    });
    const b = scoreCaseRetrieval('02-b', section([['r3', true]]), ['r3']);
    const unjudged = scoreCaseRetrieval('03-c', section([['z', true]]), []);
    const summary = summarizeRetrieval([a, b, unjudged]);
    expect(summary.judged).toBe(2);
    expect(summary.precisionAt3).toBeCloseTo((1 / 3 + 1 / 3) / 2);
    expect(summary.recallAt3).toBeCloseTo((1 / 2 + 1) / 2);
    expect(summary.chosenPrecision).toBeCloseTo(2 / 3);
    expect(summary.chosenRecall).toBeCloseTo(2 / 3);
    const text = formatRetrieval(summary);
    expect(text).not.toContain('03-c');
    expect(text).toContain('1 case(s) without relevance judgements are not scored');
  });

  it('scores a packet without a knowledge section as retrieving nothing', () => {
    expect(scoreCaseRetrieval('04-d', undefined, ['r'])).toMatchObject({
      top3: [],
      precisionAt3: 0,
      recallAt3: 0,
    });
  });
});
