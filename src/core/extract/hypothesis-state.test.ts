import { describe, expect, it } from 'vitest';
import { hypothesisSupport } from './hypothesis-state.js';

describe('hypothesisSupport', () => {
  it.each([
    'Found it: the cron container runs in UTC while the tenant is on Pacific time.',
    'Ops has the root cause: the 6.2 agent writes its lock file into a read-only volume.',
    'Release 8.3 switched the CSV parser to strict quoting, so rows with stray quotes are rejected.',
    'Reproduced on staging with their file: the import stops at row 501.',
  ])('reads %j as confirmed', (text) => {
    expect(hypothesisSupport(text)).toBe('confirmed');
  });

  it.each([
    'Not confirmed yet, but the diff suggests the 8.3 parser dropped lenient quoting.',
    "We haven't reproduced it; the parser drops the header row on their file.",
  ])('never reads a denied confirmation %j as confirmed', (text) => {
    expect(hypothesisSupport(text)).not.toBe('confirmed');
  });

  it('reads a release that merely went out, or a hedge, as no confirmation', () => {
    expect(hypothesisSupport('Release 8.3 went out on Monday night.')).toBe('stated');
    expect(hypothesisSupport('The 8.3 release probably changed the parser.')).toBe('guessed');
  });
});
