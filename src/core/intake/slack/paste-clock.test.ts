import { describe, expect, it } from 'vitest';
import { ManifestSchema } from '../../model/manifest.js';
import { dayFromText, pasteClock } from './paste-clock.js';

describe('dayFromText', () => {
  it('reads a written day with its year', () => {
    expect(dayFromText('copied from #ops-triage, Thu 4 Mar 2027, times Europe/London', null)).toEqual({
      year: 2027,
      month: 3,
      day: 4,
    });
  });

  it('takes the year from the reference only when the text has none', () => {
    expect(dayFromText('pasted Nov 25', new Date('2026-11-25T16:00:00Z'))).toEqual({
      year: 2026,
      month: 11,
      day: 25,
    });
    expect(dayFromText('pasted Nov 25', null)).toBeNull();
  });

  it('gives a year-less divider with a weekday the year, near the reference, where that weekday falls', () => {
    // 8 Dec 2026 is a Tuesday; 8 Dec 2027 a Wednesday; 3 Jan 2027 a Sunday.
    const reference = new Date('2027-01-04T10:00:00Z');
    expect(dayFromText('Tuesday, December 8th', reference)).toEqual({ year: 2026, month: 12, day: 8 });
    expect(dayFromText('Wednesday, December 8th', reference)).toEqual({ year: 2027, month: 12, day: 8 });
    expect(dayFromText('Sunday, January 3rd', reference)).toEqual({ year: 2027, month: 1, day: 3 });
    expect(dayFromText('Tue, Dec 8', reference)).toEqual({ year: 2026, month: 12, day: 8 });
  });

  it('keeps a year-less divider without any reference, and a relative one, undated', () => {
    expect(dayFromText('Tuesday, December 8th', null)).toBeNull();
    expect(dayFromText('Yesterday', new Date('2027-01-04T10:00:00Z'))).toBeNull();
    expect(dayFromText('Today', new Date('2027-01-04T10:00:00Z'))).toBeNull();
  });

  it('never guesses a day from a vague word', () => {
    expect(dayFromText('pasted from #ops, times Europe/Berlin', null)).toBeNull();
  });
});

describe('pasteClock', () => {
  it('reads the note of the file (matched by base name) and falls back to manifest.timezone', () => {
    const manifest = ManifestSchema.parse({
      timezone: 'Europe/Paris',
      files: { 'slack-cs.txt': 'pasted from #billing-desk on Fri 12 Feb 2027' },
    });
    expect(pasteClock('handoff/slack-cs.txt', manifest)).toMatchObject({
      day: { year: 2027, month: 2, day: 12 },
      zone: 'Europe/Paris',
      channel: 'billing-desk',
    });
  });

  it('knows nothing without a manifest', () => {
    expect(pasteClock('x.txt', undefined)).toEqual({
      day: null,
      zone: null,
      channel: null,
      note: null,
      reference: null,
    });
  });
});
