import { describe, expect, it } from 'vitest';
import { EvidenceDraftSchema } from './evidence.js';

describe('EvidenceDraftSchema', () => {
  const DRAFT = { locator: 'c3', at: null, author: null, visibility: 'public', text: 'hello' };

  it('accepts a locator made of citation-safe characters', () => {
    expect(EvidenceDraftSchema.parse(DRAFT).locator).toBe('c3');
  });

  it.each(['c 3', 'c/3', '', 'ü'])('rejects the locator %j', (locator) => {
    expect(EvidenceDraftSchema.safeParse({ ...DRAFT, locator }).success).toBe(false);
  });
});
