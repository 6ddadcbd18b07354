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

  // the shared clause and reported-speech readers decide, clause by clause, not the whole sentence
  it.each([
    'If the charge really doubled, we should refund the second one.',
    'How can we make the missed delivery up to them?',
    'I think we should credit them a month.',
    'It looks like we could waive the setup fee.',
  ])('a proposal in a clause of its own, whatever stands around it: %s', (text) => {
    expect(reads(text)).toBe(true);
  });

  it.each([
    "Let's say the export holds three rows.",
    'Attach the invoice id so that we can match the payment.',
    'The voucher that we can offer covers one month.',
    'Make sure we can reverse the charge before Friday.',
    'The owner asked for a refund, can we give one?',
    'He is wondering whether we might credit the fee.',
    'They want to know if we can waive the late fee.',
  ])('a condition, purpose, relative clause or relayed ask: %s', (text) => {
    expect(reads(text)).toBe(false);
  });
});
