import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { isRepeatContact } from './repeat-contact.js';

const first = (text: string) => {
  const s = analyze(text).sentences[0];
  if (!s) throw new Error(`no sentence in ${text}`);
  return s;
};

describe('isRepeatContact with a person named by a noun or a name', () => {
  it.each([
    'The tenant phoned again this morning about the heating.',
    'Our client emailed again after lunch.',
    'Marguerite called again this afternoon.',
    'Her manager wrote again after the meeting.',
  ])('a person contacting again repeats the contact: %j', (text) => {
    expect(isRepeatContact(first(text))).toBe(true);
  });

  it.each([
    'The sync job emailed the whole list again this morning.',
    'The webhook called our endpoint again after the fix.',
    'The printer failed again this morning.',
  ])('a thing acting or failing again is the problem again: %j', (text) => {
    expect(isRepeatContact(first(text))).toBe(false);
  });
});
