import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { carriesOn, concludesOnly, leansBack } from './explanation-unit.js';

const one = (text: string) => {
  const s = analyze(text).sentences[0];
  if (!s) throw new Error(`no sentence in ${text}`);
  return s;
};

describe('carriesOn', () => {
  it.each([
    ['The 3.1 release moved sessions into Redis.', 'So the old cookie store is never read again.'],
    ['The nightly job renames the export folder.', 'It then writes into a folder nobody reads.'],
    [
      'The importer trims every cell before parsing.',
      'For postcodes the importer also strips the leading zeros.',
    ],
    ['The limit was set to 2 MB.', '2 MB, not 20.'],
    ['The proxy rewrites the host header.', 'Because of that the callback URL no longer matches.'],
  ])('reads %j then %j as one explanation', (prev, next) => {
    expect(carriesOn(one(prev), one(next))).toBe(true);
  });

  it.each([
    ['The 3.1 release moved sessions into Redis.', 'Marketing wants a date for the newsletter.'],
    [
      'The importer trims every cell before parsing.',
      'Customer success has a call with them on Friday at noon about renewal.',
    ],
  ])('reads %j then %j as two points', (prev, next) => {
    expect(carriesOn(one(prev), one(next))).toBe(false);
  });
});

describe('leansBack and concludesOnly', () => {
  it('knows a sentence that points back from one that starts afresh', () => {
    expect(leansBack(one('So every retry lands on the same shard.'))).toBe(true);
    expect(leansBack(one('This is why the graph flattens at noon.'))).toBe(true);
    expect(leansBack(one('The scheduler skips paused tenants.'))).toBe(false);
  });

  it('takes a short bare conclusion for one that adds nothing', () => {
    expect(concludesOnly(one('So not random.'))).toBe(true);
    expect(concludesOnly(one('So every retry lands on the same shard, which then throttles.'))).toBe(false);
  });
});
