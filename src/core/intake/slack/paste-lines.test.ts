import { describe, expect, it } from 'vitest';
import { classifyLine, clockMinutes, isNameLike } from './paste-lines.js';

describe('classifyLine', () => {
  it.each([
    ['Kenji Ito  9:40 AM', { kind: 'header', name: 'Kenji Ito', app: false, minutes: 580 }],
    ['Sofia Lindqvist  [9:02 AM]', { kind: 'header', name: 'Sofia Lindqvist', app: false, minutes: 542 }],
    ['PagerBot  APP  10:20 AM', { kind: 'header', name: 'PagerBot', app: true, minutes: 620 }],
    ['Anja Becker  23:52', { kind: 'header', name: 'Anja Becker', app: false, minutes: 1432 }],
    ['Zoë Ångström\t12:05 AM', { kind: 'header', name: 'Zoë Ångström', app: false, minutes: 5 }],
    ['Kenji Ito :palm_tree:  9:40 AM', { kind: 'header', name: 'Kenji Ito', app: false, minutes: 580 }],
    ['Maya Thompson :house_with_garden:', { kind: 'name', name: 'Maya Thompson', app: false }],
    ['10:43', { kind: 'time', minutes: 643, text: '', meridiem: false }],
    ['[9:41\u202fAM]', { kind: 'time', minutes: 581, text: '', meridiem: true }],
    [
      '[9:06 AM]Credits are NOT ours',
      { kind: 'time', minutes: 546, text: 'Credits are NOT ours', meridiem: true },
    ],
    ['Wednesday, November 18th', { kind: 'divider', text: 'Wednesday, November 18th' }],
    ['Yesterday', { kind: 'divider', text: 'Yesterday' }],
    ['4 replies', { kind: 'noise' }],
    ['Last reply 14 hours ago', { kind: 'noise' }],
    ['View thread', { kind: 'noise' }],
    ['Maya Thompson', { kind: 'name', name: 'Maya Thompson', app: false }],
    ['StatusBot APP', { kind: 'name', name: 'StatusBot', app: true }],
  ])('classifies %j', (line, expected) => {
    expect(classifyLine(line)).toEqual(expected);
  });

  it.each([
    'meet at 9:40 AM',
    'the deploy at  9:40 AM broke it, see logs.',
    'ok, will do.',
    'https://status.example.com',
    '25:99',
  ])('reads %j as text, not a header or time', (line) => {
    expect(classifyLine(line).kind).toBe('text');
  });
});

describe('clockMinutes', () => {
  it.each([
    ['12', '05', 'A', 5],
    ['12', '30', 'p', 750],
    ['9', '40', undefined, 580],
    ['13', '00', 'P', null],
    ['24', '00', undefined, null],
  ] satisfies [string, string, string | undefined, number | null][])(
    '%s:%s %s → %s',
    (h, m, mer, expected) => {
      expect(clockMinutes(h, m, mer)).toBe(expected);
    },
  );
});

describe('isNameLike', () => {
  it('accepts initials and non-ASCII names, rejects sentences and long lines', () => {
    expect(isNameLike('Josef K.')).toBe(true);
    expect(isNameLike('Rishi हिन्दी')).toBe(true);
    expect(isNameLike('this is a much longer line than any name would be')).toBe(false);
    expect(isNameLike('done.')).toBe(false);
  });
});
