import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const CASES = path.join(repoRoot, 'test/fixtures/eval/cases');
const work = mkdtempSync(path.join(tmpdir(), 'spine-eval-cli-'));

function spine(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin/spine.js'), ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function floorsFile(name: string, floors: object): string {
  const file = path.join(work, name);
  writeFileSync(file, JSON.stringify(floors));
  return file;
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('spine eval', () => {
  it('prints the per-case table and per-field summary, exit 0 without floors', () => {
    const run = spine('eval', CASES, '--case', '01');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^case +esc +sev +prim/m);
    expect(run.stdout).toMatch(/^01-invoice-sync /m);
    expect(run.stdout).toContain('Summary per field');
    expect(run.stdout).not.toMatch(/^02-broken-prepare/m);
  });

  it('exits 1 and names the figure when a summary figure is below its floor', () => {
    const impossible = floorsFile('impossible.json', { min: { escalate: 1.5 }, max: {} });
    const run = spine('eval', CASES, '--case', '01', '--floors', impossible);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Below the recorded floors:\n {2}escalate: \d(\.\d+)? < min 1\.5/);
  });

  it('exits 0 when every floor holds', () => {
    const lenient = floorsFile('lenient.json', { min: { escalate: 0 }, max: { crashed: 0 } });
    expect(spine('eval', CASES, '--case', '01', '--floors', lenient).code).toBe(0);
  });

  it('writes the full result with --json', () => {
    const out = path.join(work, 'eval.json');
    expect(spine('eval', CASES, '--json', out).code).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.results.map((r: { name: string }) => r.name)).toEqual([
      '01-invoice-sync',
      '02-broken-prepare',
    ]);
    expect(result.summary.fields.escalate.scored).toBe(2);
    expect(result.figures).toHaveProperty('schemaValid');
  });

  it('explains a bad floors file or cases folder with exit 2', () => {
    const broken = floorsFile('broken.json', { min: { escalate: 'high' } });
    const run = spine('eval', CASES, '--floors', broken);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/floors file .*broken\.json: min\.escalate/);
    expect(spine('eval', path.join(work, 'no-cases')).stderr).toMatch(/no cases folder/);
  });
});

describe('spine eval --rewordings', () => {
  function overlays(name: string, replace: [string, string][]): string {
    const dir = path.join(work, name);
    mkdirSync(path.join(dir, '01-invoice-sync'), { recursive: true });
    writeFileSync(
      path.join(dir, '01-invoice-sync', 'plain.json'),
      JSON.stringify({ style: 'plain', replace }),
    );
    return dir;
  }

  it('prints each variant against the unreworded case and the agreement rate; a floor can fail it', () => {
    const dir = overlays('rw-ok', [['cannot close the month', 'are unable to close the month']]);
    const run = spine('eval', CASES, '--rewordings', dir, '--case', '01');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^01-invoice-sync\/plain +plain /m);
    expect(run.stdout).toMatch(/Rewording agreement with the gold decision: \d+\.\d% of 1 variants/);
    const strict = floorsFile('rw-floors.json', { min: { rewordingAgreement: 1.5 } });
    expect(spine('eval', CASES, '--rewordings', dir, '--case', '01', '--floors', strict).code).toBe(1);
  });

  it('exits 2 naming the overlay when a replacement matches nothing', () => {
    const dir = overlays('rw-stale', [['this sentence is not in the ticket', 'x']]);
    const run = spine('eval', CASES, '--rewordings', dir, '--case', '01');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/plain\.json: 1 replacement\(s\) match nothing in the case/);
  });
});

describe('spine policy test', () => {
  it('prints each case as unchanged or CHANGED and exits 1 exactly when one changed', () => {
    const run = spine('policy', 'test', path.join(repoRoot, 'policies/default.policy.yaml'), CASES);
    expect(run.stdout).toMatch(/^01-invoice-sync +(unchanged|CHANGED)/m);
    expect(run.stdout).toMatch(/of 2 cases keep the gold decision/);
    expect(run.code).toBe(/CHANGED/.test(run.stdout) ? 1 : 0);
  });
});

describe('a policy that does not parse', () => {
  it('is reported once with exit 2, not as every case crashing', () => {
    const policy = path.join(work, 'broken.policy.yaml');
    writeFileSync(policy, 'name: broken\nseverities: [unclosed\n');
    const run = spine('policy', 'test', policy, CASES);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/SPINE_ERR_POLICY_INVALID/);
    expect(run.stdout).not.toMatch(/CHANGED/);
  });
});
