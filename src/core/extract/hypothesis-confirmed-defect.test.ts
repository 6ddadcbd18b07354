import { describe, expect, it } from 'vitest';
import { type ItemSpec, makeIntake } from '../../../test/helpers/make-evidence.js';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { extractFacts } from './extract-facts.js';
import { confirmations } from './extract-hypotheses.js';
import { causeSideOf } from './hypothesis-confirmation.js';
import { confirmedDefects } from './hypothesis-confirmed-defect.js';

const eng = (text: string, name: string, minute: number): ItemSpec => ({
  text,
  at: `2026-11-18T10:${String(minute).padStart(2, '0')}:00Z`,
  role: 'engineering',
  visibility: 'internal',
  kind: 'chat',
  name,
});
const REPORT: ItemSpec = {
  text: 'Since Monday every invoice total on our account is a few cents off.',
  at: '2026-11-18T09:00:00Z',
  role: 'customer',
  name: 'Ines Moreau',
};
const GUESS_OURS = eng('could be the rounding change that went out with the tax module', 'Mia', 1);
const GUESS_THEIRS = eng('could be their own ERP rounding the lines before import', 'Mia', 1);
const YEP = eng(
  'yep. the rounding helper rounds every line before summing, so totals drift by a few cents.',
  'Raj',
  20,
);

describe('confirmations: one record per guess our side confirmed', () => {
  it('records an affirmative reply with the cites of the guess and of the reply', () => {
    const [c] = confirmations(makeExtractContext([REPORT, GUESS_OURS, YEP]));
    expect(c?.kind).toBe('affirmative');
    expect([c?.guessId, c?.byId]).toEqual(['S2:m2', 'S2:m3']);
    expect(c?.said).toMatch(/^yep\. the rounding helper/);
  });

  it('records nothing when the reply only acknowledges', () => {
    const ack = eng('ok, looking at it after lunch', 'Raj', 20);
    expect(confirmations(makeExtractContext([REPORT, GUESS_OURS, ack]))).toEqual([]);
  });
});

describe('causeSideOf', () => {
  it('puts a change of ours named by the guess on our side', () => {
    expect(causeSideOf('Smells like the new billing release.', 'yep.')).toBe('ours');
    expect(causeSideOf('Could be 4.12, the importer changed there.', 'confirmed.')).toBe('ours');
  });

  it('puts a change another party owns, or one only asked about, nowhere', () => {
    expect(causeSideOf('Could be their firmware update from last week.', 'yep.')).toBe(null);
    expect(causeSideOf("Could be the vendor's API change.", 'yep.')).toBe(null);
    expect(causeSideOf('Asking eng whether 4.12 changed the default.', 'confirmed.')).toBe(null);
  });

  it('reads our side owning the fault in the confirmation', () => {
    expect(causeSideOf('The export reads the replica, which lags an hour.', "It's ours.")).toBe('ours');
  });

  it('reads a cause the words place with the customer as theirs, whatever else they say', () => {
    expect(causeSideOf('Probably a config issue on their side.', 'yep, confirmed.')).toBe('theirs');
  });
});

describe('confirmedDefects: a confirmed guess whose cause is ours is a confirmed defect', () => {
  it('sets bugConfirmed, traced to the guess and the confirmation', () => {
    const ctx = makeExtractContext([REPORT, GUESS_OURS, YEP]);
    const found = confirmedDefects(ctx);
    expect(found.cites).toEqual(['S2:m2', 'S2:m3']);
    expect(found.traces.map((t) => [t.mechanism, t.rule, t.evidence])).toEqual([
      ['confirmed-hypothesis', 'confirmed-affirmative', 'S2:m2'],
      ['confirmed-hypothesis', 'confirmed-affirmative', 'S2:m3'],
    ]);
    const { signals, signalTraces } = extractFacts(makeIntake([REPORT, GUESS_OURS, YEP]), ctx.asOf);
    expect(signals.bugConfirmed).toBe(true);
    expect(signalTraces.bugConfirmed?.[0]?.mechanism).toBe('confirmed-hypothesis');
  });

  it('does not set it for a confirmed cause on the customer side', () => {
    const ctx = makeExtractContext([REPORT, GUESS_THEIRS, YEP]);
    expect(confirmedDefects(ctx).cites).toEqual([]);
  });

  it('does not set it when the confirmation is the customer’s, passed on by us', () => {
    const relayed = eng('yep. the customer confirmed the totals drift after the rounding change.', 'Raj', 20);
    expect(confirmedDefects(makeExtractContext([REPORT, GUESS_OURS, relayed])).cites).toEqual([]);
  });

  it('is taken back by our later "not a bug"', () => {
    const later = eng(
      'Checked with product: this is not a bug, totals are rounded per line by design.',
      'Ola',
      40,
    );
    expect(confirmedDefects(makeExtractContext([REPORT, GUESS_OURS, YEP, later])).cites).toEqual([]);
  });
});

describe('causeSideOf reads the latest placing', () => {
  it('lets a later owning sentence stand over a first guess on their side', () => {
    expect(
      causeSideOf('My first guess was their own proxy.', 'Platform confirmed it was ours after all.'),
    ).toBe('ours');
  });
});
