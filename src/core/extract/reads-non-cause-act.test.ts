import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { afterContrast, idleCues, nonCauseAct } from './reads-non-cause-act.js';

const first = (text: string) => analyze(text).sentences[0];

describe('nonCauseAct', () => {
  it.each([
    ['Maya: send him the two exports side by side so he can forward them to their vendor.', 'instruction'],
    ['workaround for now: switch them to the nightly batch.', 'instruction'],
    ['need to check whether any other tenant renamed their fields.', 'instruction'],
    ['ok, please keep the ticket with us until Friday.', 'instruction'],
    ["can't dig into the billing tables today, stuck on the release.", 'plan'],
    ["likely, I'll pull the proxy logs for 502s per region on Monday.", 'plan'],
    ["we're going to roll back the worker first and watch the queue.", 'plan'],
    ['he also wants a list of the affected orders so they know what to re-import', 'request'],
    ['Could you check whether there might be an older rule that is still active?', 'request'],
    ["I don't know what the regulator expects here and I won't speculate.", 'no-guess'],
    ['no idea yet how the key leaked.', 'no-guess'],
    ["I'm sorry the board has been without updates overnight, that sounds like a long night.", 'courtesy'],
    ['Sorry about the confusion this is causing at the front desk.', 'courtesy'],
    ['thanks for flagging this so clearly.', 'courtesy'],
    ['the hotfix build should be ready by 16:30, not promised yet.', 'schedule'],
    ['The new exporter could be deployed by Thursday.', 'schedule'],
  ])('reads %j as %s', (text, act) => {
    expect(nonCauseAct(first(text))).toBe(act);
  });

  it.each([
    'The 3.1 release switched the importer to strict mode, so rows with a trailing comma are rejected.',
    'Found it: the nightly job reads the replica, which lags by an hour, so totals are stale.',
    'Suspect the cache layer is serving stale tokens.',
    "guess it's the proxy stripping the auth header.",
    "think it's the new cookie policy dropping the session.",
    'Cause: the export flag is off for their workspace.',
    'Cause (from the infra channel): the export flag is off for their workspace.',
    'I can confirm that the discount line is missing from the invoice, so the total is too high.',
    'sched-b lost its lease at 03:10 and never handed over, so jobs queue up.',
    'Tried to void the invoice, but it is already paid, so the system refuses.',
    'the worker tries to open the file twice, which throws.',
    'Please note that the compiler does not support threads by default, so the build fails.',
    'I dont have peers that know about it, likely.',
    "Sorry, turns out it's the cache after all.",
    'could it be the proxy stripping the header?',
    'Workers then download the snapshot and skip the rows they already have.',
    // "by" names an agent or a means, not a time; a "because" goes on to a cause
    'the session could be revoked by the 02:00 cleanup job.',
    'the lock could be released by another worker before the write lands.',
    'the import will fail before 09:00 because the token expires overnight.',
  ])('finds no other act in %j', (text) => {
    expect(nonCauseAct(first(text))).toBeNull();
  });
});

describe('idleCues', () => {
  it('marks a hedge on a time or a count, not one on a version', () => {
    expect(idleCues(first('rollback tomorrow maybe'))).toContain('maybe');
    expect(idleCues(first('rough guess ~3h for the migration'))).toContain('guess');
    expect(idleCues(first('Kwame said "probably end of month" - not promised'))).toContain('probably');
    expect(idleCues(first('maybe 3.8.0 broke the parser'))).not.toContain('maybe');
    expect(idleCues(first('maybe the proxy drops the header'))).not.toContain('maybe');
  });

  it('marks "the issue is" before a status, not before a cause', () => {
    expect(idleCues(first('the issue is still there after the update'))).toContain('the issue is');
    expect(idleCues(first('the problem is intermittent'))).toContain('the problem is');
    expect(idleCues(first('the issue is that the parser drops the header'))).toEqual(new Set());
    expect(idleCues(first('the bug is in the retry handler'))).toEqual(new Set());
  });

  it('marks a purpose or a degree "so", not a consequence', () => {
    expect(idleCues(first('send the ids so she can push their vendor'))).toContain('so she');
    expect(idleCues(first('thanks for writing this up so clearly'))).toContain('so clearly');
    expect(idleCues(first('the key has escaped newlines, so the PEM can not be parsed'))).toEqual(new Set());
    expect(idleCues(first('the pod runs out of memory so big files fail'))).toEqual(new Set());
    expect(idleCues(first('the limit is 20 MB so anything larger bounces'))).toEqual(new Set());
  });

  it('marks an instruction\'s "so" (a bare verb after it), not a consequence with its own verb', () => {
    expect(idleCues(first('the old macro is still in the sheet, so skip it when you reply'))).toContain(
      'so skip',
    );
    expect(idleCues(first('she has the spreadsheet already so send the corrected totals only'))).toContain(
      'so send',
    );
    expect(idleCues(first('the cron ran twice so deploy failed halfway'))).toEqual(new Set());
    expect(idleCues(first('the token expired so requests bounce'))).toEqual(new Set());
  });
});

describe('afterContrast', () => {
  it('gives the words after the first "but"', () => {
    expect(afterContrast(first("I can't share the repro, but I suspect the 2.1 change broke it."))).toMatch(
      /^I suspect the 2\.1 change broke it/,
    );
    expect(afterContrast(first('I will check the logs tomorrow.'))).toBe('');
  });
});
