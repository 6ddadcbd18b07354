import { describe, expect, it } from 'vitest';
import { isInsideQuestionClause } from './question-clause.js';

const at = (sentence: string, word: string) => isInsideQuestionClause(sentence, sentence.indexOf(word));

describe('isInsideQuestionClause', () => {
  it.each([
    ['The finance team wants to know whether invoices were deleted overnight.', 'deleted'],
    ['Can you check if the nightly job dropped any rows?', 'dropped'],
    ['She is wondering if messages went missing during the cut-over.', 'missing'],
    ['We asked them whether any files were corrupted by the import.', 'corrupted'],
  ] satisfies [string, string][])('asks rather than says: %s', (sentence, word) => {
    expect(at(sentence, word)).toBe(true);
  });

  it.each([
    ['Rows were dropped from the export after the upgrade.', 'dropped'],
    ['If the queue fills up, events are dropped.', 'dropped'],
    ['They asked whether it was safe, but 40 records were deleted anyway.', 'deleted'],
    ['I checked the logs; whether or not it matters, the file is missing.', 'missing'],
  ] satisfies [string, string][])('says it: %s', (sentence, word) => {
    expect(at(sentence, word)).toBe(false);
  });
});
