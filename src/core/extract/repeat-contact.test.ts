import { describe, expect, it } from 'vitest';
import { makeIntake } from '../../../test/helpers/make-evidence.js';
import { analyze } from '../language/analyze.js';
import { buildContext } from './context.js';
import { isRepeatContact, recurrenceCites } from './repeat-contact.js';

const one = (text: string) => {
  const [sentence] = analyze(text).sentences;
  if (!sentence) throw new Error(`no sentence in ${text}`);
  return sentence;
};

describe('isRepeatContact', () => {
  it.each([
    'This is the third time I have emailed you about it.',
    "It's the second time I've had to write in about the same invoice.",
    'I am asking again for an update on the ticket.',
    'Calling again because nobody answered my last message.',
    'This is the fourth time we contact your team.',
  ])('a repeated contact: %j', (text) => {
    expect(isRepeatContact(one(text))).toBe(true);
  });

  it.each([
    // the problem itself came back
    'The import failed again this morning.',
    'This is the second time the nightly backup has been skipped.',
    'The second time it crashed, the log showed the same trace.',
    'It happened again after the restart.',
    // a contact and the problem coming back: the problem counts
    'I am writing again because the export broke again.',
    // a program calling or opening something again, not a person contacting us
    'On every render the callbacks are called again.',
    'The old file is opened again in a new tab.',
    // no repeat word at all
    'I emailed you yesterday about the invoice.',
  ])('not only a repeated contact: %j', (text) => {
    expect(isRepeatContact(one(text))).toBe(false);
  });
});

const ASOF = '2030-01-01T00:00:00Z';
const ctxOf = (texts: readonly string[]) => buildContext(makeIntake(texts.map((text) => ({ text }))), ASOF);

describe('recurrenceCites', () => {
  it('a customer writing in again is not a recurrence', () => {
    const ctx = ctxOf(['This is the third time I have emailed you about it. The report is still empty.']);
    expect(recurrenceCites(ctx.items, () => true)).toEqual([]);
  });

  it('things restored that came back whole, or a result that came back, are not a recurrence', () => {
    const ctx = ctxOf([
      'We restored two folders from the bin and they came back intact.',
      'The malware scan came back clean.',
    ]);
    expect(recurrenceCites(ctx.items, () => true)).toEqual([]);
  });

  it('the problem coming back, or coming back worse, still is', () => {
    const ctx = ctxOf(['The timeout came back this morning.', 'The lag came back worse after lunch.']);
    expect(recurrenceCites(ctx.items, () => true)).toEqual(['S1:m1', 'S1:m2']);
  });

  it('the problem coming back still is', () => {
    const ctx = ctxOf(['This is the third time I have emailed you. The sync failed again this morning.']);
    expect(recurrenceCites(ctx.items, () => true)).toEqual(['S1:m1']);
  });
});

describe('a working state again is a restoration', () => {
  it.each([
    'The printer is online again after we rebooted it.',
    'Everything works again after the cache purge.',
    'The feed is syncing again this morning.',
  ])('no recurrence: %j', (text) => {
    expect(recurrenceCites(ctxOf([text]).items, () => true)).toEqual([]);
  });

  it.each([
    'The app stopped working again after the update.',
    "The kiosk isn't online again after the restart.",
    'The server locked up again after an hour.',
    'It is fine again after the reboot, but the timeout came back this morning.',
  ])('still a recurrence: %j', (text) => {
    expect(recurrenceCites(ctxOf([text]).items, () => true)).toEqual(['S1:m1']);
  });
});
