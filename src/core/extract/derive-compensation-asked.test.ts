import { describe, expect, it } from 'vitest';
import { type ItemSpec, makeIntake } from '../../../test/helpers/make-evidence.js';
import { extractFacts } from './extract-facts.js';

const AS_OF = '2026-11-20T12:00:00Z';

// an internal policy page nobody signed: our own document
function withPolicy(specs: ItemSpec[], policy: string) {
  const intake = makeIntake([
    ...specs,
    { text: policy, kind: 'note', visibility: 'internal', role: 'unknown' },
  ]);
  const evidence = intake.evidence.map((e) => (e.text === policy ? { ...e, author: null } : e));
  return extractFacts({ ...intake, evidence }, AS_OF);
}

describe('compensationRequested', () => {
  it.each([
    ['customer', 'A shopper of mine emailed twice asking where her refund is.'],
    ['support', 'Plan: the marketplace refunds the shopper and the hold on her balance lifts.'],
    ['support', 'A credit of one month is fine as goodwill if he asks for it.'],
  ] as const)('is not set by amends no one asks of us for the customer (%s: %j)', (role, text) => {
    expect(extractFacts(makeIntake([{ text, role }]), AS_OF).signals.compensationRequested).toBe(false);
  });

  it.each([
    ['customer', 'Please refund the postage on order 4411.'],
    ['support', 'He wants the courier surcharge refunded and a call back.'],
  ] as const)('is set by an ask for the customer (%s: %j)', (role, text) => {
    expect(extractFacts(makeIntake([{ text, role }]), AS_OF).signals.compensationRequested).toBe(true);
  });

  it('is not set by our unsigned policy page describing amends, but is when such a note relays an ask', () => {
    const rule = withPolicy(
      [{ text: 'The parcel never arrived.' }],
      'Agents may refund postage up to £20 per order without approval.',
    );
    expect(rule.signals.compensationRequested).toBe(false);
    const relayed = withPolicy(
      [{ text: 'The parcel never arrived.' }],
      'Call notes: he asked for the postage refund twice on the phone.',
    );
    expect(relayed.signals.compensationRequested).toBe(true);
  });

  it('traces the sentence that asks, not an earlier compensation word of the same message', () => {
    const out = extractFacts(
      makeIntake([
        {
          text: 'The marketplace refunds the shopper once the claim closes. I still want the postage refunded to me.',
        },
      ]),
      AS_OF,
    );
    expect(out.signalTraces.compensationRequested?.[0]?.sentence).toBe(
      'I still want the postage refunded to me.',
    );
  });
});

describe('compensationWithinAuthority from our documents', () => {
  const policy = 'Postage is refunded in full when the courier confirms the parcel lost.';

  it('holds when our document grants the very thing asked, citing the document', () => {
    const out = withPolicy([{ text: 'Please refund the postage, the courier lost my parcel.' }], policy);
    expect(out.signals.compensationRequested).toBe(true);
    expect(out.signals.compensationWithinAuthority).toBe(true);
    expect(out.signalCites.compensationWithinAuthority).toEqual(['S2:m2']);
  });

  it('does not hold for another thing, or a goodwill extra beside it', () => {
    const other = withPolicy([{ text: 'Please refund the insurance premium.' }], policy);
    expect(other.signals.compensationWithinAuthority).toBe(false);
    const extra = withPolicy(
      [{ text: 'Refund the postage and give us a free month for the trouble.' }],
      policy,
    );
    expect(extra.signals.compensationWithinAuthority).toBe(false);
  });

  it('does not hold when the document sends the amends upwards', () => {
    const out = withPolicy(
      [{ text: 'Please refund the postage, the courier lost my parcel.' }],
      'Postage refunds above £50 need approval from the finance lead.',
    );
    expect(out.signals.compensationWithinAuthority).toBe(false);
  });
});
