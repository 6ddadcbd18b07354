import { describe, expect, it } from 'vitest';
import {
  asksForAnswer,
  phraseQuestion,
  reportedQuestion,
  youAsked,
  youAskedAll,
} from './question-phrasing.js';

describe('asksForAnswer', () => {
  it('keeps questions that want an answer, including one after a lead-in or a dash', () => {
    expect(asksForAnswer('Will the archived invoices show up again?')).toBe(true);
    expect(asksForAnswer('The import log - does it keep failed rows?')).toBe(true);
    expect(asksForAnswer('I still find the quota tight, can you lift it for our team?')).toBe(true);
    expect(asksForAnswer('Please confirm whether the backup ran?')).toBe(true);
  });

  it('drops a status ping, a guess with a question mark, indignation and a plea to hurry', () => {
    expect(asksForAnswer('Any news on this?')).toBe(false);
    expect(asksForAnswer('Is there any update yet?')).toBe(false);
    expect(asksForAnswer('any progress please?')).toBe(false);
    expect(asksForAnswer('What is going on?')).toBe(false);
    expect(asksForAnswer('The pumps are down. So what now?')).toBe(false);
    expect(asksForAnswer('This is the third morning the labels fail. What is going on?')).toBe(false);
    expect(asksForAnswer('Possibly the cache on our proxy?')).toBe(false);
    expect(asksForAnswer('What is going on with the refund for order 1182?')).toBe(true);
    expect(asksForAnswer('Probably the proxy again I suppose?')).toBe(false);
    expect(asksForAnswer('How could this happen?')).toBe(false);
    expect(asksForAnswer('Can someone please look at this today?')).toBe(false);
  });
});

describe('phraseQuestion', () => {
  it('keeps an aside between commas inside the clause, and drops a condition that only opens the next ask', () => {
    expect(
      phraseQuestion(
        'Confirmation that the Shopify feed, as quoted in our contract, will be hourly from 1 March; or, if that is not possible,',
      ),
    ).toBe('Whether the Shopify feed, as quoted in your contract, will be hourly from 1 March');
    expect(phraseQuestion('I still think the cap is too low, can you raise it?')).toBe('Can we raise it?');
  });

  it('turns the customer’s pronouns towards them and drops the lead-in, the reason and long asides', () => {
    expect(phraseQuestion('Could you tell us whether our archive was touched?')).toBe(
      'Whether your archive was touched',
    );
    expect(
      phraseQuestion(
        'Which folders were synced, because we must tell the board by Monday (the board meets weekly and wants a list)',
      ),
    ).toBe('Which folders were synced');
    expect(phraseQuestion('Confirmation that the old tokens are revoked')).toBe(
      'Whether the old tokens are revoked',
    );
  });

  it('moves a leading condition after the question', () => {
    expect(phraseQuestion('If the patch slips, can we keep the old client running?')).toBe(
      'Can you keep the old client running, if the patch slips?',
    );
  });

  it('ends an indirect question where its sentence ends', () => {
    expect(
      phraseQuestion(
        'Whether the archive can be restored. Our auditors arrive next week, so I need it in writing',
      ),
    ).toBe('Whether the archive can be restored');
  });
});

describe('reportedQuestion', () => {
  it.each([
    ["Were your drivers' timesheets exported twice?", "whether your drivers' timesheets were exported twice"],
    ["Is the hotel's booking feed paused?", "whether the hotel's booking feed is paused"],
    [
      'Can the managers\u2019 dashboards be restored?',
      'whether the managers\u2019 dashboards can be restored',
    ],
  ])('keeps a possessive inside the subject: %s', (question, reported) => {
    expect(reportedQuestion(question)).toBe(reported);
  });

  it('reports yes/no and wh questions by moving the auxiliary after the subject', () => {
    expect(reportedQuestion('Can the deleted folders be restored?')).toBe(
      'whether the deleted folders can be restored',
    );
    expect(reportedQuestion('Is there a limit on the number of seats?')).toBe(
      'whether there is a limit on the number of seats',
    );
    expect(reportedQuestion('What is the cutoff?')).toBe('what the cutoff is');
    expect(reportedQuestion('Which folders are affected?')).toBe('which folders are affected');
    expect(reportedQuestion('Does it keep the old versions?')).toBe('whether it keeps the old versions');
    expect(reportedQuestion('Is the export complete, or are rows missing?')).toBe(
      'whether the export is complete, or whether rows are missing',
    );
  });

  it('puts a "did" question in the past, irregular verbs included', () => {
    expect(reportedQuestion('Did the nightly job run?')).toBe('whether the nightly job ran');
    expect(reportedQuestion('Did anyone receive the alerts?')).toBe('whether anyone received the alerts');
    expect(reportedQuestion('What did you do to our settings?')).toBe('what you did to our settings');
  });

  it('gives up on shapes it cannot turn safely, so the caller names them by topic or as asked', () => {
    expect(reportedQuestion('Will the files that failed be sent again?')).toBeNull();
    expect(reportedQuestion('Why you not tell us about the change?')).toBeNull();
  });
});

describe('reported questions with a relative clause, a verb read as a noun, a negated suggestion', () => {
  it('runs the subject on through a relative clause without "that" to the main verb', () => {
    expect(reportedQuestion('Will the parcels we already relabelled by hand arrive twice?')).toBe(
      'whether the parcels we already relabelled by hand will arrive twice',
    );
    expect(reportedQuestion('Can the invoices they uploaded last week be restored?')).toBe(
      'whether the invoices they uploaded last week can be restored',
    );
  });

  it('puts the modal before a verb the tagger took for the last noun of the subject', () => {
    expect(reportedQuestion('Will the receipts show up twice?')).toBe(
      'whether the receipts will show up twice',
    );
  });

  it('asks a "can you not just …" suggestion as whether it can be done', () => {
    expect(youAsked(phraseQuestion("Can't you just restore the backup from Monday?"), new Set())).toBe(
      'You asked whether we can just restore the backup from Monday.',
    );
    expect(youAsked(phraseQuestion('Can you not just switch the old importer back on?'), new Set())).toBe(
      'You asked whether we can just switch the old importer back on.',
    );
  });
});

describe('youAsked / youAskedAll', () => {
  it('reports questions without quoting them; one it cannot report is named as asked when it reads well, else by topic', () => {
    expect(youAsked('Should you pause the sync?', new Set())).toBe(
      'You asked whether you should pause the sync.',
    );
    // "why we not tell you" would be the pronouns flipped into broken grammar
    expect(youAsked(phraseQuestion('But why you not tell us about the new permission?'), new Set())).toBe(
      'You asked about the new permission.',
    );
    const all = youAskedAll(
      ['Should you pause the sync?', 'Will the files that failed be sent again?'],
      new Set(),
    );
    expect(all).toBe(
      'You asked whether you should pause the sync. You also asked: will the files that failed be sent again?',
    );
    expect(all).not.toContain('"');
  });

  it('names a question it can neither report nor give a topic as asked only when it reads well', () => {
    expect(youAsked(phraseQuestion('Why did nobody warn us?'), new Set())).toBe(
      'You asked why nobody warned you.',
    );
    expect(youAsked(phraseQuestion('Why you not tell us?'), new Set())).toBe('');
    expect(youAsked('SSO and SCIM at once?', new Set())).toBe('You asked: SSO and SCIM at once?');
  });
});

describe('question phrasing on shapes seen in public issue trackers', () => {
  it('turns "am I" and a second, direct question joined to an indirect one', () => {
    expect(youAsked(phraseQuestion('Am I reading the chart wrong?'), new Set())).toBe(
      'You asked whether you are reading the chart wrong.',
    );
    expect(
      youAsked(phraseQuestion('I want to know if the limit is per user, or is it per workspace?'), new Set()),
    ).toBe('You asked whether the limit is per user, or whether it is per workspace.');
  });

  it('keeps a place after the noun in the subject and an acronym’s capitals', () => {
    expect(reportedQuestion('Could the invoice for March be sent again?')).toBe(
      'whether the invoice for March could be sent again',
    );
    expect(youAsked('SSO and SCIM at once?', new Set())).toBe('You asked: SSO and SCIM at once?');
  });

  it('reads "I was wondering …" and "any idea why …" as questions', () => {
    expect(asksForAnswer('I was wondering whether the webhook retries are capped?')).toBe(true);
    expect(asksForAnswer('Any idea why the totals differ?')).toBe(true);
    expect(phraseQuestion('I was wondering whether the webhook retries are capped?')).toBe(
      'Whether the webhook retries are capped',
    );
  });
});

describe('a question whose "it" points back to the lead-in', () => {
  it('leaves an "it" with no referent and a lead-in that is only a frame', () => {
    expect(youAsked(phraseQuestion('The backup job - is it possible to skip Sundays?'), new Set())).toBe(
      'You asked whether it is possible to skip Sundays.',
    );
    expect(youAsked(phraseQuestion('My question is: will it be billed twice?'), new Set())).toBe(
      'You asked whether it will be billed twice.',
    );
  });

  it('takes the noun phrase the lead-in opened with', () => {
    expect(
      youAsked(phraseQuestion('The March statement is already filed: will it be corrected?'), new Set()),
    ).toBe('You asked whether the March statement will be corrected.');
    expect(youAsked(phraseQuestion('And the resync - does it keep the order?'), new Set())).toBe(
      'You asked whether the resync keeps the order.',
    );
    expect(youAsked(phraseQuestion('I checked twice: is it gone for good?'), new Set())).toBe(
      'You asked whether it is gone for good.',
    );
  });
});
