import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsFailedTry } from './reads-failed-try.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsFailedTry(s));

describe('readsFailedTry: something tried did not help', () => {
  it.each([
    'We reinstalled the driver, it did not help.',
    "Switching browsers doesn't fix it.",
    'Rebooted the router, no difference.',
    'Tried the other card reader: no luck.',
    'We logged out and in again and it is still failing.',
    'The sync is still not running after the restart.',
    'Same error on every till.',
    'Cleared the queue but we get the same message.',
    'Turning the toggle off made it worse.',
    // real tracker sentences (NLBSE issue bodies)
    'I have tried disabling all the extensions and it still happens.',
    "I've tried all kinds of terminal but same issue.",
    "Tried a lot of other things (-rescan, etc) that didn't work.",
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    'Retrying the same request usually works.',
    'Both stores opened at the same time.',
    'The tablet still works offline.',
    'The report cannot be changed after it is sent.',
    "We don't know how to solve this on our side.",
    // real tracker sentences (NLBSE issue bodies)
    'Patch to opencv_extra has the same branch name.',
    "Obviously, I don't want each panel to run the same query on its own.",
    'The same goes for removing one of the conditionals above the hook.',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
