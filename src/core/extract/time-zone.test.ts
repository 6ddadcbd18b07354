import { describe, expect, it } from 'vitest';
import { statedZone } from './time-zone.js';

describe('statedZone', () => {
  it.each([
    ['It started around 6:40am Melbourne time.', 'Australia/Melbourne'],
    ['Someone signed in on Saturday at 02:50 at night (Oslo time).', 'Europe/Oslo'],
    ['We go live at 9:00 New York time on Monday.', 'America/New_York'],
    ['Payroll closes at 5pm AEST.', 'Australia/Brisbane'],
    ['The job ran at 14:05 CET and failed.', 'Etc/GMT-1'],
    ['It broke around 8am Lisbon local time.', 'Europe/Lisbon'],
  ])('reads the zone of %j', (text, zone) => {
    expect(statedZone(text)).toBe(zone);
  });

  it.each([
    'The IT team saw it at 10 AM today.',
    'Since Tuesday the API returns 500s.',
    'It is time to fix this.',
    'We lost time on the SSO setup.',
  ])('finds no zone in %j', (text) => {
    expect(statedZone(text)).toBeNull();
  });

  it('takes the hint for "their time" and "local time"', () => {
    expect(statedZone('doubled since Tue morning their time', 'Europe/Paris')).toBe('Europe/Paris');
    expect(statedZone('at 7am local time', 'Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(statedZone('at 7am local time')).toBeNull();
  });
});
