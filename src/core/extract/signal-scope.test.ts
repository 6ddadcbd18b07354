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
