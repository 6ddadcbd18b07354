import { describe, expect, it } from 'vitest';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { extractAffected } from './extract-affected.js';

describe('extractAffected', () => {
  it.each([
    ['Our 3 fulfillment coordinators are blocked.', 3],
    ['About 60 people use these dashboards daily.', 60],
    ['80 of our users cannot sign in.', 80],
    ['14 new hires still have no access.', 14],
    ['It hits 1,200 employees across sites.', 1200],
  ])('reads users in %j', (text, users) => {
    expect(extractAffected(makeExtractContext([{ text }])).users?.value).toBe(users);
  });

  it.each([
    ['Reported by 3 customers this week.', 3],
    ['That is every SAML org, 212 orgs in total.', 212],
  ])('reads accounts in %j', (text, accounts) => {
    expect(extractAffected(makeExtractContext([{ text, role: 'engineering' }])).accounts?.value).toBe(
      accounts,
    );
  });

  it('takes the widest account count as the scope is learned', () => {
    const ctx = makeExtractContext([
      { text: '3 enterprise orgs in the queue now.', role: 'support', at: '2026-11-19T10:00:00Z' },
      { text: 'Confirmed: all SSO tenants, 212 orgs.', role: 'engineering', at: '2026-11-19T11:00:00Z' },
    ]);
    expect(extractAffected(ctx).accounts).toEqual({ value: 212, cites: ['S1:m2'] });
  });

  it.each([
    'We were charged $18,600 twice.',
    'Version 5.2.0 was installed on 2 servers.',
    'Also 2 other accounts might be hit.',
    'Three of our leads are blocked.',
    'Customer: Larkspur Outfitters, enterprise plan, ~60 stores.',
  ])('states no count in %j', (text) => {
    const a = extractAffected(makeExtractContext([{ text }]));
    expect([a.users, a.accounts]).toEqual([null, null]);
  });
  it.each([
    ['About 20 of our therapists use the sync and all of them see double bookings.', 20],
    ['7 couriers cannot scan parcels since this morning.', 7],
    ['Right now 12 instructors are locked out of the timetable.', 12],
    ['5 pharmacists have this problem on the new tablets.', 5],
  ])('reads people nouns in %j', (text, users) => {
    expect(extractAffected(makeExtractContext([{ text }])).users?.value).toBe(users);
  });

  it.each([
    'We have 140 users in the workspace.',
    'Business plan, 45 seats.',
    'The company has about 300 employees, mostly drivers.',
    'Every Android 14 user on 4.18 crashes.',
    'Our audit opens on February 1 and our auditors need the log.',
  ])('reads no affected users in the size statement %j', (text) => {
    expect(extractAffected(makeExtractContext([{ text }])).users).toBeNull();
  });

  it('prefers a count stated with impact over a bare size statement', () => {
    const ctx = makeExtractContext([
      { text: 'We are a team of 90 staff across three sites.', at: '2026-11-19T09:00:00Z' },
      {
        text: 'Plan: Pro, 31 seats, 20 practitioners on the calendar sync.',
        role: 'support',
        at: '2026-11-19T09:30:00Z',
      },
      { text: 'Today 16 practitioners cannot sync at all.', at: '2026-11-19T10:00:00Z' },
    ]);
    expect(extractAffected(ctx).users?.value).toBe(16);
  });

  it('does not read users counted across other accounts as this customer’s', () => {
    const ctx = makeExtractContext([
      { text: 'Crash reports: 63 users across 11 orgs on that version.', role: 'engineering' },
      { text: 'Their depot has 9 drivers on the new phones.', role: 'support' },
    ]);
    expect(extractAffected(ctx).users?.value).toBe(9);
  });

  it('does not count accounts that merely could be hit', () => {
    const ctx = makeExtractContext([
      {
        text: '9 accounts use that plan so far, Acme is the only one that has reported it.',
        role: 'engineering',
      },
    ]);
    expect(extractAffected(ctx).accounts).toBeNull();
  });
});

describe('a plan change is no affected count', () => {
  it.each([
    'We upgraded from Starter to Pro on Monday (15 users more) and the invoice is wrong.',
    'Last week we added 12 users to the plan and got charged twice.',
    'The change from Basic (25 users) to Premium (40 users) was billed in full.',
    'We bought 8 additional users in March.',
  ])('no users in %j', (text) => {
    expect(extractAffected(makeExtractContext([{ text }])).users).toBeNull();
  });

  it.each([
    ['Since the plan change 15 users cannot log in.', 15],
    ['After the upgrade, 9 staff (all nurses) are blocked.', 9],
  ])('still reads users in %j', (text, users) => {
    expect(extractAffected(makeExtractContext([{ text }])).users?.value).toBe(users);
  });

  it('takes the accounts our staff counted in a statement, not the customer profile', () => {
    const ctx = makeExtractContext([
      { text: 'Harbour Foods: enterprise, 60 stores, renewal in May.', role: 'success' },
      {
        text: 'Replica query: 19 merchant accounts imported the broken feed since Tuesday.',
        role: 'engineering',
      },
    ]);
    expect(extractAffected(ctx).accounts?.value).toBe(19);
  });

  it('prefers the count our side established over the customer guess, and a later one', () => {
    const ctx = makeExtractContext([
      { text: 'I think about 5 of our stores are down.', at: '2026-11-19T09:00:00Z' },
      {
        text: 'Checked: 8 stores are down, all on the old firmware.',
        role: 'support',
        at: '2026-11-19T10:00:00Z',
      },
    ]);
    expect(extractAffected(ctx).accounts).toMatchObject({ value: 8, cites: ['S1:m2'] });
  });

  it.each([
    'INC-1440 (March 2026): the sync job failed for 22 customers.',
    'Ferncastle Legal (law firm, ~180 users) cannot open shared files.',
    'We should have been invoiced for 12 users, not 16.',
    'The customer has 4 sites in Leeds.',
  ])('reads no affected count in the history, profile, bill or possession %j', (text) => {
    const a = extractAffected(makeExtractContext([{ text, role: 'support' }]));
    expect([a.users?.value ?? null, a.accounts?.value ?? null]).toEqual([null, null]);
  });
});

describe('extractAffected: what is counted and what states the scope', () => {
  it.each([
    'The hold is normally lifted within 3 business days.',
    'We checked 2 customer portals and both load.',
  ])('counts no accounts when the counted word modifies the noun after it: %j', (text) => {
    const a = extractAffected(makeExtractContext([{ text, role: 'support' }]));
    expect(a.accounts).toBeNull();
  });

  it('still counts accounts the sentence says are hit', () => {
    const ctx = makeExtractContext([{ text: '12 merchants are affected by the delay.', role: 'support' }]);
    expect(extractAffected(ctx).accounts?.value).toBe(12);
  });

  it.each([
    ['All EU tenants fail the health check since 09:00.', true],
    ['None of our sites synced overnight.', true],
    ['We emailed every customer about the change in March.', false],
    ['Every tenant must enable MFA from January.', false],
    ["It's every iPad user on the new build.", true],
    ['Every merchant in the EU sees failed payments.', true],
    ['Every user in the Leeds office sees the old logo.', true],
    ['The beta flag is now off for all tenants.', false],
    ['The job only flips a flag on the user record, it never revokes anything.', false],
    ['Can you pull every user who called the endpoint since Monday?', false],
    ['A reload would probably drop sessions for all tenants.', false],
  ])('reads %j as a scope: %s', (text, scoped) => {
    const a = extractAffected(makeExtractContext([{ text, role: 'support' }]));
    expect(a.scope !== null).toBe(scoped);
  });
});

describe('extractAffected: a count said to be fine is not who is affected', () => {
  it('passes over a later count whose predicate says unaffected and keeps the one before', () => {
    const ctx = makeExtractContext([
      {
        text: '900 shops ship on the pooled plan, about 200 of them have tried it today.',
        role: 'engineering',
      },
      { text: 'The 75 shops with their own contract are unaffected.', role: 'engineering' },
    ]);
    expect(extractAffected(ctx).accounts?.value).toBe(900);
  });

  it.each([
    'The other 40 tenants are not affected by the rename.',
    'The remaining 90 accounts are working normally.',
    '25 users on the old app look fine.',
  ])('counts nobody in %j', (text) => {
    expect(extractAffected(makeExtractContext([{ text, role: 'engineering' }])).accounts).toBeNull();
    expect(extractAffected(makeExtractContext([{ text, role: 'engineering' }])).users).toBeNull();
  });

  it('still counts accounts whose being fine is denied', () => {
    const text = '30 accounts cannot sync normally since the release.';
    expect(extractAffected(makeExtractContext([{ text, role: 'engineering' }])).accounts?.value).toBe(30);
  });
});
