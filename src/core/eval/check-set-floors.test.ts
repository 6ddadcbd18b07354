import { describe, expect, it } from 'vitest';
import { makeEvalPacket, makeExpected } from '../../../test/helpers/make-eval-packet.js';
import { checkSetFloors } from './check-set-floors.js';
import { FloorsSchema, inSubset } from './floors.js';
import { scoreCase } from './score-case.js';
import { summarize, summaryFigures } from './summarize.js';

const good = (name: string) =>
  scoreCase({ name, expected: makeExpected(), packet: makeEvalPacket(), schemaErrors: [] });
const wrong = (name: string) =>
  scoreCase({
    name,
    expected: makeExpected({ escalate: false, severity: null, targets: [] }),
    packet: makeEvalPacket(),
    schemaErrors: [],
  });

describe('checkSetFloors', () => {
  const results = [good('h01-old'), good('h02-old'), wrong('h03-new')];
  const figures = summaryFigures(summarize(results));
  const floors = FloorsSchema.parse({
    min: { escalate: 0.66 },
    subsets: [{ name: 'old batch', cases: ['h01', 'h02'], min: { escalate: 1 } }],
  });

  it('holds a subset to its own floor, measured over its cases only', () => {
    expect(figures.escalate).toBeCloseTo(2 / 3);
    expect(checkSetFloors(results, figures, floors)).toEqual([]);
  });

  it('names the subset when one of its cases slips, even though the whole set stays above its floor', () => {
    const slipped = [good('h01-old'), wrong('h02-old'), good('h03-new')];
    const breaches = checkSetFloors(slipped, summaryFigures(summarize(slipped)), floors);
    expect(breaches).toEqual([{ figure: 'old batch: escalate', value: 0.5, bound: 1, kind: 'min' }]);
  });

  it('fails a subset none of whose cases ran', () => {
    const only = [good('h03-new')];
    const breaches = checkSetFloors(only, summaryFigures(summarize(only)), floors);
    expect(breaches.map((b) => b.figure)).toContain('old batch: cases');
  });
});

describe('inSubset', () => {
  it('reads a numbered prefix as that case only, never a longer number', () => {
    expect(inSubset('h10-sync-delay', ['h10'])).toBe(true);
    expect(inSubset('h100-label-layout', ['h10'])).toBe(false);
    expect(inSubset('h100-label-layout', ['h100'])).toBe(true);
    expect(inSubset('h10', ['h10'])).toBe(true);
  });

  it('still reads a prefix that ends in a letter or dash as a prefix', () => {
    expect(inSubset('h10-sync-delay', ['h'])).toBe(true);
    expect(inSubset('h10-sync-delay', ['h10-'])).toBe(true);
  });
});
