import { describe, expect, it } from 'vitest';
import { zoneForFile, zoneInText } from './file-zone.js';

describe('zoneInText', () => {
  it.each([
    ['copied from #ops-triage, Thu 4 Mar 2027, times Europe/London', 'Europe/London'],
    ['pasted from #billing-desk on Fri 12 Feb 2027, times US Eastern', 'America/New_York'],
    ['server clock is UTC', 'UTC'],
    ['times in PST', 'Etc/GMT+8'],
    ['all times UK time', 'Europe/London'],
    ['times Melbourne', 'Australia/Melbourne'],
    ['pasted by Sydney from #ops', null],
    ['exported from Grafana by Mateus, tenant t_90114', null],
    ['see Harrow/Finch notes', null],
  ] satisfies [string, string | null][])('reads %j as %s', (text, zone) => {
    expect(zoneInText(text)).toBe(zone);
  });
});

describe('zoneForFile', () => {
  const manifest = {
    people: [],
    files: { 'logs/app.log': 'times Asia/Tokyo', 'other.log': 'no zone here' },
    timezone: 'Europe/Paris',
  };

  it('prefers the zone in the file note, matching by path or base name, else the manifest zone', () => {
    expect(zoneForFile('logs/app.log', manifest)).toBe('Asia/Tokyo');
    expect(zoneForFile('other.log', manifest)).toBe('Europe/Paris');
    expect(zoneForFile('unlisted.log', manifest)).toBe('Europe/Paris');
    expect(zoneForFile('x.log', undefined)).toBeUndefined();
  });
});
