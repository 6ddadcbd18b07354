import { describe, expect, it } from 'vitest';
import { item } from '../../../test/helpers/make-render-input.js';
import { statesConsequence } from './update-impact.js';

const said = (text: string) => ({ text, item: item('S1:c1', text, 'customer') });

describe('statesConsequence', () => {
  it('reads a consequence for the customer: work stopped, something shown wrong, a count, a failure event', () => {
    for (const text of [
      'Since this morning our couriers cannot scan any parcel at the depot.',
      'The monthly statement shows £120 although we paid £80.',
      'We have lost 30 bookings since the widget went blank on Friday.',
      'The reports tab disappeared for the whole finance team yesterday.',
    ])
      expect(statesConsequence(said(text)), text).toBeGreaterThan(0);
  });

  it('does not take background, a request, a guess, a norm, a threat or a complaint about our replies for one', () => {
    for (const text of [
      'Our drivers share a pool of vans between the two depots.',
      'Please send us a corrected statement before the end of the month.',
      'It might be the new firewall rule our IT team added.',
      'We closed that account in May, so nobody should be able to sign in with it.',
      'If we do not get an answer by Friday we will escalate this to our board.',
      'I have still not heard from the account manager about this.',
      'It still says the old plan name on the billing page.',
      'Open the billing page and try to download the invoice again.',
    ])
      expect(statesConsequence(said(text)), text).toBe(0);
  });
});
