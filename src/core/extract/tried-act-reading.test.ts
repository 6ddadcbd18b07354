import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsLabelledFinding, readsSubjectlessReport, readsTryWithOutcome } from './tried-act-reading.js';

const first = (text: string) => {
  const s = analyze(text).sentences[0];
  if (!s) throw new Error(`no sentence in ${text}`);
  return s;
};

describe('readsSubjectlessReport', () => {
  it.each([
    'Replayed the failed batch against staging at 10:14: all 40 rows imported.',
    'Purged the thumbnail cache, new uploads render again.',
    'Disabled the nightly cleanup job (flag cleanup_v2=false) at 09:30.',
    'Restored two deleted invoices from the archive as a test.',
    'confirmed, the config has not changed since March.',
    'Also queried the billing table for the last 30 days.',
  ])('reads a report of something done: %s', (text) => {
    expect(readsSubjectlessReport(first(text))).toBe(true);
  });

  it.each([
    'Moved to #billing-escalations.',
    'Raised in #inc-payments',
    'Found it.',
    'Escalated to the payments team.',
    'Scheduled reports run from the replica, so they are not affected.',
    'Fixed prices do not change at renewal.',
    'Wed 09:00 CET is when the new build went out.',
    'Said we would call back tomorrow.',
    'Restart the worker pool.',
    'Restarted the worker pool?',
    'Wrote a draft reply, it is in the folder.',
  ])('does not read a hand-off, a description, a question or an order: %s', (text) => {
    expect(readsSubjectlessReport(first(text))).toBe(false);
  });
});

describe('readsTryWithOutcome', () => {
  it.each([
    'We cleared the browser cache twice, no change.',
    'Our admin Maria re-linked the calendar on Monday, it did not help.',
    'we did reinstall the printer driver, same error.',
    'I rebooted the router and the terminals are connecting again.',
    'Tomás from our IT moved the share to the new server and the files open again!',
  ])('reads a try told with its outcome: %s', (text) => {
    expect(readsTryWithOutcome(first(text))).toBe(true);
  });

  it.each([
    'We migrated to the new plan in May because the old one was retired.',
    'The nightly import failed again, same error.',
    'If we reinstall the driver, will it still fail?',
    'We could reinstall the driver, but it may not help.',
    'We never reinstalled it, the error is still there.',
    'I told them it is fixed, it did not help.',
  ])('does not read the story of the problem, a plan, a question or talk: %s', (text) => {
    expect(readsTryWithOutcome(first(text))).toBe(false);
  });
});

describe('readsLabelledFinding', () => {
  it.each([
    'Request log for the tenant: 14 calls since 09:00, all 200.',
    'Billing history on the account: two invoices, both paid on 3 June.',
    'Payments dashboard: refunds succeeded for all 12 orders.',
    'Priya (billing) confirms: the coupon was applied once.',
  ])('reads a finding under a label naming where it was read: %s', (text) => {
    expect(readsLabelledFinding(first(text))).toBe(true);
  });

  it.each([
    'Next steps: restart the pool and watch the queue.',
    'Customer name: Harbor Dental Group',
    'Refund policy: support can credit up to 200 EUR.',
    'No credit: the invoice matches the contract.',
    'For the record: nobody promised a date.',
    'Legal said: no comment in writing about the cause.',
    'Kibana: 500s on 3% of calls.',
    'Possible fix: a retry with backoff on every call.',
  ])('does not read a field, a plan, a policy or someone’s words: %s', (text) => {
    expect(readsLabelledFinding(first(text))).toBe(false);
  });
});

describe('readsSubjectlessReport on headings', () => {
  it.each(['Detailed description', 'Expected behaviour', 'Related issues: none', 'Proposed solution'])(
    'does not read a heading as a report: %s',
    (text) => {
      expect(readsSubjectlessReport(first(text))).toBe(false);
    },
  );
});
