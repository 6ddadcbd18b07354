import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsNoWayRound } from './reads-no-way-round.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsNoWayRound(s));

describe('readsNoWayRound: there is no way round', () => {
  it.each([
    'Sadly there is no known workaround for shared calendars.',
    'We have no fallback if the card terminal is down.',
    'No plan B on our side, the tills are all on that build.',
    'Our drivers have no other way to sign in.',
    'The locked accounts have no way in at all.',
    'Nothing the clinic can do until the certificate is renewed.',
    'There is nothing an admin can switch off to stop it.',
    'Nothing they can change on their end.',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    'There is no way to tell which invoice went out first.',
    'The fallback printer works fine.',
    'No errors in the log since the restart.',
    'They can do nothing about the delay, they said.',
    'There is nothing I can tell you yet.',
    'Is there nothing they can switch off?',
    // real tracker sentences (NLBSE issue bodies): a missing feature, a doubt
    'Unfortunately there is still no way to inject HTML without a wrapping tag.',
    "It wasn't until I tried to uninstall it that I saw a warning that the C# extension depends on it, I had no other way of knowing.",
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
