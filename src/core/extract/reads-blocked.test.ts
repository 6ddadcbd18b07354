import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsBlocked } from './reads-blocked.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsBlocked(s));

describe('readsBlocked: work that cannot go on', () => {
  it.each([
    'Our pharmacists cannot print the dispensing labels.',
    'The nightly payouts never arrive in the ledger.',
    'Since the rename the shipping rates do not load at checkout.',
    'The warehouse team is stuck on the packing screen.',
    'Two of our agents got locked out after the password reset.',
    'We are unable to attach scans to the claim.',
    'We really cannot afford more sync failures before the audit.',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    // a stance or a doubt put as an inability
    "We can't afford another tool this year.",
    "I can't see why the totals differ.",
    "We can't wait for the new calendar view.",
    "I can't stress enough how useful the API is.",
    // a stopped state denied
    'The import is no longer stuck.',
    // a function that works, or a noun that only sounds like one
    'The labels print and the payouts arrive on time.',
    'The code block in the template renders fine.',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});

describe('readsBlocked: an instruction is no failure', () => {
  it('does not read "do not" that opens an instruction', () => {
    expect(reads('Please do not send the renewal quote yet.')).toBe(false);
    expect(reads('@Priya do not send it until finance signs off.')).toBe(false);
    expect(reads("Don't send the refund twice.")).toBe(false);
  });

  it('reads a denied function after a subject, however the tagger reads the verb', () => {
    expect(reads('The scanner does not send anything to the ledger.')).toBe(true);
    expect(reads('Restarting the hub does not work either.')).toBe(true);
  });
});
