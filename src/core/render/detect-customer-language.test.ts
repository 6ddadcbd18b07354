import { describe, expect, it } from 'vitest';
import { item } from '../../../test/helpers/make-render-input.js';
import { detectCustomerLanguage } from './detect-customer-language.js';

const FRENCH = item(
  'S1:c1',
  'Bonjour, depuis mardi matin nos commandes ne se synchronisent plus avec notre logiciel de gestion. Nos trois coordinateurs saisissent tout à la main. Pouvez-vous nous dire quand ce sera réparé ?',
  'customer',
);
const ENGLISH = item(
  'S1:c2',
  'Since Tuesday morning our orders are not syncing to the ERP and our three coordinators are typing everything in by hand. When will this be fixed?',
  'customer',
);
// the team writes in English about a French-speaking customer: only the customer's words count
const NOTE = item(
  'S1:c3',
  'Customer is French-speaking, the connector token refreshed fine, checking the mapping now.',
  'Tomasz Wojcik',
);

describe('detectCustomerLanguage', () => {
  it('tells the reviewer when the customer writes in another language than the update', () => {
    const found = detectCustomerLanguage([FRENCH, NOTE], new Set(['S1:c1', 'S1:c3']));
    expect(found).toEqual(expect.objectContaining({ customer: 'fra', update: 'eng' }));
    expect(found?.note).toContain('French');
  });

  it('says nothing for an English-writing customer or for too little text', () => {
    expect(detectCustomerLanguage([ENGLISH, NOTE], new Set(['S1:c2']))).toBeNull();
    const short = item('S1:c4', 'Merci !', 'customer');
    expect(detectCustomerLanguage([short], new Set(['S1:c4']))).toBeNull();
  });

  it('reads only public words of the customer, never our internal notes', () => {
    const germanNote = item(
      'S1:c5',
      'Der Kunde schreibt auf Englisch, aber wir haben intern alles auf Deutsch notiert und besprochen.',
      'Tomasz Wojcik',
    );
    expect(detectCustomerLanguage([ENGLISH, germanNote], new Set(['S1:c2']))).toBeNull();
  });
});
