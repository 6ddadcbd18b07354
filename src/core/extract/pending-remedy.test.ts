import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readRemedy, remedyQuestion, reportsRemedyOut } from './pending-remedy.js';

const one = (text: string) =>
  analyze(text).sentences[0] as NonNullable<ReturnType<typeof analyze>['sentences'][0]>;
const ask = (text: string) => {
  const r = readRemedy(one(text));
  return r ? remedyQuestion(r) : null;
};

describe('readRemedy', () => {
  it('asks when a remedy under review or in the making will be out', () => {
    expect(ask('Hotfix for the token refresh is in review.')).toBe('When will the hotfix pass review?');
    expect(ask('Patch PR is open, needs a security review before merge.')).toBe(
      'When will the patch PR pass security review?',
    );
    expect(ask('Revert being tested on staging now.')).toBe('When will the revert be in production?');
    expect(ask('The rollback should be out once the canary is green.')).toBe(
      'When will the rollback be in production?',
    );
  });

  it('reads no remedy from the verb, a wish, a question or a condition', () => {
    expect(ask('Fix the mapping before the review.')).toBeNull();
    expect(ask('We need a fix that survives the review.')).toBeNull();
    expect(ask('Is the hotfix in review yet?')).toBeNull();
    expect(ask('If review is fine the patch can go out tonight.')).toBeNull();
    // the date is given
    expect(ask('The fix is in 7.1.2, should be out on Friday.')).toBeNull();
  });
});

describe('reportsRemedyOut', () => {
  const r = readRemedy(one('Hotfix for the token refresh is in review.'));
  it('is out when a later statement names it with a shipping verb done', () => {
    if (!r) throw new Error('no remedy read');
    expect(reportsRemedyOut(one('Hotfix deployed to all regions at 14:10.'), r)).toBe(true);
    expect(reportsRemedyOut(one('The hotfix is live.'), r)).toBe(true);
    expect(reportsRemedyOut(one('The hotfix will be deployed tomorrow.'), r)).toBe(false);
    expect(reportsRemedyOut(one('Hotfix not deployed yet.'), r)).toBe(false);
  });
});
