import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsReleaseOnset } from './reads-release-onset.js';

const reads = (text: string, byCustomer = false): boolean =>
  analyze(text).sentences.some((s) => readsReleaseOnset(s, byCustomer));

describe('readsReleaseOnset: the failure started with a release', () => {
  it.each([
    'It started on Tuesday, the day 7.4 went out.',
    'Exports began failing the morning the new build was deployed.',
    'Since 4.1 went out the import rejects every file.',
    'It all started after the deploy last night.',
    'Ever since the upgrade to 3.2 we get timeouts on the sync.',
    'The totals are wrong since our release on Monday.',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    // asked, conditional, denied
    'Did it start after the 7.4 release?',
    'If it started with the deploy we will roll back.',
    'It did not start with the release, it was failing before.',
    // starting the release itself; an act on a setting, not a release
    'We started the migration yesterday.',
    'It began failing after I updated the settings.',
    // no release, or a number that is no version shipped
    'It started two days ago.',
    'The upload started at 5.2 MB and stopped.',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));

  it("reads the customer's own update as theirs, and ours as ours", () => {
    expect(reads('It started right after our Windows update.', true)).toBe(false);
    expect(reads('It started right after your update.', true)).toBe(true);
    expect(reads('It started after their upgrade of the proxy.')).toBe(false);
  });
});

describe('readsReleaseOnset: what became possible is no failure', () => {
  it.each(['Bulk edit has been available since 6.2.', 'Since version 3 you can export to CSV.'])(
    'does not read %j',
    (text) => expect(reads(text)).toBe(false),
  );
  it('still reads a failure put with "cannot"', () =>
    expect(reads('Since the 6.2 release we cannot export to CSV.')).toBe(true));
});

describe('readsReleaseOnset: releases put in order', () => {
  it('does not read a release placed after another', () =>
    expect(reads('We could switch the default in a minor release after v24.0.')).toBe(false));
});
