import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { hypothesisSupport, opensWithConfirmation, rankHypotheses } from './hypothesis-state.js';

describe('hypothesisSupport', () => {
  it.each([
    'Found it: the cron container runs in UTC while the tenant is on Pacific time.',
    'Ops has the root cause: the 6.2 agent writes its lock file into a read-only volume.',
    'Release 8.3 switched the CSV parser to strict quoting, so rows with stray quotes are rejected.',
    'Reproduced on staging with their file: the import stops at row 501.',
  ])('reads %j as confirmed', (text) => {
    expect(hypothesisSupport(text)).toBe('confirmed');
  });

  it.each([
    'Not confirmed yet, but the diff suggests the 8.3 parser dropped lenient quoting.',
    "We haven't reproduced it; the parser drops the header row on their file.",
  ])('never reads a denied confirmation %j as confirmed', (text) => {
    expect(hypothesisSupport(text)).not.toBe('confirmed');
  });

  it.each([
    // a confirmation still to come: a condition, a time clause, a modal, an infinitive
    'Two refunds were issued twice; finance will reverse them once the processor confirms.',
    'The queue holds 40 jobs until the on-call engineer verifies the fix.',
    'We asked the vendor to confirm the certificate chain.',
  ])('reads a confirmation still to come as none: %j', (text) => {
    expect(hypothesisSupport(text)).toBe('stated');
  });

  it('reads a release said to have changed only something else as no confirmation', () => {
    expect(hypothesisSupport('Release 8.3 only changed the footer colours and the help links.')).toBe(
      'stated',
    );
    expect(hypothesisSupport('Release 8.3 changed the footer colours and the help links.')).toBe('confirmed');
  });

  it('reads a release that merely went out, or a hedge, as no confirmation', () => {
    expect(hypothesisSupport('Release 8.3 went out on Monday night.')).toBe('stated');
    expect(hypothesisSupport('The 8.3 release probably changed the parser.')).toBe('guessed');
  });
});

describe('opensWithConfirmation', () => {
  const reads = (text: string): boolean => analyze(text).sentences.some(opensWithConfirmation);

  it.each([
    'confirmed in code: the cleanup job never deletes rows from the archive table.',
    'Verified in the traces: the gateway drops the header on every retry.',
    "repro'd on staging: the importer skips the first sheet when it is hidden.",
  ])('reads a finding stated as checked: %s', (text) => {
    expect(reads(text)).toBe(true);
  });

  it.each([
    // the label names its own object, is denied, or states nothing after the colon
    'Verified the totals: 120 received, 120 processed.',
    'not confirmed yet: the cleanup job may skip the archive table.',
    'Confirmed on the 4.2 branch:',
    // no confirmation in the label
    'Update from the team: the cleanup job never deletes rows from the archive table.',
  ])('reads no confirmed finding in: %s', (text) => {
    expect(reads(text)).toBe(false);
  });
});

describe('rankHypotheses', () => {
  it('puts a guess that carries what was seen and when before a bare guess, newest first otherwise', () => {
    const bare = { value: 'Maybe the editor showed them cached copies of the images.' };
    const seen = {
      value:
        'The page history shows the gallery edited on 3 March at 22:10 by their contractor, probably from an old backup.',
    };
    expect(rankHypotheses([bare, seen]).map((r) => r.claim)).toEqual([seen, bare]);
    const other = { value: 'Maybe the image host blocks requests without a referrer header.' };
    expect(rankHypotheses([bare, other]).map((r) => r.claim)).toEqual([bare, other]);
  });
});
