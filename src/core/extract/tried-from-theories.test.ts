import { describe, expect, it } from 'vitest';
import { readsAsTheory } from './tried-from-theories.js';

describe('readsAsTheory', () => {
  it('reads a hedged guess as a theory', () => {
    expect(readsAsTheory('probably the replica lag again, we saw that during the last migration')).toBe(true);
    expect(readsAsTheory('the import ran on Monday. Could be the new CSV parser choking on quotes')).toBe(
      true,
    );
  });

  it('does not read a flat finding or a verdict as a theory', () => {
    expect(readsAsTheory('in the trace the worker opens 30 connections at once and never closes them')).toBe(
      false,
    );
  });

  it('does not read a request to the reader as a theory', () => {
    expect(
      readsAsTheory('while we check, could one of your admins try the mobile app and tell me what it shows?'),
    ).toBe(false);
  });
});
