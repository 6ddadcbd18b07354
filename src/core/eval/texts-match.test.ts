import { describe, expect, it } from 'vitest';
import { contentWords } from './content-words.js';
import { stem } from './stem.js';
import { textsMatch } from './texts-match.js';

describe('stem', () => {
  it.each([
    ['rotated', 'rotate'],
    ['synced', 'syncing'],
    ['orders', 'order'],
    ['replies', 'reply'],
    ['stopped', 'stop'],
    ['customer’s', 'customer'],
    ['caches', 'cache'],
  ] satisfies [string, string][])('gives %s and %s the same stem', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it('keeps tokens with digits unchanged, so versions and codes compare exactly', () => {
    expect(stem('r2026.10.13')).toBe('r2026.10.13');
    expect(stem('413s')).toBe('413s');
  });

  it('does not reduce short or vowel-less bases', () => {
    expect(stem('bed')).toBe('bed');
    expect(stem('string')).toBe('string');
  });
});

describe('contentWords', () => {
  it('drops stop words and lone letters, lower-cases and stems', () => {
    expect(contentWords('The customer rotated a key and it is still failing')).toEqual([
      'customer',
      'rotat',
      'key',
      'fail',
    ]);
  });

  it('removes thousands separators and keeps versions whole', () => {
    expect(contentWords('20,000 rows since release 2026.11.2')).toEqual([
      '20000',
      'row',
      'releas',
      '2026.11.2',
    ]);
  });

  it('splits hyphenated words', () => {
    expect(contentWords('dead-letter queue')).toEqual(['dead', 'letter', 'queu']);
  });
});

describe('textsMatch', () => {
  const GOLD = 'rotated the API key'; // content words: rotat, api, key

  it('matches a rewording that shares all content words', () => {
    expect(textsMatch(GOLD, 'Customer rotated their API keys; no change')).toBe(true);
  });

  it('matches at exactly half of the gold content words', () => {
    // gold has 4 content words: cleared, connector, cache, twice → 2 shared is enough
    expect(textsMatch('cleared connector cache twice', 'cache cleared')).toBe(true);
  });

  it('does not match below half', () => {
    expect(textsMatch('cleared connector cache twice', 'the cache was fine')).toBe(false);
    expect(textsMatch(GOLD, 'rotated the password')).toBe(false);
  });

  it('ignores stop words when counting', () => {
    // "is there anything we can do" is all stop words except "anything"
    expect(
      textsMatch('Is there anything at all we can do from our side?', 'anything to change on their side'),
    ).toBe(true);
  });

  it('compares numbers exactly', () => {
    expect(textsMatch('batch size 250', 'batch size 100')).toBe(true); // 2 of 3
    expect(textsMatch('250 to 100', '250 to 50')).toBe(true); // 1 of 2
    expect(textsMatch('250 to 100', '25 to 10')).toBe(false);
  });

  it('falls back to containment when the gold holds only stop words', () => {
    expect(textsMatch('what is it', 'So what is it then?')).toBe(true);
    expect(textsMatch('what is it', 'nothing')).toBe(false);
  });
});

describe('contentWords joiners', () => {
  it('keeps host names, dates and times whole but splits word/word', () => {
    expect(contentWords('disconnected/reconnected orders_db.3 on 11/17 at 14:00')).toEqual([
      'disconnect',
      'reconnect',
      'orders_db.3',
      '11/17',
      '14:00',
    ]);
  });
});
