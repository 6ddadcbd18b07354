import { describe, expect, it } from 'vitest';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { askPendingDecisions } from './ask-pending-decisions.js';

const questions = (note: string) =>
  askPendingDecisions(
    makeExtractContext([
      { text: 'Company: Fernway Freight', meta: { unit: 'field', field: 'custom.Company' } },
      { role: 'engineering', visibility: 'internal', text: note },
    ]),
  ).map((u) => u.question);

describe('askPendingDecisions', () => {
  it('asks a decision our side waits for, not one the customer takes for themselves', () => {
    expect(questions('The rebate still needs a decision from Finance about the rate.')).toEqual([
      'Will Finance decide on the rate?',
    ]);
    expect(questions('That needs a decision from Fernway on how they want to bill the pallets.')).toEqual([]);
  });

  it('drops a decision recorded later in the same note', () => {
    expect(
      questions('The refund needs Finance sign-off. Update: Finance approved the refund at noon.'),
    ).toEqual([]);
  });
});
