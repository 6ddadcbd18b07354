import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { planQuestion } from './ask-pending-plans.js';
import { readStepStatements } from './steps.js';

const one = (text: string) =>
  analyze(text).sentences[0] as NonNullable<ReturnType<typeof analyze>['sentences'][0]>;
const ask = (text: string) => {
  const p = readStepStatements(one(text), 'note').find((x) => x.party === 'ours' && x.state !== 'requested');
  return p ? planQuestion(p) : null;
};

describe('readPlan', () => {
  it('asks when a stated plan will be done, with its object and deadline', () => {
    expect(ask('Plan: flush the CDN cache, then rebuild the search index.')).toBe(
      'When will the plan to flush the CDN cache, then rebuild the search index be done?',
    );
    expect(ask("We'll rerun the failed payouts tonight once Finance approves.")).toBe(
      'When will the plan to rerun the failed payouts tonight be done?',
    );
    expect(ask('going to restore the deleted folders from Sunday’s snapshot')).toBe(
      'When will the plan to restore the deleted folders from Sunday’s snapshot be done?',
    );
  });

  it("asks a check's own question, or what the check showed", () => {
    expect(ask("I'll check whether the importer skipped the archived rows.")).toBe(
      'Did the importer skip the archived rows?',
    );
    expect(ask('checking with the billing team whether the coupon was applied twice')).toBe(
      'Was the coupon applied twice?',
    );
    expect(ask('Still tracing the webhook retries for store 88.')).toBe(
      'Did we trace the webhook retries for store 88, and what did it show?',
    );
  });

  it('reads no promise to someone, no plan without an object and no state', () => {
    expect(ask("I'll update you tomorrow morning.")).toBeNull();
    expect(ask("I'll send you the wording shortly.")).toBeNull();
    expect(ask("I'll look into it.")).toBeNull();
    expect(ask("I'll take it to the platform team.")).toBeNull();
    expect(ask('checking with legal, back soon')).toBeNull();
    expect(ask("I'm using the desktop app 3.2 on Windows.")).toBeNull();
    expect(ask('If the retry fails we will restart the worker pool.')).toBeNull();
    expect(ask('Looking at the traces, it seems the proxy drops the header.')).toBeNull();
    expect(ask('Removing the filter brings the totals back.')).toBeNull();
  });
});
