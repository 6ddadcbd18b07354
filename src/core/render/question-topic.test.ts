import { describe, expect, it } from 'vitest';
import { topicOf, topicSpan } from './question-topic.js';

describe('topicOf', () => {
  it('names the heaviest noun phrase in our voice, across a preposition', () => {
    expect(topicOf('What did you do to our billing settings?')).toBe('your billing settings');
    expect(topicOf('Who pays the shipping of the replaced scanners')).toBe(
      'the shipping of the replaced scanners',
    );
  });

  it('runs on through a bare noun phrase after "of"', () => {
    expect(topicOf('Can you send the full list of invoices that bounced?')).toBe('the full list of invoices');
    expect(topicOf('Who approves the return of damaged pallets?')).toBe('the return of damaged pallets');
  });

  it('keeps the pronouns of a question already said back', () => {
    expect(topicOf('why we changed your billing settings', { said: true })).toBe('your billing settings');
  });

  it('stops before a verb the tagger reads as a noun, and names nothing when only pronouns are there', () => {
    expect(topicOf('why must we pay when your sensor stops to work?', { last: true })).toBe('our sensor');
    expect(topicOf('But why you not tell us that this is needed?')).toBeNull();
  });

  it('gives the last phrase as written, for a pronoun that points back', () => {
    expect(topicSpan('The auditors want the login history from March', { last: true })).toBe(
      'the login history',
    );
  });
});
