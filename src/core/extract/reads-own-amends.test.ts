import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsOwnAmends } from './reads-own-amends.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsOwnAmends(s));

describe('readsOwnAmends: the customer refunded their own people', () => {
  it.each([
    'We had to refund three of our clients for the missed sessions.',
    'I refunded them both out of my own pocket.',
    "We've already credited our customers for the outage.",
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    'We want a refund for the last two months.',
    'We would like to be refunded.',
    'We expect you to refund the difference.',
    'I need you to credit our account.',
    'Please refund us.',
    'We have not refunded anyone yet.',
    'Can we get a refund?',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
