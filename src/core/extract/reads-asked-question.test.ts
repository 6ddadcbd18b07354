import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsAskedQuestion } from './reads-asked-question.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsAskedQuestion(s));

describe('readsAskedQuestion: a question put without a question mark', () => {
  it.each([
    'My accountant asks which credit notes were cancelled.',
    'We wonder whether the old tokens still work.',
    'The store manager wants to know when the tills come back.',
    'Our auditor asked us if any exports left the EU.',
    // real tracker sentences (NLBSE issue bodies)
    "I'd like to know what changed between April 12th and 13th related to the customized OPs.",
    'I wonder if there would be any interest from others in seeing something like this.',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    "We don't know why the sync stopped.",
    'I wanted to ask about the renewal.',
    'She asked for a refund last week.',
    'Nobody wonders about it any more.',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
