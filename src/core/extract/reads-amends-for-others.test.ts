import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsAmendsForOthers } from './reads-amends-for-others.js';

const first = (text: string) => {
  const s = analyze(text).sentences[0];
  if (!s) throw new Error(`no sentence in ${text}`);
  return s;
};

describe('readsAmendsForOthers', () => {
  it.each([
    'My tenant keeps asking when his deposit refund arrives.',
    'One of our subscribers wants to know where their refund went.',
    "The patient's refund has not reached her card.",
    'Can you refund my customers for the duplicate order emails?',
    "I've been crediting them the fee out of my own pocket.",
  ])('in the customer’s words, amends owed to someone else: %j', (text) => {
    expect(readsAmendsForOthers(first(text), true)).toBe(true);
  });

  it.each([
    'Please refund my order.',
    'We want our setup fee refunded.',
    'Refund us the difference, please.',
    'Where is my refund?',
  ])('in the customer’s words, amends for the customer: %j', (text) => {
    expect(readsAmendsForOthers(first(text), true)).toBe(false);
  });

  it.each([
    'The platform refunds the shopper once the dispute closes.',
    "Your guests' refunds go out on Monday.",
  ])('in our words, amends to a party of the customer’s or one we name apart: %j', (text) => {
    expect(readsAmendsForOthers(first(text), false)).toBe(true);
  });

  it.each([
    'She wants her refund by Friday.',
    'He is asking us to refund the customer the annual fee.',
    "The customer's refund is above my limit.",
  ])('in our words, "she", "her" and "the customer" are the customer: %j', (text) => {
    expect(readsAmendsForOthers(first(text), false)).toBe(false);
  });
});
