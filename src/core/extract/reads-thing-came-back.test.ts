import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { backIsNoRecurrence, readsThingCameBack } from './reads-thing-came-back.js';

const first = (text: string) => {
  const s = analyze(text).sentences[0];
  if (!s) throw new Error(`no sentence in ${text}`);
  return s;
};

describe('readsThingCameBack', () => {
  it.each([
    [
      'a transfer returned by the bank, the pronoun standing for it',
      'The transfer was sent on time and it came back only because the account was closed.',
    ],
    ['money returned to a balance', 'The full amount is back in your wallet.'],
    ['a person returning', 'Our accountant is back on Monday.'],
    ['a count of messages returned', 'More than 300 came back undelivered.'],
    ['a contact returning', 'Thanks for coming back so quickly.'],
    ['a check with its result', 'The address check came back as a partial match.'],
    ['nobody answering', 'Nobody came back to me about the quote.'],
  ] satisfies [string, string][])('reads %s as a thing or a person back', (_, text) => {
    expect(readsThingCameBack(first(text))).toBe(true);
  });

  it.each([
    ['a failure word as the subject', 'The timeout error came back after the upgrade.'],
    ['a pronoun pointing outside the sentence', 'It came back after I restarted the server.'],
    ['the problem is back', 'The crash is back in the new build.'],
    ['no subject at all', 'Came back this morning with the same trace.'],
    ['a pronoun after a clause about the problem', 'We fixed the sync bug last week but it came back today.'],
    ['no "back" in the sentence', 'The payout failed again.'],
  ] satisfies [string, string][])('does not read %s as a thing back', (_, text) => {
    expect(readsThingCameBack(first(text))).toBe(false);
  });
});

describe('backIsNoRecurrence', () => {
  it('clears a sentence whose only recurrence cue is a thing coming back', () => {
    expect(backIsNoRecurrence(first('The refund came back from the card issuer yesterday.'))).toBe(true);
  });

  it('keeps a sentence that also says the problem recurred', () => {
    expect(backIsNoRecurrence(first('The refund came back and the error is recurring since Monday.'))).toBe(
      false,
    );
  });
});
