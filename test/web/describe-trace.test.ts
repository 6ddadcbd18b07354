/**
 * The words the packet page puts in a "why" disclosure, and which facts and signals get one.
 * Pure functions of the page, run without a browser.
 */
import { describe, expect, it } from 'vitest';
import type { Trace } from '../../src/core/model/trace.js';
import {
  describeTrace,
  factRows,
  signalRows,
} from '../../web/src/features/packet-review/utils/describe-trace.js';
import { makeSignals } from '../helpers/make-decide-input.js';
import { makeReviewPacket } from '../helpers/make-review-packet.js';

const EVIDENCE = 'S3:c2';
const SENTENCE = 'The export has been empty since Monday.';
const trace = (over: Partial<Trace>): Trace => ({
  mechanism: 'pattern',
  evidence: EVIDENCE,
  sentence: SENTENCE,
  ...over,
});

describe('describeTrace', () => {
  it.each([
    [
      trace({ mechanism: 'classifier', rule: 'issue-kind', label: 'bug', score: 0.8234, threshold: 0.4 }),
      'Found by the classifier: bug report, score 0.82 (threshold 0.40)',
    ],
    [
      trace({ mechanism: 'classifier', rule: 'security', label: '1', score: 0.91, threshold: 0.8 }),
      'Found by the classifier: security report, score 0.91 (threshold 0.80)',
    ],
    [
      trace({ mechanism: 'classifier', rule: 'issue-kind', label: 'question', score: 0.5 }),
      'Found by the classifier: question, score 0.50',
    ],
    [trace({ rule: 'extract-tried' }), 'Found by a wording rule for what was already tried'],
    [trace({ rule: 'cue.DATA_LOSS' }), 'Found by wording that suggests data loss'],
    [trace({ rule: 'OTHERS' }), 'Found by wording that suggests others'],
    [
      trace({ mechanism: 'field', rule: 'extract-account' }),
      'Read from a ticket or account field for the account',
    ],
    [trace({ mechanism: 'field', rule: 'signal-arr' }), 'Read from a ticket or account field'],
    [
      trace({ mechanism: 'structure', rule: 'assess-customer-side' }),
      "Read from how the sentence is built: our side says the cause is on the customer's side",
    ],
    [trace({ mechanism: 'llm', rule: 'summarize' }), 'Found by llm (summarize)'],
  ] satisfies [Trace, string][])('says %j as “%s”', (given, words) => {
    expect(describeTrace(given)).toBe(words);
  });
});

describe('factRows', () => {
  it('lists each cited fact with its trace and leaves out facts without cites', () => {
    const tried = trace({ rule: 'extract-tried' });
    const packet = makeReviewPacket();
    const rows = factRows({
      ...packet,
      facts: {
        ...packet.facts,
        tried: [
          {
            action: 'Re-sent the export',
            result: 'still empty',
            by: 'customer',
            cites: [EVIDENCE],
            trace: tried,
          },
        ],
        workaround: { exists: null, partial: null, text: null, cites: [] },
      },
    });
    const row = rows.find((r) => r.group === 'Tried');
    expect(row).toEqual({
      key: expect.any(String),
      group: 'Tried',
      text: 'Re-sent the export → still empty',
      cites: [EVIDENCE],
      trace: tried,
    });
    expect(rows.some((r) => r.group === 'Workaround')).toBe(false);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
});

describe('signalRows', () => {
  it('shows only the signals that are set, with their traces, and folds the score into the kind', () => {
    const classified = trace({
      mechanism: 'classifier',
      rule: 'issue-kind',
      label: 'bug',
      score: 0.7,
      threshold: 0.4,
    });
    const loss = trace({ rule: 'cue.DATA_LOSS' });
    const rows = signalRows({
      signals: makeSignals({ dataLoss: true, reportKind: 'bug', reportKindScore: 0.7, affectedUsers: 12 }),
      signalTraces: { dataLoss: [loss], reportKind: [classified] },
    });
    expect(rows.map((r) => [r.key, r.value, r.traces.length])).toEqual([
      ['affectedUsers', '12', 0],
      ['dataLoss', 'yes', 1],
      ['reportKind', 'bug', 1],
    ]);
    expect(rows.find((r) => r.key === 'dataLoss')?.name).toBe('Data lost or wrong');
  });
});
