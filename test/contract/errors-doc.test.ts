import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERRORS } from '../../src/core/errors.js';

const doc = readFileSync(fileURLToPath(new URL('../../docs/errors.md', import.meta.url)), 'utf8');

/** Rows of the docs table: code → status. */
function documented(): Map<string, number> {
  const rows = new Map<string, number>();
  for (const match of doc.matchAll(/^\|\s*`(SPINE_ERR_[A-Z_]+)`\s*\|\s*(\d{3})\s*\|/gm)) {
    rows.set(match[1] ?? '', Number(match[2]));
  }
  return rows;
}

describe('docs/errors.md and the error catalog', () => {
  it('list the same codes', () => {
    expect([...documented().keys()].sort()).toEqual(Object.keys(ERRORS).sort());
  });

  it('give each code the catalog status', () => {
    const rows = documented();
    for (const [code, spec] of Object.entries(ERRORS))
      expect([code, rows.get(code)]).toEqual([code, spec.status]);
  });

  it('document each code once', () => {
    const all = [...doc.matchAll(/^\|\s*`(SPINE_ERR_[A-Z_]+)`/gm)].map((m) => m[1]);
    expect(all.length).toBe(new Set(all).size);
  });
});
