import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../../test/helpers/make-evidence.js';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { extractHypotheses } from './extract-hypotheses.js';
import { affirms, hypothesisSupport } from './hypothesis-state.js';

const say = (text: string, name: string, minute: number): ItemSpec => ({
  text,
  at: `2026-11-18T10:${String(minute).padStart(2, '0')}:00Z`,
  role: 'engineering',
  visibility: 'internal',
  kind: 'chat',
  name,
});

describe('an affirmative reply confirms the nearest guess of our side', () => {
  it('reads a closed set of openers, not hedged or negated ones', () => {
    expect(affirms('yep. the worker drops the header row on retry')).toBe(true);
    expect(affirms('Exactly, the index was rebuilt without the tenant column')).toBe(true);
    expect(affirms('ok, I will look')).toBe(false);
    expect(affirms('sure, send me the logs')).toBe(false);
    expect(affirms('Confirmed with the vendor that the card was replaced')).toBe(false);
    expect(affirms('yep, maybe')).toBe(false);
    expect(affirms('yes, but not sure it explains all of it')).toBe(false);
  });

  it('joins the guess and the mechanism the reply goes on to give, citing both, as confirmed', () => {
    const ctx = makeExtractContext([
      say('Ticket from Brightwell: invoices since Monday show the wrong tax total.', 'Mia', 0),
      say('could be the new rounding helper in the tax module', 'Mia', 1),
      say('on it', 'Raj', 5),
      say(
        'yep. the rounding helper rounds every line before summing, so totals drift by a few cents. it went out in the 4.2 release.',
        'Raj',
        30,
      ),
    ]);
    const [h] = extractHypotheses(ctx);
    expect(String(h?.value)).toMatch(
      /^could be the new rounding helper in the tax module\. yep\. the rounding helper rounds/,
    );
    expect(h?.cites).toEqual(['S1:m2', 'S1:m4']);
    expect(hypothesisSupport(String(h?.value))).toBe('confirmed');
  });

  it('does not confirm on a hedged reply, nor a guess more than five messages back', () => {
    const hedged = makeExtractContext([
      say('could be the new rounding helper in the tax module', 'Mia', 1),
      say('yep, maybe. the rounding helper rounds every line before summing.', 'Raj', 5),
    ]);
    expect(extractHypotheses(hedged).some((h) => hypothesisSupport(String(h.value)) === 'confirmed')).toBe(
      false,
    );
    const far = makeExtractContext([
      say('could be the new rounding helper in the tax module', 'Mia', 1),
      ...[2, 3, 4, 5, 6, 7].map((m) => say('still digging through the queue', 'Raj', m)),
      say('yep. the rounding helper rounds every line before summing.', 'Raj', 9),
    ]);
    expect(extractHypotheses(far).some((h) => h.cites.length === 2)).toBe(false);
  });
});

describe('a question between the guess and the reply', () => {
  it('takes the "yes": the guess stays a guess', () => {
    const ctx = makeExtractContext([
      say('could be the new rounding helper in the tax module', 'Mia', 1),
      say('can we roll the tax module back to 4.1 tonight?', 'Ola', 3),
      say('yes, doable after the 22:00 freeze', 'Raj', 5),
    ]);
    const got = extractHypotheses(ctx);
    expect(got.some((h) => h.cites.length === 2)).toBe(false);
    expect(got.some((h) => hypothesisSupport(String(h.value)) === 'confirmed')).toBe(false);
  });
});

describe('a colleague reporting a check confirms the open guess too', () => {
  it('joins "repro\'d on staging" a few messages later to the guess, both cited', () => {
    const ctx = makeExtractContext([
      say('might be the new rounding helper in the tax module', 'Mia', 1),
      say('pulling the staging logs now', 'Raj', 3),
      say("repro'd on staging with a three-line invoice.", 'Raj', 20),
    ]);
    const [h] = extractHypotheses(ctx);
    expect(h?.cites).toEqual(['S1:m1', 'S1:m3']);
    expect(hypothesisSupport(String(h?.value))).toBe('confirmed');
  });

  it('does not join "found it." with a finding of its own: that is no check of the guess', () => {
    const ctx = makeExtractContext([
      say('might be the new rounding helper in the tax module', 'Mia', 1),
      say('found it. the currency table lost its decimals in the migration.', 'Raj', 20),
    ]);
    expect(extractHypotheses(ctx).some((h) => h.cites.length === 2)).toBe(false);
  });
});
