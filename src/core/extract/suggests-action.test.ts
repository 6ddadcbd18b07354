import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { suggestsAction } from './suggests-action.js';

const reads = (text: string): boolean => analyze(text).sentences.some(suggestsAction);

describe('suggestsAction', () => {
  it.each([
    'And maybe refund the setup fee to keep them happy?',
    'perhaps restart the sync worker first?',
    'maybe try a different browser?',
    'Or possibly change the retention setting for them?',
  ])('reads a hedged suggestion of what to do: %s', (text) => {
    expect(reads(text)).toBe(true);
  });

  it.each([
    // a subject after the hedge: a theory about the cause
    'maybe the proxy strips the header',
    "maybe it's the cache again",
    'perhaps expired certificates on the relay',
    // a lone word the tagger reads as a verb names nothing to act on
    'maybe bug?',
    'Maybe worth checking the cache.',
  ])('reads no suggestion in: %s', (text) => {
    expect(reads(text)).toBe(false);
  });
});
