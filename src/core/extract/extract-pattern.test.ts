import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { namesOtherAccounts } from './extract-pattern.js';

const names = (text: string): boolean => namesOtherAccounts(text, analyze(text).sentences[0]);

describe('namesOtherAccounts: a pattern across accounts names several accounts', () => {
  it.each([
    'Two other customers reported the same sync failure this week.',
    'Another tenant opened a ticket about the invoice totals.',
    'We have 4 other tickets about the broken export.',
    "Other customers' exports failed the same night.",
    'Since Monday 6 customers email us every day about the totals.',
  ])('other accounts as the head of their phrase: %s', (text) => {
    expect(names(text)).toBe(true);
  });

  it.each([
    'Each of these steps needs the owner (or another account admin) to sign in.',
    'All four require another customer success manager on the call.',
    'Move the thread to another ticket queue for billing.',
  ])('a role or a thing one account has, named with an account word: %s', (text) => {
    expect(names(text)).toBe(false);
  });
});
