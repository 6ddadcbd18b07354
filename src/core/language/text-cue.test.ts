import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { textCue } from './text-cue.js';

const LEMMAS = ['choose', 'approve', 'apply'];
const NORMALS = ['up', 'approval'];
const cue = textCue(LEMMAS, NORMALS);

// what the cue stands in for: a token with one of the lemmas or normal forms
const holds = (text: string): boolean =>
  analyze(text).sentences.some((s) =>
    s.tokens.some((t) => LEMMAS.includes(t.lemma || t.normal) || NORMALS.includes(t.normal)),
  );

describe('textCue', () => {
  it('matches every inflection the lemmatizer maps back, irregular forms included', () => {
    const texts = [
      'The admins chose the older plan.',
      'It was chosen last week.',
      'She is choosing between the two.',
      'Finance approved the credit.',
      'They applied the patch twice.',
      'It applies to every tenant.',
      'We are waiting for approval.',
      'Whether to roll back is UP to them.',
    ];
    for (const text of texts) {
      expect(holds(text)).toBe(true);
      expect(cue.test(text)).toBe(true);
    }
  });

  it('does not match a text without those words, nor a normal form inside a longer word', () => {
    for (const text of ['The support team set nothing.', 'Please update the setup.']) {
      expect(holds(text)).toBe(false);
      expect(cue.test(text)).toBe(false);
    }
  });

  it('matches nothing when given no words', () => {
    expect(textCue([]).test('anything at all')).toBe(false);
  });

  it('matches a plural in -men, which the lemmatizer reads as the -man lemma', () => {
    const [sentence] = analyze('The chairmen signed off.').sentences;
    expect(sentence?.tokens.some((t) => t.lemma === 'chairman')).toBe(true);
    expect(textCue(['chairman']).test('The chairmen signed off.')).toBe(true);
    expect(textCue(['chairman']).test('The chairs signed off.')).toBe(false);
  });
});
