import { describe, expect, it } from 'vitest';
import { ViewBodyCache } from './view-body-cache.js';

describe('view body cache', () => {
  it('answers only for the same packet and tag, and forgets the least recently used beyond its bound', () => {
    const cache = new ViewBodyCache(2);
    const body = Buffer.from('{"a":1}');
    cache.set('p1', 'W/"t1"', body);
    expect(cache.get('p1', 'W/"t1"')).toBe(body);
    expect(cache.has('p1', 'W/"t2"')).toBe(false);
    expect(cache.has('p2', 'W/"t1"')).toBe(false);
    cache.set('p2', 'W/"t1"', Buffer.from('2'));
    cache.get('p1', 'W/"t1"'); // p1 is now the most recently used
    cache.set('p3', 'W/"t1"', Buffer.from('3'));
    expect(cache.has('p1', 'W/"t1"')).toBe(true);
    expect(cache.has('p2', 'W/"t1"')).toBe(false);
    expect(cache.has('p3', 'W/"t1"')).toBe(true);
  });

  it('says whether it keeps any answer for a packet, whatever the tag', () => {
    const cache = new ViewBodyCache(2);
    expect(cache.holds('p1')).toBe(false);
    cache.set('p1', 'W/"t1"', Buffer.from('1'));
    expect(cache.holds('p1')).toBe(true);
    expect(cache.holds('p')).toBe(false);
    cache.set('p2', 'W/"t1"', Buffer.from('2'));
    cache.set('p3', 'W/"t1"', Buffer.from('3'));
    expect(cache.holds('p1')).toBe(false);
  });
});
