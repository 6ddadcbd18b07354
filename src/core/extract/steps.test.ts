import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import type { Sentence } from '../language/types.js';
import { hasTakenQuestion, LaterStatements, readStepStatements, type StepStatement } from './steps.js';

const one = (text: string): Sentence => analyze(text).sentences[0] as Sentence;
const first = (text: string, party: StepStatement['party']): StepStatement => {
  const step = readStepStatements(one(text), 'note').find((s) => s.party === party);
  if (!step) throw new Error(`no ${party} step read in: ${text}`);
  return step;
};
/** Whether any of `said` (said later, in order) reports `step` done. */
const doneBy = (step: StepStatement, ...said: string[]): boolean => {
  const later = new LaterStatements();
  for (const text of [...said].reverse()) for (const s of analyze(text).sentences) later.add(s);
  return later.reportsDone(step);
};

describe('readStepStatements: who takes the step', () => {
  it.each([
    'Sam: can you check the worker logs for that tenant since Monday?',
    "I'll re-run the export once the queue drains.",
    'please roll back 4.2 for their account',
  ])('reads a step our side set itself: %s', (text) => {
    expect(
      analyze(text).sentences.some((s) => readStepStatements(s, 'note').some((x) => x.party === 'ours')),
    ).toBe(true);
  });

  it.each([
    "I'll tell them tomorrow.",
    "Can you confirm they're on the Pro plan?",
    "We won't restart anything tonight.",
    'If they want more they can ask for a manager.',
    'The job checks the logs every hour.',
    '@sam can you ask billing?',
    'Lead please review before anything goes out.',
    "I'll draft the summary for their DPO tonight.",
    'Please read the runbook section on replays first.',
  ])('reads no step of ours in: %s', (text) => {
    expect(
      analyze(text).sentences.some((s) => readStepStatements(s, 'note').some((x) => x.party === 'ours')),
    ).toBe(false);
  });

  it('tells a step asked of a colleague from one promised', () => {
    expect(first('Priya, could you pull the webhook logs for last night?', 'ours').state).toBe('requested');
    expect(first("I'll pull the webhook logs after standup.", 'ours').state).toBe('promised');
    expect(first("We're going to pull the webhook logs tonight.", 'ours').state).toBe('planned');
  });

  it.each([
    [
      'The issuing bank has to release the hold before the payout can go out.',
      'Has the issuing bank released the hold?',
      'requested',
    ],
    [
      "We're waiting on the courier to re-scan the damaged parcels.",
      'Has the courier re-scanned the damaged parcels?',
      'requested',
    ],
    [
      'Legal is reviewing the data processing addendum.',
      'Has Legal reviewed the data processing addendum?',
      'in-progress',
    ],
    [
      'Finance will confirm whether the credit can be applied to the March invoice.',
      'Has Finance confirmed whether the credit can be applied to the March invoice?',
      'promised',
    ],
    [
      "Their registrar still hasn't unlocked the domain.",
      "Has the customer's registrar unlocked the domain?",
      'requested',
    ],
    [
      'I asked the payments team to re-run the settlement file.',
      'Has the payments team re-run the settlement file?',
      'requested',
    ],
  ] satisfies [string, string, string][])("reads a third party's step: %s", (text, question, state) => {
    const step = first(text, 'third-party');
    expect(hasTakenQuestion(step)).toBe(question);
    expect(step.state).toBe(state);
  });

  it.each([
    'If the bank releases the hold we can retry the payout.',
    'The team will look at it tomorrow.',
    'Does the carrier have to re-scan the parcels?',
    'The support team will refund the order.',
    'The bank released the hold this morning.',
  ])('reads no pending third-party step in: %s', (text) => {
    expect(readStepStatements(one(text), 'note').filter((s) => s.party === 'third-party')).toEqual([]);
  });

  it("reads a third party's refusal as refused, not as a step ahead", () => {
    expect(first("The bank won't release the hold without a court order.", 'third-party').state).toBe(
      'refused',
    );
  });
});

describe('LaterStatements: done or answered later', () => {
  const plan = first("I'm going to rebuild the search index for the EU shard.", 'ours');

  it('takes our plan as done by a done word about it, a bare "done" or its object reported', () => {
    expect(doneBy(plan, 'Done.')).toBe(true);
    expect(doneBy(plan, 'Rebuilt the index, 3 minutes.')).toBe(true);
    expect(doneBy(plan, 'The search index on the EU shard is current again.')).toBe(true);
  });

  it('leaves our plan open on a plan, a question or another thing done', () => {
    expect(doneBy(plan, 'Will rebuild the index after lunch.')).toBe(false);
    expect(doneBy(plan, 'Is the index rebuilt?')).toBe(false);
    expect(doneBy(plan, 'Refund for the duplicate charge is done, credit note sent.')).toBe(false);
  });

  it('takes a check as answered when a later line denies what it names', () => {
    const check = first('Checking the replication lag on the reporting replica.', 'ours');
    expect(doneBy(check, 'Zero lag, nothing behind.')).toBe(true);
    expect(doneBy(check, 'Not lag: the numbers match to the row.')).toBe(true);
    expect(doneBy(check, 'No new tickets from them since then.')).toBe(false);
  });

  const customer = first('they need to rotate the SFTP password on their side.', 'customer');

  it("takes the customer's step as done by its verb in the past with a word of its object", () => {
    expect(doneBy(customer, 'We rotated the SFTP password an hour ago.')).toBe(true);
    expect(doneBy(customer, "We haven't rotated the password yet.")).toBe(false);
    expect(doneBy(customer, 'We will rotate the password tonight.')).toBe(false);
    expect(doneBy(customer, 'Did you rotate the password?')).toBe(false);
  });

  it('takes "worked" or "done" only from a sentence that denies nothing', () => {
    expect(doneBy(customer, "Done with the call, the SFTP password still isn't accepted.")).toBe(false);
    expect(doneBy(customer, 'We did the SFTP password change this morning.')).toBe(true);
    expect(doneBy(customer, 'We never changed the SFTP password, it worked for two years.')).toBe(false);
    expect(doneBy(customer, 'Rotated the SFTP password, no errors since.')).toBe(true);
  });

  it("takes a third party's step as done by its verb in the past, not by the thing named again", () => {
    const hold = first(
      'The issuing bank has to release the hold before the payout can go out.',
      'third-party',
    );
    expect(doneBy(hold, 'Good news: the bank released the hold at 10:40.')).toBe(true);
    expect(doneBy(hold, 'The hold is still on the account.')).toBe(false);
    expect(doneBy(hold, 'The bank will release the hold on Monday.')).toBe(false);
  });

  it('takes a verb the tagger does not know as done by its past participle (a doubled consonant)', () => {
    const scan = first('The courier has to re-scan the parcel at the depot.', 'third-party');
    expect(doneBy(scan, 'The courier re-scanned the parcel at noon.')).toBe(true);
    expect(doneBy(scan, 'The courier will re-scan the parcel tomorrow.')).toBe(false);
  });

  it('reads only the statements added, so a step is open until one that settles it is added', () => {
    const later = new LaterStatements();
    later.add(one('Nothing new on the ticket.'));
    expect(later.reportsDone(customer)).toBe(false);
    later.add(one('They rotated the SFTP password at noon.'));
    expect(later.reportsDone(customer)).toBe(true);
  });
});
