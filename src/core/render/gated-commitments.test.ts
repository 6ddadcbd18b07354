import { describe, expect, it } from 'vitest';
import { findActionCommitment, findOwnCommitment, findPendingApproval } from './gated-commitments.js';

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

describe('findActionCommitment', () => {
  it.each([
    [
      'Good news: we can remove the seat limit on your workspace.',
      'we can remove the seat limit on your workspace',
    ],
    ["I'll extend the grace period for your accounts.", "I'll extend the grace period for your accounts"],
    [
      'We will exempt your kiosk users from the new login rule.',
      'We will exempt your kiosk users from the new login rule',
    ],
  ])('reads the action we commit to in "%s"', (sentence, action) => {
    expect(findActionCommitment(sentence)).toBe(action);
  });

  it.each([
    'We will keep you posted as we learn more.',
    'We will update you tomorrow.',
    'We cannot remove the seat limit.',
    'Can we remove the seat limit?',
    'If billing agrees, we can remove the seat limit.',
    'You can remove the seat limit in the admin console.',
    'We might remove the seat limit.',
  ])('finds no action commitment in "%s"', (sentence) => {
    expect(findActionCommitment(sentence)).toBeNull();
  });
});

describe('findPendingApproval', () => {
  it('reads our side saying an action waits on a named team', () => {
    expect(findPendingApproval('Any change to the seat cap requires finance approval.')).toEqual({
      team: 'finance',
    });
  });

  it('reads an approval that is not the speaker’s to give', () => {
    expect(findPendingApproval('Fine by me technically, but it is not mine to approve.')).toEqual({
      team: null,
    });
  });

  it('is null when nothing waits on approval', () => {
    expect(findPendingApproval('Raised the seat cap for them this morning, all good.')).toBeNull();
  });
});
