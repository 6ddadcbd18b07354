import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IntakeUnit, ParseResult } from '../model/intake.js';
import type { Manifest } from '../model/manifest.js';
import { accountParser } from './account.js';
import { manifestParser } from './manifest.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const CASES = path.resolve(repoRoot, '../shared/eval/cases');
const FIXTURES = path.resolve(repoRoot, 'test/fixtures/text');

function unitOf(file: string, name = path.basename(file)): IntakeUnit {
  return { name, files: [{ name, bytes: new Uint8Array(readFileSync(file)) }] };
}
function manifestOf(result: ParseResult): Manifest {
  return result.data?.manifest as Manifest;
}

describe('manifestParser', () => {
  it('reads the 07 manifest: asOf, account, draft and people, and emits no evidence', () => {
    const result = manifestParser.parse(
      unitOf(path.join(CASES, '07-double-charge-refund/handoff/handoff.yaml')),
      {},
    ) as ParseResult;
    expect(result).toMatchObject({ kind: 'manifest', status: 'parsed', items: [], warnings: [] });
    const manifest = manifestOf(result);
    expect(manifest.asOf).toBe('2026-11-05T15:00:00Z');
    expect(manifest.draft).toBe('draft-reply.txt');
    expect(manifest.people).toContainEqual({
      name: 'Olivia Grant',
      role: 'success',
      title: 'Customer Success Manager',
    });
  });

  it.each(['02-export-missing-rows-pattern', '04-audit-log-churn-threat', '07-double-charge-refund'])(
    'reads the %s manifest cleanly: asOf, account and people',
    (name) => {
      const unit = unitOf(path.join(CASES, name, 'handoff/handoff.yaml'));
      const result = manifestParser.parse(unit, {}) as ParseResult;
      expect(result.warnings).toEqual([]);
      const manifest = manifestOf(result);
      expect(Date.parse(manifest.asOf ?? '')).not.toBeNaN();
      expect(manifest.account).toBeTruthy();
      expect(manifest.people.length).toBeGreaterThanOrEqual(4);
    },
  );

  it('keeps good entries of a messy manifest and warns about each bad one', () => {
    const result = manifestParser.parse(
      unitOf(path.join(FIXTURES, 'handoff-messy.yaml'), 'handoff.yaml'),
      {},
    ) as ParseResult;
    const manifest = manifestOf(result);
    expect(manifest.timezone).toBe('Europe/London');
    expect(manifest.draft).toBe('replies/draft v2.txt');
    // `csm` is read as the success role; `wizard` and a bare string are dropped.
    expect(manifest.people).toEqual([
      { name: 'Sunil Mehta', role: 'customer' },
      { name: 'Chloé Martin', role: 'success' },
    ]);
    expect(result.warnings).toEqual([
      'handoff.yaml: people[2] needs a name and a role (one of customer, support, engineering, success, leadership, bot, unknown); ignored',
      'handoff.yaml: people[3] needs a name and a role (one of customer, support, engineering, success, leadership, bot, unknown); ignored',
      'handoff.yaml: unknown key "priority" ignored',
    ]);
  });

  it('warns about a timezone that is not an IANA zone', () => {
    const unit: IntakeUnit = {
      name: 'handoff.yaml',
      files: [{ name: 'handoff.yaml', bytes: new TextEncoder().encode('timezone: US Eastern\n') }],
    };
    const result = manifestParser.parse(unit, {}) as ParseResult;
    expect(manifestOf(result).timezone).toBeUndefined();
    expect(result.warnings).toEqual(['handoff.yaml: timezone "US Eastern" is not an IANA zone; ignored']);
  });

  it('scores the name handoff.yaml above content alone, and beats the account parser', () => {
    const file = path.join(CASES, '04-audit-log-churn-threat/handoff/handoff.yaml');
    expect(manifestParser.detect(unitOf(file))).toBe(0.95);
    expect(manifestParser.detect(unitOf(file, 'context.yaml'))).toBe(0.6);
    expect(accountParser.detect(unitOf(file))).toBe(0);
  });

  it('does not claim account YAML or non-YAML text', () => {
    expect(
      manifestParser.detect(unitOf(path.join(CASES, '04-audit-log-churn-threat/handoff/account.yaml'))),
    ).toBe(0);
    expect(manifestParser.detect(unitOf(path.join(CASES, '00-northwind-order-sync/handoff/notes.md')))).toBe(
      0,
    );
  });

  it('fails with a warning, not an exception, on broken YAML', () => {
    const unit: IntakeUnit = {
      name: 'handoff.yaml',
      files: [{ name: 'handoff.yaml', bytes: new TextEncoder().encode('people: [\n  - {name: "x"\n') }],
    };
    expect(manifestParser.parse(unit, {})).toMatchObject({
      status: 'failed',
      warnings: [expect.stringMatching(/^handoff\.yaml: /)],
    });
  });
});
