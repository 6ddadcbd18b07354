import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsFineAfter, readsOthersFine } from './reads-others-fine.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsOthersFine(s));

describe('readsOthersFine: the other customers named are fine or not affected', () => {
  it.each([
    'The remaining tenants on that shard look healthy.',
    'Every other region stays stable since the failover.',
    'Their sister accounts sync as usual.',
    'Only the Lisbon workspace shows the drop in volume.',
    'The other two resellers are not impacted by the rename.',
    'Nobody else on the cluster has reported it.',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    // being well denied
    'The other franchises are not fine either, they see the same banner.',
    // "only" restricting to a share, not singling one out
    'Only some resellers see the banner.',
    'Only 4 shops have the wrong tax line.',
    // a condition or a question asserts nothing
    'If the other tenants look healthy we can close the incident.',
    'Are the other stores unaffected?',
    // affected, said plainly
    'Three other schools hit the same import error on Monday.',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});

describe('readsFineAfter: the predicate after a counted noun says fine', () => {
  const fineAfter = (text: string, noun: string): boolean => {
    const s = analyze(text).sentences[0];
    if (!s) throw new Error('no sentence');
    return readsFineAfter(
      s,
      s.tokens.findIndex((t) => t.normal === noun),
    );
  };

  it.each([
    ['The 75 shops with their own contract are unaffected.', 'shops'],
    ['The other 40 tenants are not affected.', 'tenants'],
    ['The remaining 90 accounts run as usual.', 'accounts'],
  ] satisfies [string, string][])('reads %j', (text, noun) => expect(fineAfter(text, noun)).toBe(true));

  it.each([
    ['About 900 shops cannot print a label.', 'shops'],
    ['12 accounts are affected.', 'accounts'],
    ['30 accounts cannot sync normally.', 'accounts'],
    // the state belongs to another clause
    ['5 clinics reported it and the others are fine.', 'clinics'],
    ['Are the 12 accounts unaffected?', 'accounts'],
  ] satisfies [string, string][])('does not read %j', (text, noun) =>
    expect(fineAfter(text, noun)).toBe(false),
  );
});
