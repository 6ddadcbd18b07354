import { describe, expect, it } from 'vitest';
import { capCadence, roundDown } from './cap-by-deadline.js';

describe('capCadence', () => {
  const asOf = '2027-03-01T09:00:00Z';

  it('cuts the period to a round one that still lands before the deadline', () => {
    // 5 hours 40 minutes left before the customer's deadline
    const deadline = Date.parse('2027-03-01T14:40:00Z');
    expect(capCadence({ internal: 'PT4H', customer: 'PT8H' }, deadline, asOf)).toEqual({
      internal: 'PT4H',
      customer: 'PT4H',
    });
  });

  it('leaves a period that already fits alone', () => {
    const deadline = Date.parse('2027-03-03T09:00:00Z');
    expect(capCadence({ internal: 'PT2H', customer: 'PT4H' }, deadline, asOf)).toEqual({
      internal: 'PT2H',
      customer: 'PT4H',
    });
  });

  it('keeps the shortest cadence a team can keep when the deadline is minutes away', () => {
    const deadline = Date.parse('2027-03-01T09:05:00Z');
    expect(capCadence({ internal: 'PT1H', customer: 'PT2H' }, deadline, asOf)?.customer).toBe('PT15M');
  });
});

describe('roundDown', () => {
  it('picks the largest round period not longer than the time left', () => {
    expect(roundDown(449)).toBe(360);
    expect(roundDown(59)).toBe(30);
    expect(roundDown(15)).toBe(15);
    expect(roundDown(3 * 1440 + 200)).toBe(3 * 1440);
  });
});
