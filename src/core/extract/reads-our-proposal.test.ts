import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsOurProposal } from './reads-our-proposal.js';

const reads = (text: string): boolean => {
  const [sentence] = analyze(text).sentences;
  if (!sentence) throw new Error(`no sentence in ${text}`);
  return readsOurProposal(sentence);
};

describe('readsOurProposal', () => {
  it.each([
    'Could we credit them the setup fee as a gesture?',
    'We should refund the second charge.',
    "Let's offer them a free month.",
    'Can we at least discount the next invoice?',
  ])('our side weighing a step: %s', (text) => {
    expect(reads(text)).toBe(true);
  });

  it.each([
    'The customer wants a refund for March.',
    'She asked if we could refund the duplicate charge.',
    'Could you send us the invoice number?',
    'I want my money back.',
    'We refunded the duplicate charge yesterday.',
    'If we can reproduce it, we will refund the fee.',
    'We could not waive the fee last time either.',
    'Send the receipt so we can match the refund.',
  ])('not our proposal: %s', (text) => {
    expect(reads(text)).toBe(false);
  });
});
