import { describe, expect, it } from 'vitest';
import { splitSignature } from './signature.js';

describe('splitSignature', () => {
  it.each([
    [
      'a -- line',
      'The export fails.\n\n-- \nDana Whitfield\n+1 617 555 0142',
      'The export fails.',
      'Dana Whitfield\n+1 617 555 0142',
    ],
    ['a bare -- line', 'The export fails.\n--\nDana', 'The export fails.', 'Dana'],
    ['Sent from my iPhone', 'Still broken.\n\nSent from my iPhone', 'Still broken.', 'Sent from my iPhone'],
    [
      'a sign-off with name and title',
      'Please refund it.\n\nRegards,\nSigrún Jónsdóttir\nFinance Controller, Quayside Media Ltd',
      'Please refund it.',
      'Regards,\nSigrún Jónsdóttir\nFinance Controller, Quayside Media Ltd',
    ],
    [
      'a name/title card',
      'Call me.\n\nBjörn Åkesson\nVP Supply Chain | Northwind Traders',
      'Call me.',
      'Björn Åkesson\nVP Supply Chain | Northwind Traders',
    ],
  ] satisfies [string, string, string, string][])('splits %s', (_label, text, body, signature) => {
    expect(splitSignature(text)).toEqual({ body, signature });
  });

  it.each([
    [
      'a closing paragraph that carries more message',
      'Tried again.\n\nThanks\nthe fix works now, but is it permanent?',
    ],
    ['a short reply with no signature', 'Yes, go ahead.'],
    ['a two-line paragraph of prose', 'We were charged twice.\nPlease refund the second charge.'],
  ])('keeps %s in the body', (_label, text) => {
    expect(splitSignature(text)).toEqual({ body: text, signature: '' });
  });
});
