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

  it('reads no loss where the thread counts none of them, then or later', () => {
    expect(lost('Batch 7 ran overnight: 480 rows imported, 0 skipped rows.')).toBeNull();
    const items = makeExtractContext([
      { text: 'Worried about dropped invoices from the Tuesday outage.' },
      { text: 'Reconciled the bucket: every file is there, no dropped invoices.', role: 'support' },
    ]).items;
    expect(lostThings(items)).toBeNull();
  });

  it('still names a loss the thread counts later as not yet recovered', () => {
    const items = makeExtractContext([
      { text: 'We have dropped invoices since Tuesday.' },
      { text: 'No dropped invoices were restored yet, the job is queued.', role: 'support' },
    ]).items;
    expect(lostThings(items)?.what).toBe('dropped invoices');
  });
});
