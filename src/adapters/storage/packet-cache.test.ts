import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cachedVersion, packetJsonBytes, packetJsonText, parsePacket } from './packet-cache.js';

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

  it('gives the stored text as UTF-8 bytes, the same bytes on every read', () => {
    const text = JSON.stringify({ schemaVersion: 1, note: 'naïve — “quoted”' });
    const packet = parsePacket(randomUUID(), 1, text, null);
    const bytes = packetJsonBytes(packet);
    expect(bytes?.equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(packetJsonBytes(packet)).toBe(bytes);
    expect(packetJsonBytes({ ...packet })).toBeUndefined();
  });

  it("keeps a finished version's explanation parsed and frozen, and none for other versions", () => {
    const id = randomUUID();
    parsePacket(id, 1, json(1), '# one', { facts: [{ id: 'f1' }] });
    const kept = cachedVersion(id, 1)?.explanation as { facts: Array<{ id: string }> };
    expect(kept).toEqual({ facts: [{ id: 'f1' }] });
    expect(Object.isFrozen(kept.facts[0])).toBe(true);
    parsePacket(id, 2, json(2), null, null);
    expect(cachedVersion(id, 2)?.explanation).toBeNull();
    parsePacket(id, 3, json(3), null);
    expect(cachedVersion(id, 3)?.explanation).toBeUndefined();
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
