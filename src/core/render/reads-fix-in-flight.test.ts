import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsFixInFlight } from './reads-fix-in-flight.js';

const reads = (text: string): boolean => analyze(text).sentences.some(readsFixInFlight);

describe('readsFixInFlight', () => {
  it.each([
    'The hotfix for the tax rounding is in review.',
    'Fix PR is up, needs a second approval.',
    'Revert of the importer change is queued for the 16:00 window.',
    'The patch is rolling out to the EU cells now.',
    'Our fix is merged, it goes out with Tuesday’s train.',
    'Rollback to the previous build started 14:10 on all nodes.',
    'The backport is awaiting QA.',
    // chat drops the copula
    'hotfix branch up: 3.1.2 restores the old sort order.',
    'PR merged, goes out with the nightly build.',
  ])('reads a fix on its way out: %s', (text) => {
    expect(reads(text)).toBe(true);
  });

  it.each([
    // promised, conditional, denied or asked: nothing is on its way yet
    'The fix will be in review on Monday.',
    'Once the PR is merged we can tell them.',
    'The fix is not merged yet.',
    'Is the hotfix in review?',
    // the verb "fix", a state that is no stage, an object of a report, and no fix at all
    'We need to fix the parser before the review.',
    'Rollback of the schema change is risky.',
    'The monitor confirms rollback started.',
    'Their resync request is queued behind the stuck jobs.',
    'Please check that the PR is up to date.',
    // "fix up" is the verb; a state word inside a longer phrase is not the fix's own state
    'Fix up the parser before the demo.',
    'Patch the branch that went up yesterday.',
    'When the release is cut and PR approved, tag it.',
  ])('reads no fix in flight in: %s', (text) => {
    expect(reads(text)).toBe(false);
  });
});
