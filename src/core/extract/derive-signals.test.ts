import { describe, expect, it } from 'vitest';
import { type ItemSpec, makeIntake } from '../../../test/helpers/make-evidence.js';
import { extractFacts } from './extract-facts.js';

const signalsOf = (specs: ItemSpec[], asOf = '2026-11-20T12:00:00Z') => extractFacts(makeIntake(specs), asOf);

describe('deriveSignals', () => {
  it('treats a calm report of another tenant’s data as security and cross-tenant, with cites', () => {
    const out = signalsOf([
      {
        text: "Probably nothing, but I can see another company's invoice in our billing page. Just flagging it.",
      },
    ]);
    expect(out.signals.crossTenantData).toBe(true);
    expect(out.signals.security).toBe(true);
    expect(out.signalCites.crossTenantData).toEqual(['S1:m1']);
  });

  it.each([
    ['churnRisk', 'If this is not resolved we will not renew in December.'],
    ['executiveAsk', 'Could we get your VP of Support on a call this week?'],
    ['billing', 'We were double-charged on the renewal invoice.'],
    ['dataLoss', 'Rows are missing from every export page.'],
    ['regression', "Charts broke after yesterday's upgrade to 5.2.0."],
    ['blocked', "Our coordinators can't release shipments."],
  ] as const)('sets %s from %j', (signal, text) => {
    const out = signalsOf([{ text }]);
    expect(out.signals[signal]).toBe(true);
    expect(out.signalCites[signal]).toEqual(['S1:m1']);
  });

  it.each([
    ['slaBreached', 'SLA breach: ticket is 5 days past the resolution target.', 'bot'],
    ['ownershipDispute', "Identity says it's a platform issue, platform says it's not ours.", 'support'],
    ['bugConfirmed', 'Engineering reproduced it in the sandbox.', 'engineering'],
    [
      'bugConfirmed',
      'This is the same bug as INC-2203 from April, the one we thought we had fixed.',
      'support',
    ],
    ['documentedBehavior', 'This is documented in the help center article on CSV invites.', 'support'],
    ['otherCustomersAffected', 'Two other customers reported the same issue this week.', 'support'],
  ] as const)('sets %s from %j by %s', (signal, text, role) => {
    expect(signalsOf([{ text, role, visibility: 'internal' }]).signals[signal]).toBe(true);
  });

  it('sets no signal from the draft reply; its compensation offer is listed apart for the gate', () => {
    const out = signalsOf([
      { text: 'Login fails since Monday.' },
      {
        text: 'We will credit you a free month; this was a regression, our bug.',
        kind: 'draft',
        meta: { unit: 'draft' },
      },
    ]);
    expect(out.signals.compensationRequested).toBe(false);
    expect(out.signals.regression).toBe(false);
    expect(out.signals.bugConfirmed).toBe(false);
    expect(out.draftOffersCompensation).toEqual(['S2:m2']);
    // nobody asked for it: the draft's offer is the gate's matter, not an open question of the case
    expect(out.unknowns.map((u) => u.question)).not.toContain(
      'Will the approver accept the compensation asked for or offered?',
    );
  });

  it.each([
    ['customer', 'public', 'We expect a service credit for the two days of downtime.'],
    ['success', 'internal', 'They want a free month to make this right.'],
  ] as const)('sets compensationRequested when the %s raises it (%j)', (role, visibility, text) => {
    expect(signalsOf([{ text, role, visibility }]).signals.compensationRequested).toBe(true);
  });

  // our side weighing amends in its own channel proposes them; nobody has asked for them
  it('does not read our internal proposal of amends as the customer asking', () => {
    const out = signalsOf([
      {
        text: 'Could we offer them a free month to make this right?',
        role: 'success',
        visibility: 'internal',
      },
    ]);
    expect(out.signals.compensationRequested).toBe(false);
  });

  it('does not read a ban on offering compensation as asking for it', () => {
    const out = signalsOf([
      { text: "Don't offer a refund or a credit without me.", role: 'leadership', visibility: 'internal' },
    ]);
    expect(out.signals.compensationRequested).toBe(false);
  });

  it('does not read a bank name or a credit card as compensation', () => {
    const out = signalsOf([
      { text: 'Vantage Credit Union admins see blank charts; the credit card page is fine.' },
    ]);
    expect(out.signals.compensationRequested).toBe(false);
  });

  it('derives tier, ARR, renewal days and the nearest deadline from the account and the customer', () => {
    const out = signalsOf([
      { text: 'Strategic', kind: 'account', meta: { unit: 'account', field: 'tier' }, at: null },
      { text: '$1.24M', kind: 'account', meta: { unit: 'account', field: 'arr' }, at: null },
      { text: '2026-12-31', kind: 'account', meta: { unit: 'account', field: 'renewal' }, at: null },
      { text: 'We need an update before 3 PM today.', at: '2026-11-20T09:00:00Z' },
    ]);
    expect(out.signals).toMatchObject({
      tier: 'strategic',
      arr: 1_240_000,
      renewalDays: 41,
      deadlineHours: 3,
    });
  });

  it('does not count a question about other customers as other customers affected', () => {
    const out = signalsOf([
      {
        text: 'any other customers with custom methods hit by this?',
        role: 'support',
        visibility: 'internal',
      },
    ]);
    expect(out.signals.otherCustomersAffected).toBe(false);
    expect(out.unknowns.map((u) => u.question)).toContain(
      'Any other customers with custom methods hit by this?',
    );
  });

  it.each([
    ['vendorIncident', 'The integration status page only says "Failed", next to a red icon.'],
    ['productDefect', 'Not a bug: the plan allows inviting at most 500 users in one go.'],
    ['dataLoss', 'Header row is missing required column: email'],
    ['dataLoss', 'Is any order data lost, and when will this be fixed?'],
    ['dataLoss', 'The rejected orders are parked in the retry queue, so nothing is lost if we replay.'],
    ['otherCustomersAffected', 'Ran their file on staging, same error as in their screenshot.'],
    ['billing', 'billing-worker 2026.11.17-2 → production'],
    ['billing', 'Two other payment platforms reported the same timeouts.'],
    ['otherCustomersAffected', "haven't looked at other customers yet, will do after the deploy"],
    ['recurrence', 'Elevated latency — resolved: API latency is back to normal.'],
  ] as const)('does not set %s from %j', (signal, text) => {
    expect(
      signalsOf([{ text, role: signal === 'billing' ? 'bot' : 'support', visibility: 'internal' }]).signals[
        signal
      ],
    ).toBe(false);
  });

  it.each([['productDefect', 'POST /v2/quotes/bulk returned 500 for 3.8% of calls.']] as const)(
    'sets %s from %j',
    (signal, text) => {
      expect(signalsOf([{ text, role: 'support', visibility: 'internal' }]).signals[signal]).toBe(true);
    },
  );

  // reworded from an eval case's sentence; the extractor does not read this wording yet (issue 10):
  // when it does, this fails and the row moves back up into the list above
  it.fails.each([['churnRisk', "Without it I won't be able to recommend renewing on December 31."]] as const)(
    'sets %s from %j',
    (signal, text) => {
      expect(signalsOf([{ text, role: 'support', visibility: 'internal' }]).signals[signal]).toBe(true);
    },
  );

  // reworded from an eval case's sentence; the extractor does not read this wording yet (issue 10):
  // when it does, this fails and the row moves back up into the list above
  it.fails.each([
    ['vendorIncident', 'According to your status page the webhook incident is resolved.'],
  ] as const)('sets %s from %j', (signal, text) => {
    expect(signalsOf([{ text, role: 'support', visibility: 'internal' }]).signals[signal]).toBe(true);
  });

  // reworded from an eval case's sentence; the extractor does not read this wording yet (issue 10):
  // when it does, this fails and the row moves back up into the list above
  it.fails.each([
    ['outage', 'dashboards: no SAML login has succeeded anywhere in prod since 13:34.'],
  ] as const)('sets %s from %j', (signal, text) => {
    expect(signalsOf([{ text, role: 'support', visibility: 'internal' }]).signals[signal]).toBe(true);
  });
});

describe('deriveSignals: the thread as it stands', () => {
  const at = (hour: number) => `2026-11-19T${String(hour).padStart(2, '0')}:00:00Z`;
  const ask: ItemSpec = { text: 'Can you put the old column order back on the rota screen?', at: at(9) };

  it('reads an ask for the old behaviour as a feature request once our side says it is intended', () => {
    expect(signalsOf([ask]).signals.featureRequest).toBe(false);
    const intended: ItemSpec = {
      text: 'Not a bug: the new order is intended, the release notes describe it.',
      role: 'engineering',
      at: at(10),
      visibility: 'internal',
    };
    const out = signalsOf([ask, intended]);
    expect(out.signals.featureRequest).toBe(true);
    expect(out.signalCites.featureRequest).toEqual(['S1:m1']);
  });

  it('reads several named customers reporting the same failure, from our side only', () => {
    const others: ItemSpec = {
      text: 'Redfern Dental and Oakly Vets opened tickets with the same error code.',
      role: 'support',
      at: at(10),
      visibility: 'internal',
    };
    expect(signalsOf([others]).signals.otherCustomersAffected).toBe(true);
    expect(
      signalsOf([{ ...others, role: 'customer', visibility: 'public' }]).signals.otherCustomersAffected,
    ).toBe(false);
  });
});

describe('extractPosture', () => {
  it('records a renewal threat in any wording the churnRisk signal reads', () => {
    const out = signalsOf([{ text: "Unless this ships by March, I can't recommend that we renew." }]);
    expect(out.signals.churnRisk).toBe(true);
    expect(out.facts.posture.map((p) => p.value)).toContain(
      'Raised not renewing or leaving: "Unless this ships by March, I can\'t recommend that we renew."',
    );
  });
});

describe('outage from a sentence that everyone fails', () => {
  const article = (text: string): ItemSpec[] => [
    { text: 'The export is slow for me today.', role: 'customer' },
    { text: 'Help Center › Reports · Updated 3 March', kind: 'note', role: 'unknown' },
    { text, kind: 'note', role: 'unknown' },
  ];
  it('is not read from a published help article, which states rules, not failures', () => {
    const text = 'Exports fail for every user when the file is over 2 GB.';
    expect(signalsOf(article(text)).signals.outage).toBe(false);
    // the same sentence from the customer still reads as everyone failing
    expect(signalsOf([{ text, role: 'customer' }]).signals.outage).toBe(true);
  });
});
