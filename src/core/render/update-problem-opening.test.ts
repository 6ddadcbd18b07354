import { describe, expect, it } from 'vitest';
import type { Facts } from '../model/packet.js';
import { openingFromFacts, problemClause } from './update-problem-opening.js';

const vocabulary = new Set(['broken', 'missing']);

describe('problemClause', () => {
  it('restores the verb when a time clause with its own verb follows', () => {
    expect(problemClause('Riders charged twice since the app update shipped', vocabulary)).toBe(
      'I understand that riders are charged twice since the app update shipped',
    );
  });

  it('reads a word tagged as an adjective before "still" as part of the subject', () => {
    expect(problemClause('Admin key still valid after rotation', vocabulary)).toBe(
      'I understand that the admin key is still valid after rotation',
    );
  });

  it('restores the verb a headline drops, in the second person', () => {
    expect(problemClause('Archived tickets still in our weekly report', vocabulary)).toBe(
      'I understand that archived tickets are still in your weekly report',
    );
    expect(problemClause('Payroll export stuck after the upgrade', vocabulary)).toBe(
      'I understand that the payroll export is stuck after the upgrade',
    );
    expect(problemClause('Receipts delayed', vocabulary)).toBe('I understand that receipts are delayed');
  });

  it('keeps a headline that is already a clause', () => {
    expect(problemClause('Our kiosk does not print boarding passes', vocabulary)).toBe(
      'I understand that your kiosk does not print boarding passes',
    );
  });

  it('drops a ticket reference and a shouted verdict, and calms capitals', () => {
    expect(problemClause('Badge printer BROKEN - ridiculous [#OPS-3321]', vocabulary)).toBe(
      'I understand that the badge printer is broken',
    );
  });

  it('names a bare noun phrase as the thing the trouble is with', () => {
    expect(problemClause("Monthly invoice with a stranger's address", vocabulary)).toBe(
      "I'm sorry about the trouble with the monthly invoice with a stranger's address",
    );
  });

  it('says nothing for a paragraph, a question or what reads as no headline', () => {
    expect(problemClause('Why is the export so slow?', vocabulary)).toBeNull();
    expect(
      problemClause(
        'We rolled out the new rota last week and since then the night team keeps getting the wrong shifts assigned to them',
        vocabulary,
      ),
    ).toBeNull();
  });
});

const facts = (over: Partial<Facts>): Facts =>
  ({
    problem: { value: 'Shipping labels missing from the dispatch screen', cites: ['S1:m1'] },
    affected: { users: null, accounts: null, scope: null, summary: '' },
    deadlines: [],
    ...over,
  }) as unknown as Facts;
const material = { publicIds: new Set(['S1:m1', 'S1:m2']), vocabulary, names: new Set<string>() };
const asOf = '2026-03-02T10:00:00Z';

describe('openingFromFacts', () => {
  it('adds the public count of people and the nearest deadline ahead, as a date', () => {
    const f = facts({
      affected: { users: { value: 40, cites: ['S1:m2'] }, accounts: null, scope: null, summary: '' },
      deadlines: [
        { at: '2026-03-06T23:59:00Z', text: 'The fair opens on Friday.', cites: ['S1:m2'] },
        { at: '2026-02-20T23:59:00Z', text: 'Long past.', cites: ['S1:m2'] },
      ],
    });
    expect(openingFromFacts(f, material, asOf)).toBe(
      'I understand that shipping labels are missing from the dispatch screen for 40 of your users, and I know you are working to a deadline of Friday 6 March.',
    );
  });

  it('uses nothing an internal note holds', () => {
    const f = facts({
      affected: { users: { value: 40, cites: ['S2:note'] }, accounts: null, scope: null, summary: '' },
    });
    expect(openingFromFacts(f, material, asOf)).toBe(
      'I understand that shipping labels are missing from the dispatch screen.',
    );
    expect(
      openingFromFacts(facts({ problem: { value: 'Kiosk down', cites: ['S2:note'] } }), material, asOf),
    ).toBeNull();
  });
});
