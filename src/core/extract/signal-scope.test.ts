import { describe, expect, it } from 'vitest';
import { type ItemSpec, makeIntake } from '../../../test/helpers/make-evidence.js';
import { extractFacts } from './extract-facts.js';

const signalsOf = (specs: ItemSpec[]) => extractFacts(makeIntake(specs), '2026-11-20T12:00:00Z').signals;
const one = (text: string, role: ItemSpec['role'] = 'customer') =>
  signalsOf([{ text, role, visibility: role === 'customer' ? 'public' : 'internal' }]);

describe('outage needs a service down or people unable to get in', () => {
  it.each([
    'The portal is down for all of our branches.',
    "Since 9am the whole site's down.",
    'Nobody at our clinic can log in this morning.',
    'No one in the warehouse can access the app since the weekend.',
    'It has been completely down since 6am.',
  ])('outage: %j', (text) => {
    expect(one(text).outage).toBe(true);
  });

  it.each([
    'If the manager could calm her down that would help.',
    'The retry goes down the same code path as the first attempt.',
    'If nobody can fix this today I will call my account manager.',
    'No one can tell me why the totals differ.',
    'Response times went down to 2 seconds after the change.',
  ])('no outage: %j', (text) => {
    expect(one(text, 'support').outage).toBe(false);
    expect(one(text).outage).toBe(false);
  });
});

describe('a later refutation by our side cancels the claim', () => {
  it.each([
    "It's not the release: the changelog has nothing on reports.",
    'This is unrelated to the update, the numbers were already off in October.',
    'The 4.2 release notes mention nothing about exports, so this predates the upgrade.',
  ])('regression claim refuted by %j', (refutation) => {
    const s = signalsOf([
      { text: 'Since your update last week the totals are wrong.', at: '2026-11-18T09:00:00Z' },
      { text: refutation, role: 'support', visibility: 'internal', at: '2026-11-18T12:00:00Z' },
    ]);
    expect(s.regression).toBe(false);
  });

  it('keeps a regression our side confirms after an earlier denial', () => {
    const s = signalsOf([
      { text: 'Since your update last week the totals are wrong.', at: '2026-11-18T09:00:00Z' },
      {
        text: "It's not the release, I think.",
        role: 'support',
        visibility: 'internal',
        at: '2026-11-18T10:00:00Z',
      },
      {
        text: "Scratch that: it's our regression.",
        role: 'engineering',
        visibility: 'internal',
        at: '2026-11-18T12:00:00Z',
      },
    ]);
    expect(s.regression).toBe(true);
  });

  it('keeps a regression nobody refutes', () => {
    expect(one('Since your update last week the totals are wrong.').regression).toBe(true);
  });

  it.each([
    'Not a bug: the filter hides archived rows.',
    'This works as designed; the app closes the form on purpose.',
    'That is expected behaviour when the setting is off.',
  ])('a customer defect claim yields to %j', (refutation) => {
    const s = signalsOf([
      { text: 'The app crashes every time I open the form.', at: '2026-11-18T09:00:00Z' },
      { text: refutation, role: 'support', visibility: 'internal', at: '2026-11-18T12:00:00Z' },
    ]);
    expect(s.productDefect).toBe(false);
  });

  it('keeps a defect when our side says it is not the expected behaviour', () => {
    const s = signalsOf([
      { text: 'The app crashes every time I open the form.', at: '2026-11-18T09:00:00Z' },
      {
        text: 'That is not the expected behaviour.',
        role: 'support',
        visibility: 'internal',
        at: '2026-11-18T12:00:00Z',
      },
    ]);
    expect(s.productDefect).toBe(true);
  });
});

describe('recurrence and other customers need a statement of fact', () => {
  it.each([
    'The recurring-meeting fix is in 3.1.',
    'Recurring invoices are generated on the 1st.',
    'Thanks for coming back to me so fast.',
  ])('no recurrence: %j', (text) => {
    expect(one(text, 'support').recurrence).toBe(false);
  });

  it.each(['The same error recurred this morning.', 'The sync failure keeps recurring.'])(
    'recurrence: %j',
    (text) => {
      expect(one(text).recurrence).toBe(true);
    },
  );

  it.each([
    'Querying for other tenants with the same error now, it is slow.',
    "I'll check other accounts on that version after lunch.",
    '12 accounts use that setting, Acme is the only one that has complained.',
  ])('others not established: %j', (text) => {
    expect(one(text, 'engineering').otherCustomersAffected).toBe(false);
  });
});

describe('feature requests are about capabilities, not fixes or instructions', () => {
  it.each([
    "Version 2.9 doesn't have the timezone fix, so a rollback has a cost.",
    "Please don't offer one unless they ask.",
    "If I don't have an answer by noon I'm calling my account manager.",
  ])('no feature: %j', (text) => {
    expect(one(text, 'support').featureRequest).toBe(false);
  });

  it.each([
    "The scheduler doesn't support recurring shifts.",
    "Your app doesn't have an option to export by location.",
    'There is no setting to hide archived staff.',
  ])('feature: %j', (text) => {
    expect(one(text).featureRequest).toBe(true);
  });
});

describe('security reads calm reports of unauthorised access', () => {
  it.each([
    'We noticed an unexpected admin sign-in from a country we have no staff in.',
    'There was a login from an unknown country on the finance account last night.',
    'A suspicious session exported all contracts.',
    'We have MFA enforced for everyone, but this login shows a password method.',
    'Their API key bypasses SSO entirely.',
    'We are treating it as a security incident.',
    'Tracked in SEC-204.',
    'This looks like an account takeover.',
  ])('security: %j', (text) => {
    expect(one(text).security).toBe(true);
  });

  it.each(['I get an unexpected login loop after the update.', 'Sign-in is slow today.'])(
    'no security: %j',
    (text) => {
      expect(one(text).security).toBe(false);
    },
  );
});

describe('a status page feeds only vendorIncident and, for an open major incident, outage', () => {
  const status = (subject: string, state: string, impact: string, body: string): ItemSpec[] => [
    {
      text: `Incident: ${subject}; status ${state}; impact ${impact}; started 2026-11-01T10:00:00.000Z`,
      role: 'bot',
      kind: 'status',
      meta: { unit: 'field', field: 'incident', subject },
    },
    {
      text: `${subject} — ${state}: ${body}`,
      role: 'bot',
      kind: 'status',
      meta: { unit: 'update', subject },
    },
  ];
  const customer: ItemSpec = { text: 'Exports to CSV come out empty since this morning.' };

  it.each([
    ['Refund processing delayed', 'resolved', 'minor', 'Refunds are being reimbursed with a delay.'],
    ['Slow invoice emails', 'postmortem', 'minor', 'A slow query that came with a schema migration.'],
    ['Billing credits missing', 'resolved', 'major', 'Service credits were issued late after the release.'],
    ['Dashboard feature flag', 'resolved', 'minor', 'The beta option is not supported on old browsers.'],
  ])('%j feeds no case signal', (subject, state, impact, body) => {
    const s = signalsOf([customer, ...status(subject, state, impact, body)]);
    expect(s).toMatchObject({
      compensationRequested: false,
      regression: false,
      featureRequest: false,
      outage: false,
      vendorIncident: true,
    });
  });

  it.each([
    ['Checkout API unavailable in EU', 'investigating', 'critical'],
    ['Login errors for all regions', 'identified', 'major'],
  ])('an open %j incident is an outage', (subject, state, impact) => {
    const s = signalsOf([customer, ...status(subject, state, impact, 'We are looking into it.')]);
    expect(s.outage).toBe(true);
  });

  it('a component in major outage counts, a resolved one does not', () => {
    const open: ItemSpec = {
      text: 'Incident: Webhooks delayed; status monitoring; impact minor; components: Webhooks (major_outage)',
      role: 'bot',
      kind: 'status',
      meta: { unit: 'field', field: 'incident', subject: 'Webhooks delayed' },
    };
    expect(signalsOf([customer, open]).outage).toBe(true);
    const closed = { ...open, text: open.text.replace('monitoring', 'resolved') };
    expect(signalsOf([customer, closed]).outage).toBe(false);
  });
});

describe('outage reads the customer speaking of their own end users', () => {
  it.each([
    'Checkout is failing for all our shoppers since 7am.',
    'Payments are broken for every one of our merchants.',
    'All our end users are locked out of the portal.',
    'None of our patients can book online this morning.',
    'Every payment fails with a gateway error.',
    'ALL bookings on our site and in the app are failing since 6.',
  ])('outage: %j', (text) => {
    expect(one(text).outage).toBe(true);
  });

  it.each([
    'One of our shoppers could not pay with an expired card.',
    'All orders from March are in the report.',
    'Every payment shows the right currency now.',
  ])('no outage: %j', (text) => {
    expect(one(text).outage).toBe(false);
  });
});

// the customer's business at a halt is their figure, not our service down, until our side says it is
describe('zero checkouts or orders set outage only from our side', () => {
  it.each(['We have had no checkouts since 05:12.', 'Zero orders went through in the last hour.'])(
    '%j',
    (text) => {
      expect(one(text).outage).toBe(false);
      expect(one(text, 'support').outage).toBe(true);
    },
  );
});

describe('other customers count only when they are said to be affected', () => {
  it.each([
    'No other customer reporting.',
    'No other tenant has written in about this.',
    "Other customers' endpoints are verifying normally.",
    'Other tenants look fine on the dashboards.',
    'Checked other accounts on the same cluster: they are working as expected.',
  ])('not affected: %j', (text) => {
    const s = one(text, 'support');
    expect(s.otherCustomersAffected).toBe(false);
    expect(s.crossTenantData).toBe(false);
    expect(s.security).toBe(false);
  });

  it.each([
    'Two other customers reported the same error today.',
    'Other tenants are also seeing the 401s since the deploy.',
    'Another customer hit this on Friday.',
  ])('affected: %j', (text) => {
    expect(one(text, 'support').otherCustomersAffected).toBe(true);
  });

  it.each([
    "I can see another company's invoices in our portal.",
    'The export contained records belonging to a different customer.',
  ])('cross-tenant still read: %j', (text) => {
    expect(one(text).crossTenantData).toBe(true);
  });
});

describe('a question or a condition about a release is no regression', () => {
  it.each([
    'Release 5.2 went out at noon, asked the platform team whether anything in the exporter changed.',
    'If your release broke this, I expect you to fix it today.',
    'Can you check if the update changed how totals are rounded?',
    'We want to know whether the upgrade caused it.',
  ])('no regression: %j', (text) => {
    expect(one(text).regression).toBe(false);
    expect(one(text, 'support').regression).toBe(false);
  });

  it.each([
    'Since your update last week the totals are wrong.',
    'The 5.2 release broke the exporter.',
    'If I downgrade to version 3.1 it works; this is a regression.',
  ])('regression: %j', (text) => {
    expect(one(text).regression).toBe(true);
  });
});

describe('a technical error is no feature request', () => {
  it.each([
    'The pool log reads: no connection available, request timed out after 3000ms.',
    'Resource is not available right now, please retry later.',
    "He don't have a screenshot of the confirmation page.",
  ])('no feature: %j', (text) => {
    expect(one(text, 'engineering').featureRequest).toBe(false);
    expect(one(text).featureRequest).toBe(false);
  });

  it.each([
    'Bulk edit is not available on our plan.',
    'That option is not currently available for teams.',
    "The scheduler doesn't support split shifts.",
  ])('feature: %j', (text) => {
    expect(one(text).featureRequest).toBe(true);
  });
});
