import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsAsksOldWay } from './reads-asks-old-way.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsAsksOldWay(s));

describe('readsAsksOldWay: an ask for the previous behaviour back', () => {
  it.each([
    'Can you put the old column order back?',
    'Please bring back the previous invoice layout.',
    'Could you revert the calendar to the former week view?',
    'We need the original colour scheme back before Monday.',
    'Can we stay on the previous release until January?',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    // a statement, not an ask
    'The old layout is back since this morning.',
    // the ask denied
    "We don't want the old menu back.",
    // data, not behaviour
    'Can you restore the deleted invoices?',
    'Can you restore the previous version of the contract?',
    // a question about the old thing, no ask for it
    'Where did the old settings page go?',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
