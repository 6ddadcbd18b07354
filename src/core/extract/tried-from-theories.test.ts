import { describe, expect, it } from 'vitest';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { readsAsTheory, triedFromTheories } from './tried-from-theories.js';

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

describe('triedFromTheories', () => {
  it('lists a dropped hedged theory as ruled out, with the sentence that dropped it', () => {
    const ctx = makeExtractContext([
      {
        text: 'probably the replica lag again, we saw that during the last migration',
        role: 'engineering',
        visibility: 'internal',
        name: 'Ivo',
        at: '2026-11-19T10:00:00Z',
      },
      {
        text: 'not replica lag, lag is under a second all day.',
        role: 'engineering',
        visibility: 'internal',
        name: 'Ivo',
        at: '2026-11-19T10:20:00Z',
      },
    ]);
    const [first] = triedFromTheories(ctx);
    expect(first?.action).toMatch(/^Engineering: ruled out the theory that probably the replica lag again/);
  });
});

describe('triedFromTheories: a flat statement taken for a theory', () => {
  it("lists it as the staff member's finding, not as a ruled-out theory", () => {
    const ctx = makeExtractContext([
      {
        text: 'Our staging printer on the same driver also throws P-220 since it took the firmware push.',
        role: 'support',
        visibility: 'internal',
        name: 'Ana',
        at: '2026-11-19T10:00:00Z',
      },
      {
        text: 'not the firmware push, the rollback did not change anything.',
        role: 'engineering',
        visibility: 'internal',
        name: 'Ivo',
        at: '2026-11-19T10:20:00Z',
      },
    ]);
    expect(triedFromTheories(ctx)).toEqual([
      {
        action:
          'Support: checked: Our staging printer on the same driver also throws P-220 since it took the firmware push.',
        result: null,
        by: 'support',
        cites: ['S1:m1'],
      },
    ]);
  });
});

describe('triedFromTheories: a flat statement that is no finding', () => {
  const dropped = (text: string) =>
    triedFromTheories(
      makeExtractContext([
        { text, role: 'support', visibility: 'internal', name: 'Ana', at: '2026-11-19T10:00:00Z' },
        {
          text: 'not the firmware push, the rollback did not change anything.',
          role: 'engineering',
          visibility: 'internal',
          name: 'Ivo',
          at: '2026-11-19T10:20:00Z',
        },
      ]),
    );

  it('lists no order given after the statement, and no bare "found it"', () => {
    expect(
      dropped('The vendor decides when the firmware push lands, so please do not give them a date.'),
    ).toEqual([]);
    expect(dropped('Got it.')).toEqual([]);
  });
});
