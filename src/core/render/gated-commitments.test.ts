import { describe, expect, it } from 'vitest';
import { findOwnCommitment } from './gated-commitments.js';

describe('findOwnCommitment', () => {
  it('finds a promise we make, sentence by sentence', () => {
    expect(findOwnCommitment('Thanks for waiting.\nWe will have it fixed by Thursday.')?.kind).toBe('eta');
  });

  it('ignores the customer’s question reported back and words in quotes', () => {
    const text =
      'You also asked: will the nightly import run before your audit on Thursday? Our next update will answer that.\nYou wrote "we need it by noon".';
    expect(findOwnCommitment(text)).toBeNull();
  });

  it('still finds a promise after a reported question in the same line', () => {
    const text = 'You asked whether the import is affected. We will refund the fee by Monday.';
    expect(findOwnCommitment(text)?.words).toMatch(/by Monday/i);
  });
});
