import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../../test/helpers/make-evidence.js';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { askVagueCount } from './ask-vague-count.js';

const customer = (text: string): ItemSpec => ({
  text,
  name: 'Ada Moreau',
  at: '2026-11-19T10:00:00Z',
  role: 'customer',
  visibility: 'public',
  kind: 'ticket',
});
const support = (text: string): ItemSpec => ({
  text,
  name: 'Lee Park',
  at: '2026-11-19T11:00:00Z',
  role: 'support',
  visibility: 'public',
  kind: 'ticket',
});

describe('askVagueCount', () => {
  it.each([
    [
      'Since the weekend some of our drivers lost their saved routes.',
      'How many drivers lost their saved routes?',
    ],
    [
      'Several invoices were rejected by the tax portal this morning.',
      'How many invoices were rejected by the tax portal this morning?',
    ],
    [
      'A few shipments arrived without tracking numbers.',
      'How many shipments arrived without tracking numbers?',
    ],
  ])('asks how many of a vague scope stated as a clause: %j', (text, question) => {
    const u = askVagueCount(makeExtractContext([customer(text)]));
    expect(u?.question).toBe(question);
    expect(u?.trace.rule).toBe('vague-count');
  });

  it('stays quiet once a statement puts a number on the same noun', () => {
    const ctx = makeExtractContext([
      customer('Some of our drivers lost their saved routes.'),
      support('We can see 14 drivers with an empty route list since Saturday.'),
    ]);
    expect(askVagueCount(ctx)).toBeNull();
  });

  it('reads a bare count whose "they" points back at the noun as counting it', () => {
    const ask = customer('Some of our parcels were never scanned at the depot. Are the parcels lost?');
    expect(askVagueCount(makeExtractContext([ask]))?.question).toBe(
      'How many parcels were never scanned at the depot?',
    );
    const reply = support('No, they are held in the sorting queue, 57 so far.');
    expect(askVagueCount(makeExtractContext([ask, reply]))).toBeNull();
    // a date is no count
    const dated = support('No, they are held in the sorting queue since 3 Dec.');
    expect(askVagueCount(makeExtractContext([ask, dated]))?.question).toBe(
      'How many parcels were never scanned at the depot?',
    );
  });

  it.each([
    // a general truth about the world, not this case's scope
    'Some browser extensions block our scripts.',
    // what could happen counts nothing that did
    'Some of our members would get two letters.',
    // an order of magnitude is a rough count
    'Many hundreds of parcels were held at the depot.',
    // a participle describing the noun, not the clause's verb
    'Many of the features requested by admins are missing.',
    // the phrase is a verb's object, not a clause's subject
    'We found several tickets tagged as urgent.',
    // a participle describing the noun; the clause's verb comes later
    'Many reports filed about the export suggest a timeout.',
    // asked, not stated
    'Did some of our drivers lose their routes?',
    // a bare verb says nothing to count
    'Several of my colleagues do.',
    // "few" without the article denies
    'Few customers noticed the change in the footer.',
  ])('reads no countable scope in: %j', (text) => {
    expect(askVagueCount(makeExtractContext([customer(text)]))).toBeNull();
  });
});
