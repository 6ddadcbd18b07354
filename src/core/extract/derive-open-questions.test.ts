import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../../test/helpers/make-evidence.js';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { deriveOpenQuestions } from './derive-open-questions.js';

const staff = (text: string, name: string, at: string): ItemSpec => ({
  text,
  name,
  at,
  role: 'engineering',
  visibility: 'internal',
  kind: 'chat',
});

describe('deriveOpenQuestions', () => {
  it.each([
    ['revert the pricing flag or patch the rounding?', 'Revert the pricing flag or patch the rounding?'],
    [
      'Priya, page the vendor tonight or wait for their morning?',
      'Page the vendor tonight or wait for their morning?',
    ],
    [
      'the 3 MB limit on the mobile app same bug or a separate check?',
      'The 3 MB limit on the mobile app same bug or a separate check?',
    ],
  ])('asks a choice a note offers without a question word: %j', (text, question) => {
    const ctx = makeExtractContext([staff(text, 'Lee', '2026-11-19T10:00:00Z')]);
    expect(deriveOpenQuestions(ctx)).toEqual([question]);
  });

  it.each([
    'first guess: a stale DNS record or the proxy cache?',
    'maybe the cron or the queue?',
    'Status: open or pending?',
    'other tenants?',
  ])('leaves out a guess, a label and a question with no choice: %j', (text) => {
    const ctx = makeExtractContext([staff(text, 'Lee', '2026-11-19T10:00:00Z')]);
    expect(deriveOpenQuestions(ctx)).toEqual([]);
  });

  it('drops a choice the next colleague settles', () => {
    const ctx = makeExtractContext([
      staff('revert the pricing flag or patch the rounding?', 'Lee', '2026-11-19T10:00:00Z'),
      staff(
        'We revert the pricing flag now and patch the rounding next week.',
        'Ana',
        '2026-11-19T10:05:00Z',
      ),
    ]);
    expect(deriveOpenQuestions(ctx)).toEqual([]);
  });

  it.each([
    ['@Maria Lopez do we roll back the release or hotfix it?', 'Do we roll back the release or hotfix it?'],
    ['Thanks. @Jonas Berg should we page the database team?', 'Should we page the database team?'],
    ['@sam.k is the retry queue still growing?', 'Is the retry queue still growing?'],
    ['@Ana Do we tell the customer today?', 'Do we tell the customer today?'],
  ])('strips the whole mention from %j', (text, question) => {
    const ctx = makeExtractContext([staff(text, 'Lee', '2026-11-19T10:00:00Z')]);
    expect(deriveOpenQuestions(ctx)).toEqual([question]);
  });

  it.each([
    'no, they tried that already and it fails the same way',
    'Yes, it is on 4.2 since Monday.',
    'nope, that build was pulled',
  ])('drops a question the next message answers: %j', (answer) => {
    const ctx = makeExtractContext([
      staff('Can they switch to the older client meanwhile?', 'Lee', '2026-11-19T10:00:00Z'),
      staff(answer, 'Kim', '2026-11-19T10:05:00Z'),
    ]);
    expect(deriveOpenQuestions(ctx)).toEqual([]);
  });

  it('keeps a question the next message does not answer', () => {
    const ctx = makeExtractContext([
      staff('Can they switch to the older client meanwhile?', 'Lee', '2026-11-19T10:00:00Z'),
      staff('Looking at the dashboards now.', 'Kim', '2026-11-19T10:05:00Z'),
      staff('no idea yet', 'Lee', '2026-11-19T10:06:00Z'),
    ]);
    expect(deriveOpenQuestions(ctx)).toEqual(['Can they switch to the older client meanwhile?']);
  });
});

describe('deriveOpenQuestions: settled and communication questions', () => {
  it.each([
    ['What can I tell them?'],
    ['The customer wants a date. What should we say to the customer?'],
    ['How do I reply to her about the refund?'],
  ])('drops a question about what to tell the customer: %j', (text) => {
    const ctx = makeExtractContext([{ ...staff(text, 'Nia', '2026-11-19T10:00:00Z'), role: 'support' }]);
    expect(deriveOpenQuestions(ctx)).toEqual([]);
  });

  it.each([
    [
      'why are the workers still reading the old queue?',
      'image bakes the queue name at build time, so the workers keep reading the old queue until rebuilt',
    ],
    [
      'is the nightly export job still running on the old cluster?',
      'the nightly export moved to the new cluster on Monday, old cluster job is disabled',
    ],
  ])('drops a question the next colleague answers: %j', (question, answer) => {
    const ctx = makeExtractContext([
      staff(question, 'Ana', '2026-11-19T10:00:00Z'),
      staff(answer, 'Ben', '2026-11-19T10:02:00Z'),
    ]);
    expect(deriveOpenQuestions(ctx)).toEqual([]);
  });

  it('keeps a question the reply cannot answer yet', () => {
    const ctx = makeExtractContext([
      staff('were the failed payments charged at the acquirer?', 'Ana', '2026-11-19T10:00:00Z'),
      staff(
        'some payments may have been charged at the acquirer, I have to reconcile first, cannot say yet',
        'Ben',
        '2026-11-19T10:02:00Z',
      ),
    ]);
    expect(deriveOpenQuestions(ctx)).toEqual(['Were the failed payments charged at the acquirer?']);
  });

  it.each([
    [
      'need to check if the nightly job also skipped the archived projects',
      'Did the nightly job also skip the archived projects?',
    ],
    [
      'Have not checked yet how many invoices went out with the old rate.',
      'How many invoices went out with the old rate?',
    ],
    [
      "let's hold the reply until we know whether the mirror has the deleted files",
      'Does the mirror have the deleted files?',
    ],
  ])('reads an open point our side states: %j', (text, question) => {
    const ctx = makeExtractContext([staff(text, 'Lee', '2026-11-19T10:00:00Z')]);
    expect(deriveOpenQuestions(ctx)).toEqual([question]);
  });

  it('reads no unknown in asking a colleague to take the case', () => {
    const ctx = makeExtractContext([
      staff('Could one of you call the clinic back this afternoon?', 'Lee', '2026-11-19T10:00:00Z'),
    ]);
    expect(deriveOpenQuestions(ctx)).toEqual([]);
  });

  it('reads no unknown in asking leave to write to the customer', () => {
    const ctx = makeExtractContext([
      staff('Can I send him the failed job ids as a spreadsheet?', 'Lee', '2026-11-19T10:00:00Z'),
    ]);
    expect(deriveOpenQuestions(ctx)).toEqual([]);
  });

  it('drops a guess the next colleague turns down', () => {
    const ctx = makeExtractContext([
      staff('could the nightly vacuum be locking the table?', 'Lee', '2026-11-19T10:00:00Z'),
      staff("don't think so, vacuum finished at 02:10", 'Kim', '2026-11-19T10:03:00Z'),
    ]);
    expect(deriveOpenQuestions(ctx)).toEqual([]);
  });

  it('asks the embedded question of "not sure how …" in question order', () => {
    const ctx = makeExtractContext([
      staff('not sure how the retry counter gets reset after a deploy', 'Lee', '2026-11-19T10:00:00Z'),
    ]);
    expect(deriveOpenQuestions(ctx)).toEqual(['How does the retry counter get reset after a deploy?']);
  });

  it.each([
    ['still checking whether the backup job touched their bucket', 'Did the backup job touch their bucket?'],
    ['no idea yet why the importer skipped row 40', 'Why did the importer skip row 40?'],
    ["don't know yet whether we can restore the deleted tags", 'Can we restore the deleted tags?'],
    [
      'not sure what the vendor sends in the feed and I will not guess',
      'What does the vendor send in the feed?',
    ],
    ['not sure what I am missing in the mapping', 'What am I missing in the mapping?'],
    ['no idea what these flags can be used for', 'What can these flags be used for?'],
  ])('turns the open point in %j into a direct question', (text, question) => {
    const ctx = makeExtractContext([staff(text, 'Lee', '2026-11-19T10:00:00Z')]);
    expect(deriveOpenQuestions(ctx)).toEqual([question]);
  });

  it.each([
    'not sure whether in the old build',
    "haven't confirmed whether as the cause yet but the diff is clear",
  ])('skips an open point with no clause to ask: %j', (text) => {
    const ctx = makeExtractContext([staff(text, 'Lee', '2026-11-19T10:00:00Z')]);
    expect(deriveOpenQuestions(ctx)).toEqual([]);
  });
});

describe('deriveOpenQuestions: what counts as an answer', () => {
  const ask = (q: string, reply: string) =>
    deriveOpenQuestions(
      makeExtractContext([
        staff(q, 'Lee', '2026-11-19T10:00:00Z'),
        staff(reply, 'Kim', '2026-11-19T10:04:00Z'),
      ]),
    );

  it.each([
    ['could the cron overlap be it? we saw that once in March', 'nope, the cron ran alone that night'],
    ['who looks after the billing webhooks?', "me, I'll take it from here"],
    ['how many invoices?', '41 invoices went out with the old rate'],
    ['who can take the Lisbon ticket?', "I've got it. anything in the worker logs yet?"],
  ])('drops %j once the next colleague answers it', (q, reply) => {
    expect(ask(q, reply)).toEqual([]);
  });

  it.each([
    ['can we roll the importer back to 2.3?', 'yes, if QA can test it first'],
    ['how many invoices went out twice?', 'no idea yet, the report is still running'],
  ])('keeps %j when the reply does not settle it', (q, reply) => {
    expect(ask(q, reply)).toHaveLength(1);
  });
});

describe('deriveOpenQuestions: closed later in the thread', () => {
  it('drops a question a later colleague answers, not only the next one', () => {
    const ctx = makeExtractContext([
      staff('Which region hosts the failing tenant?', 'Lee', '2026-11-19T10:00:00Z'),
      staff('looking at the dashboards now', 'Kim', '2026-11-19T10:05:00Z'),
      staff('The failing tenant is hosted in the Frankfurt region.', 'Ola', '2026-11-19T10:30:00Z'),
    ]);
    expect(deriveOpenQuestions(ctx)).toEqual([]);
  });

  it('keeps a question whose only reply is a hedged guess', () => {
    const ctx = makeExtractContext([
      staff('Can we rebuild the missing invoices from the audit table?', 'Lee', '2026-11-19T10:00:00Z'),
      staff(
        'Probably possible from the audit table, but nobody has tried it.',
        'Kim',
        '2026-11-19T10:05:00Z',
      ),
    ]);
    expect(deriveOpenQuestions(ctx)).toEqual(['Can we rebuild the missing invoices from the audit table?']);
  });

  it.each([
    ['on it', 'Who is on duty for the billing service?'],
    ['This needs Finance and Marta to sign off first.', 'Who can sign off the write-off?'],
  ])('drops a who-question someone takes or answers with a name: %j', (reply, question) => {
    const ctx = makeExtractContext([
      staff(question, 'Lee', '2026-11-19T10:00:00Z'),
      staff(reply, 'Kim', '2026-11-19T10:05:00Z'),
    ]);
    expect(deriveOpenQuestions(ctx)).toEqual([]);
  });
});

describe('deriveOpenQuestions: talk among colleagues', () => {
  it.each([
    'Is there a pricing side to this that I ought to hear about?',
    'Should I loop in the account manager now?',
    'Could we at least send them the export by hand?',
    'Is anybody on it?',
    'Any chance someone picks the ticket up before lunch?',
    'Could it be the vendor throttling us again?',
  ])('is no open point of the case: %j', (text) => {
    const ctx = makeExtractContext([staff(text, 'Lee', '2026-11-19T10:00:00Z')]);
    expect(deriveOpenQuestions(ctx)).toEqual([]);
  });

  it('keeps a question whose path only looks like a pronoun', () => {
    const ctx = makeExtractContext([
      staff(
        'Did anyone download the files under /me/exports or only list them?',
        'Lee',
        '2026-11-19T10:00:00Z',
      ),
    ]);
    expect(deriveOpenQuestions(ctx)).toEqual([
      'Did anyone download the files under /me/exports or only list them?',
    ]);
  });

  it('keeps a question about the case that names people', () => {
    const ctx = makeExtractContext([
      staff('Is anyone outside the tenant able to read the shared folder?', 'Lee', '2026-11-19T10:00:00Z'),
    ]);
    expect(deriveOpenQuestions(ctx)).toEqual([
      'Is anyone outside the tenant able to read the shared folder?',
    ]);
  });
});

describe('deriveOpenQuestions: questions the packet or the thread cannot hold', () => {
  it.each([
    'is this a known limitation of the importer?',
    'Was that expected after the schema change?',
    'can we escalate this to the platform team?',
    'should it be routed to billing instead?',
  ])('leaves out a question about the unnamed situation or the routing: %j', (text) => {
    const ctx = makeExtractContext([staff(text, 'Lee', '2026-11-19T10:00:00Z')]);
    expect(deriveOpenQuestions(ctx)).toEqual([]);
  });

  it.each([
    [
      'is this the retry storm or a real slowdown on the pool?',
      'Is this the retry storm or a real slowdown on the pool?',
    ],
    ['is that possible to pin the old build for them?', 'Is that possible to pin the old build for them?'],
  ])('keeps a pointed-at question that weighs two causes or names its matter: %j', (text, question) => {
    const ctx = makeExtractContext([staff(text, 'Lee', '2026-11-19T10:00:00Z')]);
    expect(deriveOpenQuestions(ctx)).toEqual([question]);
  });

  it('keeps a question whose "that" points at a named thing', () => {
    const ctx = makeExtractContext([
      staff('is that retry queue drained already?', 'Lee', '2026-11-19T10:00:00Z'),
    ]);
    expect(deriveOpenQuestions(ctx)).toEqual(['Is that retry queue drained already?']);
  });
});
