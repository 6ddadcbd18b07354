import { describe, expect, it } from 'vitest';
import { resolveIt } from './resolve-it.js';

describe('resolveIt', () => {
  it('names what "it" was in a recent statement', () => {
    expect(
      resolveIt('they deleted it already', ['Invoice 2231 was voided on Monday.', 'Nobody told us.']),
    ).toBe('they deleted Invoice 2231 already');
    expect(resolveIt('QA signed it off', ['The 7.1 build is ready.'])).toBe('QA signed The 7.1 build off');
  });

  it('leaves "it" alone when no earlier statement names a thing', () => {
    expect(resolveIt('they saw it', ['It was late.', 'The team is busy.'])).toBe('they saw it');
    expect(resolveIt('they saw it', [])).toBe('they saw it');
    expect(resolveIt('the export ran', ['Report 12 is ready.'])).toBe('the export ran');
  });
});
