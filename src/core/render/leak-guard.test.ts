import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { item, makeRenderInput, makeRenderPolicy } from '../../../test/helpers/make-render-input.js';
import { internalOnlyTokens } from './internal-tokens.js';
import { guardCustomerText } from './leak-guard.js';

const EVIDENCE = [
  item('S1:c1', 'Orders with a discount code are missing from our ERP since Tuesday.', 'customer'),
  item(
    'S2:m1',
    'relay-worker-4 rejects them; the queue on pg-orders-2.internal keeps 7 days. Fix is in 2.8.1, ask Birchwood too.',
    'Aiko Brandt',
  ),
];
const internal = internalOnlyTokens(EVIDENCE, makeRenderInput(EVIDENCE).sources);
const policy = makeRenderPolicy();

describe('internalOnlyTokens', () => {
  it('collects host names, pod names, versions, staff names and proper names seen only internally', () => {
    expect(internal.tokens).toEqual(
      expect.arrayContaining(['relay-worker-4', 'pg-orders-2.internal', '2.8.1']),
    );
    expect(internal.names).toEqual(expect.arrayContaining(['Aiko Brandt', 'Aiko', 'Birchwood']));
  });

  it('reads a first name out of a chat handle such as "lena.f"', () => {
    const chat = [...EVIDENCE, item('S3:m1', 'Query plan regressed with the new index.', 'lena.f')];
    const found = internalOnlyTokens(chat, makeRenderInput(chat).sources);
    expect(found.names).toEqual(expect.arrayContaining(['lena.f', 'Lena']));
  });

  it('treats a pull request number seen only internally as internal, and a public ticket number as public', () => {
    const chat = [
      item('S1:c1', 'Still broken, see our ticket #58214.', 'customer'),
      item('S3:m1', 'PR #4412 adds the index; ticket #58214 is the customer one.', 'Lena Fischer'),
    ];
    const found = internalOnlyTokens(chat, makeRenderInput(chat).sources);
    expect(found.tokens).toContain('#4412');
    expect(found.tokens).not.toContain('#58214');
  });

  it('does not take a money amount for an internal version number', () => {
    const chat = [
      item('S1:c1', 'We were charged 13 788,49 $ instead of 1 615,34 $.', 'customer'),
      item(
        'S3:m1',
        'Refund 13,788.49 minus $1,615.34 (€ 4.50 fee, 2.5% tax) on billing 3.4.1.',
        'Lena Fischer',
      ),
    ];
    const found = internalOnlyTokens(chat, makeRenderInput(chat).sources);
    expect(found.tokens).toEqual(['3.4.1']);
  });

  it('does not treat words the customer used as internal', () => {
    expect(internal.names).not.toContain('Rosa');
    expect(internal.tokens.join(' ')).not.toMatch(/discount|erp/i);
  });
});

describe('guardCustomerText', () => {
  it.each([
    ['a pod name', 'Your orders wait on relay-worker-4.'],
    ['a host name', 'They are kept on PG-ORDERS-2.internal for now.'],
    ['an internal version', 'The fix ships in 2.8.1.'],
    ['a staff name', 'Aiko is looking at it.'],
    ['another tenant', 'We are also checking Birchwood.'],
    ['a never-say phrase', 'The root cause is a rounding change.'],
    ['an ETA', 'It will be fixed by Friday.'],
    ['an ETA in hours', 'Expect a fix within 24 hours.'],
    ['compensation', 'We will credit your account.'],
    ['a severity label', 'This is a Sev 1 for us.'],
  ])('removes a sentence carrying %s and keeps the rest', (_label, sentence) => {
    const result = guardCustomerText(
      `Hello Rosa.\n${sentence} Thank you for your patience.`,
      internal,
      policy,
    );
    expect(result.text).toBe('Hello Rosa.\nThank you for your patience.');
    expect(result.removed).toHaveLength(1);
  });

  it('drops a line that nothing is left of, instead of leaving a hole', () => {
    const result = guardCustomerText(
      'Hello Rosa.\n- "Is relay-worker-4 fixed?": noted\nThanks.',
      internal,
      policy,
    );
    expect(result.text).toBe('Hello Rosa.\nThanks.');
  });

  it('says back a customer question that names a date, but never makes that date our promise', () => {
    const asked = '- "Will it be fixed before Friday?": Timing: {{ETA}}';
    expect(guardCustomerText(asked, internal, policy).text).toBe(asked);
    expect(guardCustomerText('It will be fixed before Friday.', internal, policy).text).toBe('');
  });

  it('keeps placeholders and calm, public sentences untouched', () => {
    const text =
      'Hi Rosa,\nOur engineering team is investigating.\nTiming: {{ETA}}\nWe will keep you updated every 4–8 hours.';
    expect(guardCustomerText(text, internal, policy)).toEqual({ text, removed: [] });
  });

  it('never lets an internal token or staff name through, wherever it sits in the text', () => {
    const secret = fc.constantFrom(
      'relay-worker-4',
      'PG-ORDERS-2.internal',
      '2.8.1',
      'Aiko',
      'Aiko Brandt',
      'Birchwood',
    );
    const words = fc.array(
      fc.constantFrom('orders', 'we', 'are', 'looking', 'into', 'the', 'sync', 'today,'),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(words, secret, words, fc.constantFrom('.', '!', '?', ''), (before, token, after, end) => {
        const sentence = [...before, token, ...after].join(' ') + end;
        const result = guardCustomerText(`Hello Rosa.\n${sentence}\nThanks.`, internal, policy);
        expect(result.text.toLowerCase()).not.toContain(token.toLowerCase());
        expect(result.text).toContain('Hello Rosa.');
      }),
    );
  });
});

describe('guardCustomerText on a question reported back', () => {
  it('keeps the customer’s own date inside "You asked …", and still removes our promise of one', () => {
    const text = [
      'You asked whether the report can be ready before Friday. Our next update will answer that.',
      'We will have it fixed before Friday.',
    ].join('\n');
    const result = guardCustomerText(text, internal, policy);
    expect(result.text).toContain('You asked whether the report can be ready before Friday.');
    expect(result.text).not.toContain('We will have it fixed before Friday');
  });

  it('still removes an internal name from a reported question', () => {
    const result = guardCustomerText('You asked whether Aiko can join the call.', internal, policy);
    expect(result.text).not.toContain('Aiko');
  });
});
