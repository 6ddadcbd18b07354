import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsPrecaution } from './reads-precaution.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsPrecaution(s));

describe('readsPrecaution: only asks someone to refrain', () => {
  it.each([
    'Please tell your staff not to reboot the devices until we confirm.',
    'In the meantime, avoid re-running the import.',
    'Please hold off on restarting the sync.',
    "Please don't delete the failed jobs, we need them for the investigation.",
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    // another way offered
    "Don't use Safari for now; use Chrome instead.",
    'In the meantime, you can export in smaller batches.',
    'Use the desktop app until the fix ships.',
    'You can avoid the error by splitting the file.',
    // a workaround stated, then limited: no instruction
    "For web there is a workaround, but that doesn't work on mobile.",
    // a wish, not an instruction
    "I don't want each report to run the same query.",
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
