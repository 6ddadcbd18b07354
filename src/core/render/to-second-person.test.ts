import { describe, expect, it } from 'vitest';
import { toSecondPerson } from './to-second-person.js';

describe('toSecondPerson', () => {
  it.each([
    [
      'Our 3 coordinators can’t release shipments, so we’re typing them in.',
      'Your 3 coordinators can’t release shipments, so you’re typing them in.',
    ],
    [
      'When I opened your billing page I saw an invoice that isn’t ours.',
      'When you opened our billing page you saw an invoice that isn’t yours.',
    ],
    ['Can you resend it to us?', 'Can we resend it to you?'],
    // a verb after "you" makes it the subject, whatever came before
    ['Is this how you treat small shops?', 'Is this how we treat small shops?'],
    ['The readings you stored were wrong.', 'The readings we stored were wrong.'],
    ['I mailed you the file and you lost it.', 'You mailed us the file and we lost it.'],
  ] satisfies [string, string][])('says the customer’s "%s" back to them', (said, back) => {
    expect(toSecondPerson(said, 'customer')).toBe(back);
  });

  it('turns a colleague’s "they/their" about the customer towards the customer', () => {
    expect(toSecondPerson('they can open their widget and save it again', 'staff')).toBe(
      'you can open your widget and save it again',
    );
  });
});
