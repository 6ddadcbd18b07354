import { describe, expect, it } from 'vitest';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { extractAccount, extractTier } from './extract-account.js';
import { extractProblem } from './extract-problem.js';

describe('extractAccount', () => {
  it('prefers the account file', () => {
    const ctx = makeExtractContext([
      { text: 'Organization: Someone Else Ltd', meta: { unit: 'field', field: 'organization' } },
      {
        text: 'Account: Bluefin Labs',
        kind: 'account',
        meta: { unit: 'account', field: 'account' },
        at: null,
      },
    ]);
    expect(extractAccount(ctx)).toEqual({ value: 'Bluefin Labs', cites: ['S2:m2'] });
  });

  it('reads a custom company field', () => {
    const ctx = makeExtractContext([
      { text: 'Company: Fernway Freight', meta: { unit: 'field', field: 'custom.Company' } },
    ]);
    expect(extractAccount(ctx)?.value).toBe('Fernway Freight');
  });

  it.each([
    'Thanks,\nDana Wolfe\nOperations Manager, Bluefin Labs',
    'Thanks,\nDana Wolfe\nIntegrations Lead | Bluefin Labs',
  ])('reads the organisation from a customer signature: %j', (text) => {
    expect(extractAccount(makeExtractContext([{ text }]))?.value).toBe('Bluefin Labs');
  });

  it('does not take a staff signature as the account', () => {
    expect(
      extractAccount(
        makeExtractContext([{ text: 'Best,\nPriya\nSupport Engineer, Orderly', role: 'support' }]),
      ),
    ).toBeNull();
  });
});

describe('extractTier and extractProblem', () => {
  it('reads the tier from the account file, else from ticket tags', () => {
    expect(
      extractTier(
        makeExtractContext([{ text: 'Tags: api, enterprise, bulk', meta: { unit: 'field', field: 'tags' } }]),
      )?.value,
    ).toBe('enterprise');
  });

  it('cleans the subject into the problem', () => {
    const ctx = makeExtractContext([
      {
        text: 'Subject: RE: [URGENT] Orders not syncing since Tuesday!! (ticket #58113)',
        meta: { unit: 'field', field: 'subject' },
      },
    ]);
    expect(extractProblem(ctx)?.value).toBe('Orders not syncing since Tuesday');
  });
});
