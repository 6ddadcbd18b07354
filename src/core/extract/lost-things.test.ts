import { describe, expect, it } from 'vitest';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { lostThings } from './lost-things.js';

const lost = (text: string) => lostThings(makeExtractContext([{ text }]).items)?.what ?? null;

describe('lostThings', () => {
  it('names the lost things a loss word qualifies', () => {
    expect(lost('Since Monday the skipped payroll exports have not been resent.')).toBe(
      'skipped payroll exports',
    );
    expect(lost('Are the dropped invoices gone for good?')).toBe('dropped invoices');
  });

  it('reads no loss in time spans, stand-in words or a loss word with no noun', () => {
    expect(lost('It has been failing for days and the missing ones are back.')).toBeNull();
    expect(lost('The import failed twice.')).toBeNull();
  });
});
