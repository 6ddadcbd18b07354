import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { nounPhrases } from './noun-phrases.js';
import { resolveReference } from './resolve-reference.js';

const earlier = (text: string) => analyze(text).sentences;

describe('nounPhrases', () => {
  it('reads determiner, modifiers and head, hyphenated words whole', () => {
    const [s] = analyze('A per-store discount switch would take a week.').sentences;
    const phrases = nounPhrases(s as NonNullable<typeof s>);
    expect(phrases[0]).toMatchObject({ text: 'A per-store discount switch', head: 'switch', modifiers: 2 });
  });
});

describe('resolveReference', () => {
  it('gives "one" the noun of the nearest phrase, keeping its own modifiers', () => {
    expect(
      resolveReference(
        'Should we open a billing one?',
        earlier('The status page still shows the old invoices incident.'),
      ),
    ).toBe('Should we open a billing incident?');
  });

  it('gives a bare noun the modifiers it had earlier', () => {
    expect(
      resolveReference(
        'Can finance approve a switch?',
        earlier('A per-store discount switch would take a week of work.'),
      ),
    ).toBe('Can finance approve a per-store discount switch?');
  });

  it('keeps an object pronoun as written when the conversation has something it may point to', () => {
    expect(
      resolveReference('Did ops revert it?', earlier('Ops shipped the new rate limiter on Tuesday.')),
    ).toBe('Did ops revert it?');
  });

  it('leaves a question that points at nothing, and drops one whose pointer finds nothing', () => {
    expect(resolveReference('Could it be the proxy?', earlier('Ops shipped the new rate limiter.'))).toBe(
      'Could it be the proxy?',
    );
    expect(resolveReference('Did they roll it back?', earlier('Nothing to see.'))).toBeNull();
    // "do it" stands for an action, which no noun phrase names
    expect(
      resolveReference('Will Dana decide whether we do it?', earlier('The new limiter is ready.')),
    ).toBeNull();
  });
});
