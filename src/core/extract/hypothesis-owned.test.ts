import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../../test/helpers/make-evidence.js';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { analyze } from '../language/analyze.js';
import { extractHypotheses } from './extract-hypotheses.js';
import { hypothesisSupport } from './hypothesis-state.js';
import { readsOwnership } from './reads-cause-owner.js';

const owns = (text: string): boolean => analyze(text).sentences.some(readsOwnership);

describe('readsOwnership', () => {
  it.each([
    "It's ours.",
    'Platform confirmed the bug is ours and not the vendor’s.',
    'This one is ours, not theirs.',
  ])('reads %j as our side owning the fault', (text) => {
    expect(owns(text)).toBe(true);
  });

  it.each([
    'That call is not ours to make.',
    'A customer of ours saw the same thing.',
    'Is it ours?',
    'Maybe it is ours.',
    'The next step is ours to take.',
  ])('does not read %j as ownership of the fault', (text) => {
    expect(owns(text)).toBe(false);
  });

  it('makes a plain reading that owns the fault confirmed', () => {
    expect(hypothesisSupport("It's ours. The export job reads the replica, which lags by an hour.")).toBe(
      'confirmed',
    );
    expect(hypothesisSupport('The export job reads the replica, which lags by an hour.')).toBe('stated');
  });
});

const staff = (text: string, at: string, kind: ItemSpec['kind'] = 'chat'): ItemSpec => ({
  text,
  at,
  role: 'engineering',
  visibility: 'internal',
  kind,
});

describe('extractHypotheses with ownership', () => {
  it('joins a later "confirms it is ours" to the leading stated reading, with both cites', () => {
    const ctx = makeExtractContext([
      staff(
        'The nightly export reads from the replica, which lags by an hour after the failover, so the file misses the last orders.',
        '2026-11-18T10:00:00Z',
      ),
      staff(
        'Platform confirms it is ours: the replica lag alert fired all night.',
        '2026-11-18T12:00:00Z',
        'email',
      ),
    ]);
    const [lead] = extractHypotheses(ctx);
    expect(String(lead?.value)).toMatch(/^The nightly export reads from the replica.*confirms it is ours/);
    expect(lead?.cites).toHaveLength(2);
    expect(hypothesisSupport(String(lead?.value))).toBe('confirmed');
  });

  it('puts "It\'s ours." before the reading it opens in the same message', () => {
    const ctx = makeExtractContext([
      staff(
        "It's ours. The nightly export reads from the replica, which lags by an hour after the failover, so the file misses the last orders.",
        '2026-11-18T10:00:00Z',
      ),
    ]);
    const [lead] = extractHypotheses(ctx);
    expect(String(lead?.value)).toMatch(/^It's ours\. The nightly export/);
  });

  it('does not join an ownership said in an earlier message, before the reading existed', () => {
    const earlier = makeExtractContext([
      staff("It's ours.", '2026-11-18T09:00:00Z'),
      staff(
        'The nightly export reads from the replica, which lags by an hour after the failover, so the file misses the last orders.',
        '2026-11-18T10:00:00Z',
      ),
    ]);
    expect(hypothesisSupport(String(extractHypotheses(earlier)[0]?.value))).toBe('stated');
  });
});
