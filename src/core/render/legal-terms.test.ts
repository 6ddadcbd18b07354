import { describe, expect, it } from 'vitest';
import { namesLegalTerm, neutralTopic } from './legal-terms.js';

describe('namesLegalTerm', () => {
  it('reads a legal characterisation, in any inflection', () => {
    expect(namesLegalTerm('Your team was negligent with our records.')).toBe(true);
    expect(namesLegalTerm('We hold you liable for the lost weekend.')).toBe(true);
    expect(namesLegalTerm('This breaches the agreement we signed.')).toBe(true);
  });

  it('leaves ordinary support words alone, including technical "illegal"', () => {
    expect(namesLegalTerm('The export fails with an illegal character in the file name.')).toBe(false);
    expect(namesLegalTerm('Our legal team asked for the invoice.')).toBe(false);
    expect(namesLegalTerm('The sync broke after the update.')).toBe(false);
  });
});

describe('neutralTopic', () => {
  it('names a data breach question by what happened and the data involved', () => {
    expect(neutralTopic('Do we have to notify anyone about this breach?')).toBe(
      'what we can tell you about what happened and the data involved',
    );
    expect(neutralTopic('Was our customer data handled unlawfully?')).toBe(
      'what we can tell you about what happened and the data involved',
    );
  });

  it('names a breach of an agreement or a liability question by what happened only', () => {
    expect(neutralTopic('Is this a breach of our service agreement?')).toBe(
      'what we can tell you about what happened',
    );
    expect(neutralTopic('Are you liable for the missed shipments?')).toBe(
      'what we can tell you about what happened',
    );
  });

  it('is null when no legal term is named', () => {
    expect(neutralTopic('When will the shipments go out?')).toBeNull();
  });
});
