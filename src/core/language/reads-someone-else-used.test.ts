import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { readsSomeoneElseUsed } from './reads-someone-else-used.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsSomeoneElseUsed(s));

describe('readsSomeoneElseUsed: a login used by someone not its holder', () => {
  it.each([
    'Either her login got used by somebody else or something worse happened.',
    'Someone else logged in with my password yesterday.',
    'My account was accessed by somebody else.',
    'I think somebody else is using our admin account.',
    'Someone else might have used my login.',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    // a service, not a person
    'The token was used by another service.',
    // denied, asked
    'Nobody else used that account.',
    'Did someone else use your login?',
    'Can someone else log in and check?',
    // a colleague, or what may happen
    'Someone else on my team can use the account too.',
    'Someone else needs to log in to approve it.',
    // no credential
    'Somebody else will look at the export tomorrow.',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
