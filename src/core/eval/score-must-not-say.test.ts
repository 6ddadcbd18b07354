import { describe, expect, it } from 'vitest';
import type { Expected } from './expected.js';
import type { PacketLike } from './packet-like.js';
import { scoreMustNotSay } from './score-must-not-say.js';

const packet = (text: string) => ({ drafts: { customerUpdate: { text } } }) as unknown as PacketLike;
const gold = (forbidden: string[]) => ({ mustNotSayToCustomer: forbidden }) as unknown as Expected;

describe('scoreMustNotSay', () => {
  it('finds a forbidden name or phrase in any case', () => {
    const score = scoreMustNotSay(
      gold(['Marta', 'by Friday']),
      packet('marta from our team will fix it BY FRIDAY.'),
    );
    expect(score?.score).toBe(0);
    expect(score?.missed).toEqual(['Marta', 'by Friday']);
  });

  it('does not find a name inside a longer word ("Ines" in "business days")', () => {
    const score = scoreMustNotSay(
      gold(['Ines', 'Art']),
      packet('We will update you every 2 business days; a partial fix is out.'),
    );
    expect(score?.score).toBe(1);
  });

  it('matches strings that start or end with symbols', () => {
    expect(
      scoreMustNotSay(gold(['£90', '50%']), packet('You were charged £90, about 50% more.'))?.missed,
    ).toEqual(['£90', '50%']);
  });
});
