import { describe, expect, it } from 'vitest';
import { countQuestion, othersHitIn } from './others-hit.js';

const ask = (s: string) => {
  const hit = othersHitIn(s);
  return hit ? countQuestion(hit) : null;
};

describe('readOthersHit', () => {
  it('asks how many with the thread noun and what it says they do', () => {
    expect(ask('Other venues may be scanning rotated tickets too.')).toBe(
      'How many other venues are scanning rotated tickets?',
    );
    expect(ask('Are other tenants on the EU cluster seeing this?')).toBe(
      'How many other tenants on the EU cluster are seeing this?',
    );
    expect(ask('Could other schools have received the wrong digest?')).toBe(
      'How many other schools received the wrong digest?',
    );
    expect(ask('No count yet of other merchants hit - needs a query.')).toBe(
      'How many other merchants are hit?',
    );
    expect(ask('The backfill consumed shared capacity, affecting other workspaces.')).toBe(
      'How many other workspaces are affected?',
    );
  });

  it('leaves out others that are fine, things that are no parties, and others who are not hit', () => {
    expect(ask('No other tenants are affected.')).toBeNull();
    expect(ask('It may not affect other services.')).toBeNull();
    expect(ask('There are other ways to do this.')).toBeNull();
    expect(ask('Have you tried charging other devices to see if the issue persists?')).toBeNull();
    expect(ask('I am checking with other suppliers to find the same lamp.')).toBeNull();
  });
});
