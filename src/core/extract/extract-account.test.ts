import { describe, expect, it } from 'vitest';
import { makeIntake } from '../../../test/helpers/make-evidence.js';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { buildContext } from './context.js';
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

  it.each([
    ['siobhan@kestrelfitness.ie', 'Kestrel Fitness Clubs | 41 clubs across Ireland', 'Kestrel Fitness'],
    ['ops@mail.harbor-lane.co.uk', 'New one from Harbor Lane Logistics (Growth plan).', 'Harbor Lane'],
  ])('reads the company whose name spells the customer mail domain %s', (email, text, account) => {
    const ctx = makeExtractContext([
      { text: 'The week view times out for our bigger sites.', email },
      { text, role: 'support', visibility: 'internal' },
    ]);
    expect(extractAccount(ctx)?.value).toBe(account);
  });

  it('does not read a company out of a public mail provider', () => {
    const ctx = makeExtractContext([
      { text: 'Gmail Support told me to write to you.', email: 'dana.wolfe@gmail.com' },
    ]);
    expect(extractAccount(ctx)).toBeNull();
  });

  it('reads the account from a notes heading', () => {
    const ctx = makeExtractContext([
      { text: 'Photos crash the app.' },
      {
        text: '# Transportes Almendral: account notes\nRenews end of January.',
        role: 'success',
        kind: 'note',
      },
    ]);
    expect(extractAccount(ctx)?.value).toBe('Transportes Almendral');
  });

  it.each([
    'Sorry for the long mail, We tried everything already.',
    'Feel free to check our settings if you need, I am fine with it',
  ])('does not read a sentence with a comma as a signature: %j', (text) => {
    expect(extractAccount(makeExtractContext([{ text: `Hello,\n\n${text}\n\nMarta` }]))).toBeNull();
  });

  it('reads a title with joiners from a signature', () => {
    const text = 'Kind regards,\nRuth Okoye\nHead of Member Services, Harbour Credit Union';
    expect(extractAccount(makeExtractContext([{ text }]))?.value).toBe('Harbour Credit Union');
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

describe('manifest account named in part', () => {
  const manifest = (account: string, tier?: string) => ({ account, ...(tier ? { tier } : {}) }) as never;
  const ctx = (texts: string[], account: string, tier?: string) =>
    buildContext(
      makeIntake(
        texts.map((text) => ({ text })),
        manifest(account, tier),
      ),
      '2026-11-20T12:00:00Z',
    );

  it.each([
    ['Krone & Fjord Friluft AS', 'Hello from Krone & Fjord, our shop is down.'],
    ['Maple Row Bakeries Ltd.', 'This is Maple Row support desk calling.'],
    ['Vesterhavn Shipping GmbH', 'Vesterhavn Shipping here: orders stuck.'],
    ['Oaktree Analytics Inc', 'the Oaktree team cannot log in'],
    ['Larchmont Dental Group', 'Larchmont Dental: reminders go out twice.'],
  ])('keeps the manifest name %s, cited to the item that names part of it', (account, text) => {
    const c = ctx(['Checkout fails for everyone.', text], account);
    expect(extractAccount(c)).toEqual({ value: account, cites: ['S1:m2'] });
  });

  it('does not take a plain word of the name or a word inside another word', () => {
    expect(extractAccount(ctx(['The Global team says hi.'], 'Global Trade Partners AS'))).toBeNull();
    expect(extractAccount(ctx(['Our oaktreeish logo broke.'], 'Oaktree Analytics Inc'))).toBeNull();
  });

  it('reads the manifest tier from its leading word', () => {
    const c = ctx(['We are on the enterprise contract, checkout fails.'], 'Nobody Here', 'Enterprise Plus');
    expect(extractTier(c)).toEqual({ value: 'Enterprise', cites: ['S1:m1'] });
  });
});

describe('a fuller name than the mail domain spells', () => {
  it.each([
    ['Regards,\nMarta\nTransportes Vallejo S.A.\nTel. 976 55 01 23', 'Transportes Vallejo'],
    ['Our company Grupo Norte Vallejo SL uses your app.', 'Grupo Norte Vallejo'],
  ])('prefers the name with a legal form: %j', (text, expected) => {
    const ctx = makeExtractContext([
      { text: 'Vallejo drivers cannot attach photos.', role: 'support', visibility: 'internal' },
      { text, email: 'marta@vallejo.es' },
    ]);
    expect(extractAccount(ctx)?.value).toBe(expected);
  });

  it('prefers an account-notes heading that ends in the domain name', () => {
    const ctx = makeExtractContext([
      { text: 'Vallejo drivers cannot attach photos.', email: 'marta@vallejo.es' },
      { text: '# Transportes Vallejo: account notes\nRenews in May.', role: 'success', kind: 'note' },
    ]);
    expect(extractAccount(ctx)?.value).toBe('Transportes Vallejo');
  });

  it('keeps the short name when nothing fuller is written', () => {
    const ctx = makeExtractContext([{ text: 'Hi, Vallejo here: photos fail.', email: 'marta@vallejo.es' }]);
    expect(extractAccount(ctx)?.value).toBe('Vallejo');
  });
});
