import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../../test/helpers/make-evidence.js';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { analyze } from '../language/analyze.js';
import { readsChange, readsEffect, readsMechanism, trimClause, withCauseAccount } from './cause-account.js';
import { claim } from './claim.js';

const eng = (text: string, at: string): ItemSpec => ({
  text,
  at,
  role: 'engineering',
  visibility: 'internal',
  kind: 'chat',
});
const customer = (text: string, at: string): ItemSpec => ({
  text,
  at,
  role: 'customer',
  visibility: 'public',
  kind: 'ticket',
});
const first = (text: string) =>
  analyze(text).sentences[0] as NonNullable<ReturnType<typeof analyze>['sentences'][0]>;

describe('the causal readings', () => {
  it.each([
    ['4.12 moved the invoice export onto the reporting replica.', true],
    ['Totals are wrong since 4.12 reached the EU region.', true],
    ['It started with 4.12 on Monday morning.', true],
    ['I am on 4.11, but I saw the same totals yesterday.', false],
    ['Maximum update depth exceeded.', false],
    ['The score was 0.4790 for that row.', false],
  ] satisfies [string, boolean][])('change: %s → %s', (text, expected) => {
    expect(readsChange(first(text))).toBe(expected);
  });

  it.each([
    ['The replica lags a few minutes, so the export misses the newest invoices.', true],
    ['The mapper treats an empty currency as EUR.', true],
    ['It reads the cached rate instead of the live one.', true],
    ['So far nothing else looks off.', false],
    ['The sync fails because the token expires after an hour.', true],
    ['The job skips empty rows, which means the totals shift by one.', true],
    ['We rebuilt the index so that searches work again.', false],
    ['Could it be the replica?', false],
  ] satisfies [string, boolean][])('mechanism: %s → %s', (text, expected) => {
    expect(readsMechanism(first(text))).toBe(expected);
  });

  it.each([
    ['Finance users cannot reconcile the March totals.', true],
    ['Exports fail for every workspace on the EU region.', true],
    ['The export finished in two minutes.', false],
  ] satisfies [string, boolean][])('effect: %s → %s', (text, expected) => {
    expect(readsEffect(first(text))).toBe(expected);
  });
});

describe('trimClause', () => {
  it('drops a mention and a bracketed ticket key but keeps a bracketed count', () => {
    const text = '@Priya the export job (BILL-2231) skipped 310 invoices (of 4,100) overnight.';
    expect(trimClause(first(text))).toBe('the export job skipped 310 invoices (of 4,100) overnight.');
  });
});

describe('withCauseAccount', () => {
  const thread = [
    customer('Our March revenue report is missing invoices since Monday.', '2026-04-02T08:00:00Z'),
    eng('Totals are wrong since 4.12 reached the EU region on Monday.', '2026-04-02T09:00:00Z'),
    eng('Found it. 4.12 moved the invoice export onto the reporting replica.', '2026-04-02T10:00:00Z'),
    eng(
      'The reporting replica lags about ten minutes, so the invoice export misses invoices created near midnight.',
      '2026-04-02T10:05:00Z',
    ),
    eng('Finance users cannot see the midnight invoices in their export.', '2026-04-02T10:10:00Z'),
    eng('Lunch at noon?', '2026-04-02T10:15:00Z'),
  ];

  it('puts change, lead and mechanism and effect into one cited account, first', () => {
    const ctx = makeExtractContext(thread);
    const lead = claim('Found it. 4.12 moved the invoice export onto the reporting replica.', [
      ctx.items[2]?.id ?? '',
    ]);
    const other = claim('Maybe the customer deleted invoices.', [ctx.items[0]?.id ?? '']);
    const [account, ...rest] = withCauseAccount(ctx, [lead, other]);
    const value = String(account?.value);
    expect(value).toMatch(/^4\.12 moved the invoice export onto the reporting replica; /);
    expect(value).toMatch(/so the invoice export misses invoices created near midnight/);
    expect(value).toMatch(/; Finance users cannot see the midnight invoices in their export$/);
    expect(value).not.toMatch(/Found it|Lunch/);
    // the lead first, then the change that dates it, the mechanism and the effect
    expect(value).toMatch(/replica; Totals are wrong since 4\.12 reached the EU region on Monday; /);
    expect(account?.cites).toEqual([ctx.items[2]?.id, ctx.items[1]?.id, ctx.items[3]?.id, ctx.items[4]?.id]);
    expect(rest.map((h) => h.value)).toEqual(['Maybe the customer deleted invoices.']);
  });

  it('never takes a clause from the customer, and leaves a lead nothing explains as it was', () => {
    const ctx = makeExtractContext([
      customer(
        'The invoice export misses invoices because your replica lags, so totals break.',
        '2026-04-02T08:00:00Z',
      ),
      eng('Lunch at noon?', '2026-04-02T10:15:00Z'),
    ]);
    const lead = claim('The invoice export reads the reporting replica.', ['S1:m1']);
    expect(withCauseAccount(ctx, [lead])).toEqual([lead]);
  });

  it('drops a hypothesis the account holds almost entirely', () => {
    const ctx = makeExtractContext(thread);
    const lead = claim('4.12 moved the invoice export onto the reporting replica.', [ctx.items[2]?.id ?? '']);
    const held = claim('The reporting replica lags about ten minutes.', [ctx.items[3]?.id ?? '']);
    const out = withCauseAccount(ctx, [lead, held]);
    expect(out).toHaveLength(1);
  });

  it('keeps a guessed lead a guess: a clause that would confirm it stays out', () => {
    const ctx = makeExtractContext([
      eng(
        'Confirmed: the coupon service rejects codes with lower-case letters after 3.8 shipped.',
        '2026-04-03T09:00:00Z',
      ),
      eng(
        'The coupon service lower-cases nothing, so mixed-case coupon codes fail at checkout.',
        '2026-04-03T09:10:00Z',
      ),
    ]);
    const lead = claim('Maybe the coupon service rejects lower-case codes now.', ['S1:m0']);
    const [account] = withCauseAccount(ctx, [lead]);
    expect(String(account?.value)).not.toMatch(/Confirmed/);
    expect(String(account?.value)).toMatch(/so mixed-case coupon codes fail at checkout/);
  });

  it('takes the effect the change explains when no mechanism is stated', () => {
    const ctx = makeExtractContext([
      eng('Since 7.2 the search box sends the locale code with the query.', '2026-05-01T09:00:00Z'),
      eng(
        'French shop owners cannot find products when the query carries a locale code.',
        '2026-05-01T09:05:00Z',
      ),
    ]);
    const lead = claim('The search box builds its own query string now.', ['S1:m0']);
    const [account] = withCauseAccount(ctx, [lead]);
    expect(String(account?.value)).toBe(
      'The search box builds its own query string now; Since 7.2 the search box sends the locale code with the query; French shop owners cannot find products when the query carries a locale code',
    );
    expect(account?.cites).toEqual(['S1:m0', ctx.items[0]?.id, ctx.items[1]?.id]);
  });
});

describe('withCauseAccount seeded by a confirmed guess', () => {
  it('starts from the guess our side confirmed, not from a later statement ranked beside it', () => {
    const ctx = makeExtractContext([
      customer('Since Monday our export is missing the last orders of the day.', '2026-04-02T08:00:00Z'),
      eng('could be the replica switch in 4.12 for the export', '2026-04-02T09:00:00Z'),
      eng(
        'yep. since 4.12 the export reads the replica, which lags ten minutes, so the last orders are missed.',
        '2026-04-02T09:30:00Z',
      ),
      eng(
        'The nightly cleanup deletes orders older than a year because of the retention rule.',
        '2026-04-02T09:40:00Z',
      ),
    ]);
    const guess = ctx.items[1]?.id ?? '';
    const yes = ctx.items[2]?.id ?? '';
    const confirmed = claim('could be the replica switch in 4.12 for the export. yep. since 4.12 …', [
      guess,
      yes,
    ]);
    const other = claim(
      'The nightly cleanup deletes orders older than a year because of the retention rule.',
      [ctx.items[3]?.id ?? ''],
    );
    const [account] = withCauseAccount(ctx, [other, confirmed]);
    expect(account?.cites.slice(0, 2)).toEqual([guess, yes]);
  });
});
