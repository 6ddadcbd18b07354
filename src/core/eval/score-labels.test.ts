import { describe, expect, it } from 'vitest';
import { keywordKind, keywordSecurity } from './keyword-baseline.js';
import { formatLabelReport, scoreLabels } from './score-labels.js';

describe('scoreLabels', () => {
  it('counts accuracy, per-label precision and recall, and keeps an extra predicted column', () => {
    const report = scoreLabels(
      ['bug', 'feature', 'question'],
      ['bug', 'bug', 'feature', 'question', 'question'],
      ['bug', 'other', 'feature', 'bug', 'question'],
    );
    expect(report.accuracy).toBe(0.6);
    expect(report.perLabel.bug).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2, predicted: 2 });
    expect(report.perLabel.question).toMatchObject({ precision: 1, recall: 0.5 });
    expect(report.labels).toEqual(['bug', 'feature', 'question', 'other']);
    expect(report.confusion.bug).toEqual({ bug: 1, feature: 0, question: 0, other: 1 });
    expect(report.confusion.other).toBeUndefined();
    expect(formatLabelReport('T', report)).toMatch(/^T: accuracy 60\.0% of 5\n/);
  });
});

describe('keyword baselines', () => {
  it('pick the kind with the most keywords, a question when none, and flag security words', () => {
    expect(keywordKind('The export fails with an error')).toBe('bug');
    expect(keywordKind('Please add dark mode')).toBe('feature');
    expect(keywordKind('Where is the settings page?')).toBe('question');
    expect(keywordSecurity('Possible XSS in the comment box')).toBe(true);
    expect(keywordSecurity('The comment box is too small')).toBe(false);
  });
});
