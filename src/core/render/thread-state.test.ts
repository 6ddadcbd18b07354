import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import {
  bareStateOfFix,
  dueTimePassed,
  fixDefinition,
  readsClosingWindow,
  readsLabelledPlan,
  withoutAsides,
} from './thread-state.js';

const first = (text: string) => analyze(text).sentences[0];

describe('fixDefinition', () => {
  it.each([
    ['Fix is a config revert + replay of the stuck queue.', 'a config revert + replay of the stuck queue'],
    ['fix = batch the price lookup into one query.', 'batch the price lookup into one query'],
    ['Proper fix: an idempotency key on each send.', 'an idempotency key on each send'],
  ])('reads what our side says the fix is: %s', (text, named) => {
    const s = first(text);
    expect(s && fixDefinition(s)).toBe(named);
  });

  it.each([
    'The fix is not trivial.',
    'fix is probably a one-liner',
    'Fix the parser first.',
    'Is the fix a revert?',
  ])('reads no definition in: %s', (text) => {
    const s = first(text);
    expect(s && fixDefinition(s)).toBeNull();
  });
});

describe('readsLabelledPlan', () => {
  it.each([
    'Plan: purge the stuck messages, then rerun the sync for every tenant.',
    'Plan: Roll back the deploy.',
    'Next step: recompute the open invoices.',
  ])('reads a plan under its label: %s', (text) => {
    expect(analyze(text).sentences.some(readsLabelledPlan)).toBe(true);
  });

  it.each([
    'Next steps: Adding IMAP support',
    'Next steps: Stage 2 (frontend)',
    'Plan: not to touch the schema until Monday.',
    'Plan: what do we tell them?',
  ])('reads no plan in: %s', (text) => {
    expect(analyze(text).sentences.some(readsLabelledPlan)).toBe(false);
  });
});

describe('readsClosingWindow', () => {
  it.each([
    'The signed download links expire on Friday at 17:00.',
    'The order stops being refundable at midnight tonight.',
    'After 18:00 today the booking is no longer cancellable.',
    'The staging snapshots are purged at 02:00 tomorrow.',
    'The trial credits run out this evening.',
  ])('reads a window that closes at a stated time: %s', (text) => {
    expect(analyze(text).sentences.some(readsClosingWindow)).toBe(true);
  });

  it.each([
    'Backups are purged after 30 days.',
    'The worker ran out of memory at 03:10 last night.',
    '2026-11-02 10:00:01 WARN token expires in 3600 seconds',
    'Does the link expire on Friday?',
    'If the card expires on Friday, the renewal fails.',
    'The links did not expire on Friday.',
    'Yesterday 0 expired, 12 renewed.',
  ])('reads no closing window in: %s', (text) => {
    expect(analyze(text).sentences.some(readsClosingWindow)).toBe(false);
  });
});

describe('dueTimePassed', () => {
  const said = '2026-03-02T09:10:00Z';
  const asOf = '2026-03-02T16:30:00Z';

  it.each([
    'Priya, can you send the vendor the gateway logs by 3pm?',
    'Please send the vendor the gateway logs before 11:00.',
    'I will send the vendor the gateway logs by 3pm.',
  ])('reads a step whose own due hour has passed: %s', (text) => {
    expect(dueTimePassed(text, said, asOf)).toBe(true);
  });

  it.each([
    'I will send the vendor the gateway logs by 6pm.',
    'Send the vendor the gateway logs by Friday.',
    'We paused the gateway at 09:05 and will send the logs.',
    'I will send the vendor the gateway logs.',
  ])('reads no passed due time in: %s', (text) => {
    expect(dueTimePassed(text, said, asOf)).toBe(false);
  });

  it('reads nothing without the time the step was said', () => {
    expect(dueTimePassed('Send the logs by 3pm.', undefined, asOf)).toBe(false);
  });
});

describe('bareStateOfFix', () => {
  const second = (text: string) => analyze(text).sentences[1];

  it.each([
    'fix: batch the price lookup into one query. in review',
    'Fix is a revert of the cache key change. merged, deploying tonight',
  ])('reads a bare pipeline state after a fix definition: %s', (text) => {
    const s = second(text);
    expect(s && bareStateOfFix(s)).toBe(true);
  });

  it.each([
    'fix: batch the lookup. looks good',
    'fix: batch the lookup. not merged',
    'fix: batch the lookup. in review?',
    'fix: batch the lookup. thanks',
    'fix: batch the lookup. The customer asked twice about the review of their invoices.',
  ])('reads no state of the fix in: %s', (text) => {
    const s = second(text);
    expect(s && bareStateOfFix(s)).toBe(false);
  });
});

describe('withoutAsides', () => {
  it('leaves out an aside in brackets so the decider meets its verb', () => {
    expect(withoutAsides('Finance (Dana Ruiz) has to approve the refund wording first.')).toBe(
      'Finance has to approve the refund wording first.',
    );
  });

  it('keeps a text whose brackets do not close', () => {
    expect(withoutAsides('Finance (Dana has to approve it.')).toBe('Finance (Dana has to approve it.');
  });
});
