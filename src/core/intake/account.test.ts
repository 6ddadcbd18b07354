import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IntakeUnit, ParseResult } from '../model/intake.js';
import { ACCOUNT_FIELDS } from '../model/intake.js';
import { accountParser } from './account.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLES = path.resolve(repoRoot, '../shared/formats/samples');
const CASES = path.resolve(repoRoot, '../shared/eval/cases');
const FIXTURES = path.resolve(repoRoot, 'test/fixtures/text');

function unitOf(file: string): IntakeUnit {
  return {
    name: path.basename(file),
    files: [{ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) }],
  };
}
function parse(file: string): ParseResult {
  return accountParser.parse(unitOf(file), {}) as ParseResult;
}
function texts(result: ParseResult): string[] {
  return result.items.map((i) => i.text);
}

describe('accountParser', () => {
  it('reads account.csv into one internal item per field, with ARR and renewal as data', () => {
    const result = parse(path.join(SAMPLES, 'account.csv'));
    expect(result).toMatchObject({ kind: 'account', format: 'account-csv', status: 'parsed', warnings: [] });
    expect(texts(result)).toEqual([
      'Account: Northwind Traders',
      'Plan: Enterprise',
      'Tier: strategic',
      'ARR: $480,000',
      'Renewal: 2027-01-31',
      'CSM: Sofia Lindqvist',
      'Support plan: premium',
    ]);
    expect(result.data).toMatchObject({
      account: 'Northwind Traders',
      arr: 480000,
      renewal: '2027-01-31',
      currency: '$',
    });
    expect(result.items.find((i) => i.meta?.field === 'arr')?.locator).toBe('arr');
    expect(result.items.every((i) => i.visibility === 'internal' && i.meta?.unit === 'account')).toBe(true);
  });

  it('says why an account file whose fields are all empty was skipped', () => {
    const unit: IntakeUnit = {
      name: 'a.json',
      files: [{ name: 'a.json', bytes: new TextEncoder().encode('{"users":[],"account":""}') }],
    };
    const result = accountParser.parse(unit, {}) as ParseResult;
    expect(result.status).toBe('skipped');
    expect(result.warnings).toEqual(['a.json: the account fields are all empty']);
  });

  it('parses quoted amounts with thousands separators', () => {
    const result = parse(path.join(CASES, '11-sla-breach-strategic/handoff/account.csv'));
    expect(texts(result)).toContain('ARR: $1,240,000');
    expect(result.data?.arr).toBe(1240000);
  });

  it('derives the customer domain from a contact address when no domain column exists', () => {
    const result = parse(path.join(CASES, '07-double-charge-refund/handoff/account.csv'));
    expect(result.data?.domain).toBe('quaysidemedia.co.uk');
    expect(result.items.find((i) => i.meta?.field === 'domain')?.text).toBe(
      'Domain: quaysidemedia.co.uk (from billing_contact)',
    );
  });

  it('reads YAML nested under account:, European amounts, written dates and websites, skipping lists', () => {
    const result = parse(path.join(FIXTURES, 'account-nested.yaml'));
    expect(result.format).toBe('account-yaml');
    expect(texts(result)).toEqual([
      'Account: Harbor & Vine Ltd.',
      'Tier: Enterprise',
      'ARR: €1,240,000',
      'Renewal: 2027-03-31',
      'Domain: harbor-vine.com',
      'Seats: 1,200',
    ]);
    expect(result.data).toMatchObject({
      arr: 1240000,
      currency: '€',
      renewal: '2027-03-31',
      domain: 'harbor-vine.com',
      seats: 1200,
    });
    expect(JSON.stringify(result.items)).not.toContain('pk_live');
  });

  it('reads a semicolon CSV with a BOM and several rows, prefixing locators by row', () => {
    const result = parse(path.join(FIXTURES, 'accounts-semicolon.csv'));
    expect(result.items.map((i) => i.locator).slice(0, 5)).toEqual([
      'r1.account',
      'r1.plan',
      'r1.arr',
      'r1.renewal',
      'r1.csm',
    ]);
    expect(texts(result)).toContain('ARR: $96,500');
    expect(texts(result)).toContain('Account: Oakridge Veterinary Group');
    expect(result.data?.account).toBe('Bramblewood Cafés');
    expect(result.warnings.some((w) => /2 accounts/.test(w))).toBe(true);
  });

  it('uses only field names from ACCOUNT_FIELDS', () => {
    for (const file of ['account.csv']) {
      for (const item of parse(path.join(SAMPLES, file)).items) {
        expect(ACCOUNT_FIELDS).toContain(item.meta?.field);
      }
    }
  });

  it.each([
    ['the manifest', path.join(CASES, '04-audit-log-churn-threat/handoff/handoff.yaml')],
    ['a Slack users file', path.join(SAMPLES, 'acme-slack-export/users.json')],
    ['notes', path.join(SAMPLES, 'notes.md')],
    ['a log', path.join(SAMPLES, 'erp-bridge.log')],
  ])('does not claim %s', (_label, file) => {
    expect(accountParser.detect(unitOf(file))).toBe(0);
  });

  it('does not claim a CSV or YAML without account-like columns', () => {
    const csv: IntakeUnit = {
      name: 'o.csv',
      files: [{ name: 'o.csv', bytes: new TextEncoder().encode('order_id,total,status\nSO-1,12.00,ok\n') }],
    };
    const health: IntakeUnit = {
      name: 'h.csv',
      files: [{ name: 'h.csv', bytes: new TextEncoder().encode('service,health,region\napi,degraded,eu\n') }],
    };
    expect(accountParser.detect(health)).toBe(0);
    const yaml: IntakeUnit = {
      name: 'c.yaml',
      files: [
        { name: 'c.yaml', bytes: new TextEncoder().encode('name: build\nsteps:\n  - run: npm test\n') },
      ],
    };
    expect(accountParser.detect(csv)).toBe(0);
    expect(accountParser.detect(yaml)).toBe(0);
    expect(accountParser.parse(csv, {})).toMatchObject({ status: 'skipped', items: [] });
  });

  it.each([
    '00-northwind-order-sync/handoff/account.csv',
    '04-audit-log-churn-threat/handoff/account.yaml',
    '05-intermittent-api-500-har/handoff/account.yaml',
    '07-double-charge-refund/handoff/account.csv',
    '11-sla-breach-strategic/handoff/account.csv',
  ])('%s is detected and gives account, tier, ARR and renewal', (file) => {
    const unit = unitOf(path.join(CASES, file));
    expect(accountParser.detect(unit)).toBeGreaterThan(0.3);
    const result = accountParser.parse(unit, {}) as ParseResult;
    const fields = result.items.map((i) => i.meta?.field);
    expect(fields).toEqual(expect.arrayContaining(['account', 'tier', 'arr', 'renewal']));
    expect(typeof result.data?.arr).toBe('number');
    expect(result.data?.renewal).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
