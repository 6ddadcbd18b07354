import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cachedVersion, packetJsonText, parsePacket } from './packet-cache.js';

const json = (n: number) => JSON.stringify({ schemaVersion: 1, asOf: `2026-11-0${(n % 9) + 1}T00:00:00Z` });

describe('packet cache', () => {
  it('keeps a parsed version, frozen, with its stored text and Markdown', () => {
    const id = randomUUID();
    expect(cachedVersion(id, 1)).toBeUndefined();
    const packet = parsePacket(id, 1, json(1), '# one');
    expect(Object.isFrozen(packet)).toBe(true);
    expect(packetJsonText(packet)).toBe(json(1));
    expect(cachedVersion(id, 1)).toEqual({ packet, markdown: '# one' });
    expect(cachedVersion(id, 2)).toBeUndefined();
  });

  it('forgets the least recently used versions beyond its bound', () => {
    const first = randomUUID();
    parsePacket(first, 1, json(1), null);
    const others = Array.from({ length: 200 }, () => randomUUID());
    for (const [n, id] of others.entries()) parsePacket(id, 1, json(n), null);
    expect(cachedVersion(first, 1)).toBeUndefined();
    expect(cachedVersion(others.at(-1)!, 1)).toBeDefined();
  });
});
