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
});
