import { describe, expect, it } from 'vitest';
import { item } from '../../../test/helpers/make-render-input.js';
import type { IntakeResult } from '../model/intake.js';
import { resolveAsOf } from './as-of.js';

function intake(asOf?: string): IntakeResult {
  return {
    sources: [],
    evidence: [
      item('S1:c1', 'a', 'customer', { at: '2026-03-10T15:12:40Z' }),
      item('S1:c2', 'b', 'customer', { at: '2026-03-11T10:48:02Z' }),
      item('S1:c3', 'c', 'customer', { at: null }),
    ],
    manifest: asOf ? { asOf, people: [], files: {} } : null,
    warnings: [],
  };
}

describe('resolveAsOf', () => {
  it('prefers the option, then the manifest, then the newest evidence time', () => {
    expect(resolveAsOf(intake('2026-03-12T00:00:00Z'), '2026-03-13T09:00:00+01:00')).toEqual({
      asOf: '2026-03-13T08:00:00.000Z',
      source: 'option',
    });
    expect(resolveAsOf(intake('2026-03-12T00:00:00Z'), undefined).asOf).toBe('2026-03-12T00:00:00.000Z');
    expect(resolveAsOf(intake(), undefined)).toEqual({
      asOf: '2026-03-11T10:48:02.000Z',
      source: 'evidence',
    });
  });

  it('never falls back to the clock when nothing carries a time', () => {
    const none = resolveAsOf({ sources: [], evidence: [], manifest: null, warnings: [] }, undefined);
    expect(none).toEqual({ asOf: '1970-01-01T00:00:00.000Z', source: 'none' });
  });
});
