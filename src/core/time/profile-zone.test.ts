import { describe, expect, it } from 'vitest';
import { zoneOfOffset, zoneOfProfile } from './profile-zone.js';

describe('zoneOfProfile', () => {
  it.each([
    ['Europe/Dublin', 'Europe/Dublin'],
    ['America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['Eastern Time (US & Canada)', 'America/New_York'],
    ['Pacific Time (US & Canada)', 'America/Los_Angeles'],
    ['Berlin', 'Europe/Berlin'],
    ['Zagreb', 'Europe/Zagreb'],
    ['Dublin, Ireland', 'Europe/Dublin'],
    ['Gothenburg, O, Sweden', 'Europe/Stockholm'],
    ['Osaka', 'Asia/Tokyo'],
    ['Bristol, ENG, United Kingdom', 'Europe/London'],
    ['Etc/UTC', 'UTC'],
    ['UTC', 'UTC'],
  ])('%j → %s', (raw, zone) => {
    expect(zoneOfProfile(raw)).toBe(zone);
  });

  // a country with several zones names none: never guess
  it.each(['', 'Atlantis', 'Europe/Nowhere', 'Earth', 'Springfield, IL, United States', 42, null])(
    'names no zone in %j',
    (raw) => {
      expect(zoneOfProfile(raw)).toBeNull();
    },
  );
});

describe('zoneOfOffset', () => {
  it.each([
    ['+0100', 'Etc/GMT-1'],
    ['-05:00', 'Etc/GMT+5'],
    ['+0000', 'UTC'],
    ['Z', 'UTC'],
    ['+0530', null],
    ['+1500', null],
  ])('%s → %s', (raw, zone) => {
    expect(zoneOfOffset(raw)).toBe(zone);
  });
});
