import { describe, expect, it } from 'vitest';
import type { Facts } from '../model/packet.js';
import { openingFromFacts, openingFromState, problemClause } from './update-problem-opening.js';

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

  it('drops a shouted flag before the headline, and keeps the English half of a subject in two languages', () => {
    expect(problemClause('URGENT Label printer offline since Monday', vocabulary)).toBe(
      'I understand that the label printer is offline since Monday',
    );
    expect(
      problemClause('Fehler beim Export der Rechnungen / the invoice export is failing', vocabulary),
    ).toBe('I understand that the invoice export is failing');
    // a shouted word that is the problem itself is no flag
    expect(problemClause('Login / SSO broken for all staff', vocabulary)).toBe(
      'I understand that the login / SSO is broken for all staff',
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
      affected: {
        users: {
          value: 40,
          cites: ['S1:m2'],
          trace: { mechanism: 'pattern', evidence: 'S1:m2', sentence: 'All 40 warehouse packers are stuck.' },
        },
        accounts: null,
        scope: null,
        summary: '',
      },
      deadlines: [
        { at: '2026-03-06T23:59:00Z', text: 'The fair opens on Friday.', cites: ['S1:m2'] },
        { at: '2026-02-20T23:59:00Z', text: 'Long past.', cites: ['S1:m2'] },
      ],
    });
    expect(openingFromFacts(f, material, asOf)).toBe(
      'I understand that shipping labels are missing from the dispatch screen for your 40 warehouse packers, and I know you are working to a deadline of Friday 6 March.',
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

describe('openingFromState', () => {
  const counted = (sentence: string, cites = ['S1:m2']) =>
    facts({
      problem: { value: 'WHY IS NOTHING WORKING', cites: ['S1:m1'] },
      affected: {
        users: { value: 12, cites, trace: { sentence } },
        accounts: null,
        scope: null,
        summary: '',
      },
      startedAt: { value: '2026-02-24', cites: ['S1:m1'] },
    } as never);

  it('says an incident still going on is a disruption, to whom and since when, from public facts', () => {
    expect(
      openingFromState('incident', counted('Our 12 courier drivers see a blank route list.'), material, asOf),
    ).toBe("I'm sorry for the disruption this is causing your 12 courier drivers since Tuesday 24 February.");
  });

  it('names no count that counts no people or things, and none an internal note holds', () => {
    expect(
      openingFromState('incident', counted('It is 12 in total across the region.'), material, asOf),
    ).toBe("I'm sorry for the disruption this is causing you since Tuesday 24 February.");
    expect(
      openingFromState('incident', counted('Our 12 courier drivers are idle.', ['S9:note']), material, asOf),
    ).not.toContain('drivers');
  });

  it('says a matter for a deciding team needs a decision, and an answer opens only on something of theirs', () => {
    expect(openingFromState('decision', facts({}), material, asOf)).toBe(
      'I understand this needs a decision from our side, and I want you to know where it stands.',
    );
    expect(openingFromState('answer', facts({}), material, asOf)).toBeNull();
  });
});
