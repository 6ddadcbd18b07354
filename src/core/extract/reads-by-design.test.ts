import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsByDesign } from './reads-by-design.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsByDesign(s));

describe('readsByDesign: a behaviour said to be meant', () => {
  it.each([
    'The daily cap was a deliberate choice by our compliance team.',
    'The 10-hour cap was a deliberate night-shift safety ask from two large accounts, so it stays.',
    'The limit is intentional, so we are keeping it.',
    'We did this on purpose.',
    'It deliberately closes open shifts after ten hours.',
    'The export was designed that way.',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    'This was not deliberate.',
    'Was this intentional?',
    'I think it may be intentional.',
    'Just wanted to make sure this is intentional.',
    'That looks like a deliberate attack on the login page.',
    'If that was intentional, we should document it.',
    'I deliberately left the ticket open over the weekend.',
    'The page is designed to help new users.',
    'The toolbar was ad hoc rather than designed that way.',
    'Classification = Intentional Action = Ignore.',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
