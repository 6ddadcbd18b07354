import { describe, expect, it } from 'vitest';
import { endedByCustomer } from './reads-ended-by-customer.js';

const HEADLINE = 'Shared calendar link still public';

describe('endedByCustomer', () => {
  it('reads the customer ending the state the headline names, by their own act', () => {
    expect(
      endedByCustomer(['I have since deleted the public link under Sharing, so it is closed.'], HEADLINE),
    ).toBe(true);
    expect(endedByCustomer(['We disabled the calendar feed this morning.'], HEADLINE)).toBe(true);
  });

  it('leaves an act still to come, a guess, a try that failed, a passive, or another thing ended', () => {
    expect(endedByCustomer(['We will delete the public link tonight.'], HEADLINE)).toBe(false);
    expect(endedByCustomer(['I think we disabled the calendar feed.'], HEADLINE)).toBe(false);
    expect(endedByCustomer(['We removed the calendar link but it still opens for anyone.'], HEADLINE)).toBe(
      false,
    );
    expect(endedByCustomer(['The calendar link was removed by someone.'], HEADLINE)).toBe(false);
    expect(endedByCustomer(['I deleted the old invoices yesterday.'], HEADLINE)).toBe(false);
  });
});
