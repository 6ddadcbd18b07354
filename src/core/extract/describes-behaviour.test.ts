import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { describesBehaviour } from './describes-behaviour.js';

const one = (text: string) => {
  const [sentence] = analyze(text).sentences;
  if (!sentence) throw new Error(`no sentence in ${text}`);
  return sentence;
};

describe('describesBehaviour', () => {
  it.each([
    'The importer reads the first sheet instead of the one you pick.',
    'The scheduler runs every job twice instead of once.',
    'Since 3.2 the widget loads all rows instead of the first page, so it times out.',
  ])('what a thing does instead: %j', (text) => {
    expect(describesBehaviour(one(text))).toBe(true);
  });

  it.each([
    // a way around it: a person, a modal, a request, "use", an imperative
    'You can upload the CSV instead of the XLSX.',
    'Use the desktop app instead of the browser.',
    'We have been sending the files by e-mail instead of the upload form.',
    'Please export each month instead of the whole year.',
    'The team uses the API instead of the UI for now.',
    // no "instead of", or a question
    'Upload the CSV instead.',
    'Should they upload the CSV instead of the XLSX?',
  ])('not a description of behaviour: %j', (text) => {
    expect(describesBehaviour(one(text))).toBe(false);
  });
});
