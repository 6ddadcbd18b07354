import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { clausesOf, isInsideCondition, isInsideQuestionClause } from './clause.js';
import type { Sentence } from './types.js';

const sentence = (text: string): Sentence => analyze(text).sentences[0] as Sentence;
/** Each clause as its words, with its opener in brackets ("[if] if you re-upload"). */
const split = (text: string): string[] =>
  clausesOf(sentence(text)).map(
    (c) => `${c.opener ? `[${c.opener}] ` : ''}${c.tokens.map((t) => t.text).join(' ')}`,
  );

describe('clausesOf: clause boundaries', () => {
  it('cuts at a comma before a new subject, and at a semicolon', () => {
    expect(split('If you re-upload, they import; we tested it.')).toEqual([
      '[if] If you re-upload',
      'they import',
      'we tested it .',
    ]);
  });

  it('keeps a list of nouns and a comma after an opening word in one clause', () => {
    expect(split('Thanks, the logs, the config and the dump are attached.')).toHaveLength(1);
  });

  it('cuts at a coordinator only before a verb group of its own', () => {
    expect(split('We paused the sync and will restart it on Monday.')).toEqual([
      'We paused the sync',
      '[and] and will restart it on Monday .',
    ]);
    expect(split('We exported the orders and the invoices.')).toHaveLength(1);
  });

  it('reads "until" as an opener only before a subject and its verb', () => {
    expect(split('She is off until Monday.')).toHaveLength(1);
    expect(split('Hold the refund until the audit ends.').at(-1)).toBe('[until] until the audit ends .');
  });

  it('gives a new pronoun subject after a finished clause its own clause', () => {
    expect(split("If you don't mind I could send the patch later.")).toEqual([
      "[if] If you do n't mind",
      'I could send the patch later .',
    ]);
    // a question's subject after its auxiliary stays in the clause
    expect(split('Can you check the mail log?')).toHaveLength(1);
  });

  it('reads a multiword opener once', () => {
    expect(split('The banner hides as soon as the page loads.')).toEqual([
      'The banner hides',
      '[as soon as] as soon as the page loads .',
    ]);
  });

  // real sentences from NLBSE 2024 issue-report-classification, data/issues_train.csv (row = data
  // row index, header excluded)
  it.each([
    // row 0
    [
      'Cannot add node "1" because a node with that id is already in the Store.',
      ['Can not add node " 1 "', '[because] because a node with that id is already in the Store .'],
    ],
    // row 184
    [
      'If somebody can provide a way for me to do this it will be added within a day.',
      ['[if] If somebody can provide a way for me to do this', 'it will be added within a day .'],
    ],
    // row 322
    [
      'So i am making an object detection projetc for school and i need help whenever i run this code this is the error that pops up.',
      [
        '[so] So i am making an object detection projetc for school',
        '[and] and i need help',
        '[whenever] whenever i run this code',
        'this is the error that pops up .',
      ],
    ],
    // row 851
    [
      'This command will get fired as soon as the extension activates and will stop when extension deactivates.',
      [
        'This command will get fired',
        '[as soon as] as soon as the extension activates',
        '[and] and will stop',
        '[when] when extension deactivates .',
      ],
    ],
    // row 299
    [
      "I know this is not related to react directly but didn't know where to turn to.",
      [
        'I know',
        'this is not related to react directly',
        "[but] but did n't know",
        '[where] where to turn to .',
      ],
    ],
  ] satisfies [string, string[]][])('splits a real sentence: %s', (text, clauses) => {
    expect(split(text)).toEqual(clauses);
  });
});

describe('clausesOf: subject and first finite verb', () => {
  it('names the subject and reads the tense of the first verb group', () => {
    const [main, since] = clausesOf(sentence('The export has been failing because the worker crashed.'));
    expect(main?.subject?.text).toBe('export');
    expect(main?.verb?.past).toBe(false);
    expect(since?.opener).toBe('because');
    expect(since?.subject?.text).toBe('worker');
    expect(since?.verb?.past).toBe(true);
  });

  it('tells a plan from a report', () => {
    const [plan] = clausesOf(sentence('We will restart the pods tonight.'));
    expect(plan?.verb?.modal).toBe(true);
    expect(plan?.verb?.personSubject).toBe(true);
  });

  it('leaves a participle before its noun unread as a verb ("scheduled posts")', () => {
    const [c] = clausesOf(sentence('Our scheduled posts go out on Friday.'));
    expect(c?.tokens[c.verb?.index ?? -1]?.text).toBe('go');
  });
});

const asks = (text: string, word: string): boolean =>
  isInsideQuestionClause(sentence(text), text.indexOf(word));
const supposed = (text: string, word: string): boolean =>
  isInsideCondition(sentence(text), text.indexOf(word));

describe('isInsideQuestionClause', () => {
  it.each([
    ['The finance team wants to know whether invoices were deleted overnight.', 'deleted'],
    ['Can you check if the nightly job dropped any rows?', 'dropped'],
    ['She is wondering if messages went missing during the cut-over.', 'missing'],
    ['We asked them whether any files were corrupted by the import.', 'corrupted'],
    // an embedded clause stays inside the question
    ['They want to know whether rows were lost when the job restarted.', 'restarted'],
  ] satisfies [string, string][])('asks rather than says: %s', (text, word) => {
    expect(asks(text, word)).toBe(true);
  });

  it.each([
    ['Rows were dropped from the export after the upgrade.', 'dropped'],
    ['If the queue fills up, events are dropped.', 'dropped'],
    ['They asked whether it was safe, but 40 records were deleted anyway.', 'deleted'],
    ['I checked the logs; whether or not it matters, the file is missing.', 'missing'],
  ] satisfies [string, string][])('says it: %s', (text, word) => {
    expect(asks(text, word)).toBe(false);
  });
});

describe('isInsideCondition', () => {
  it.each([
    ['If they want pages locked during an outage that is the lock setting per site.', 'outage'],
    ['Unless the mail relay is down we should see the bounce.', 'down'],
    ['Keep the old key in case the new endpoint goes down again.', 'down'],
  ] satisfies [string, string][])('supposes: %s', (text, word) => {
    expect(supposed(text, word)).toBe(true);
  });

  it.each([
    ['The ordering service is down for every store since 9am.', 'down'],
    ['The site went down at noon; if you need a workaround, use the app.', 'down'],
    ['We checked if the relay was up, but the scheduler is down.', 'scheduler'],
    // a comma before a new subject ends the condition
    ['If you re-upload, they import, we tested it.', 'tested'],
  ] satisfies [string, string][])('says: %s', (text, word) => {
    expect(supposed(text, word)).toBe(false);
  });
});
