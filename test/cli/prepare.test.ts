import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const example = path.join(repoRoot, 'examples/northwind-order-sync');
const work = mkdtempSync(path.join(tmpdir(), 'spine-prepare-cli-'));

function spine(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin/spine.js'), 'prepare', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile());
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('spine prepare', () => {
  it('writes packet.json, packet.md and every input by sha256 with --out, exit 0', () => {
    const out = path.join(work, 'clean');
    const run = spine(example, '--out', out);
    expect(run.code).toBe(0);
    const packet = JSON.parse(readFileSync(path.join(out, 'packet.json'), 'utf8'));
    expect(packet.schemaVersion).toBe('1');
    expect(packet.facts.account.value).toMatch(/Larkspur/);
    expect(readFileSync(path.join(out, 'packet.md'), 'utf8')).toMatch(
      /^# Triage packet: Larkspur Outfitters/,
    );
    const stored = readdirSync(path.join(out, 'inputs')).sort();
    const inputs = [...new Set(filesUnder(example).map(sha256))].sort();
    expect(stored).toEqual(inputs);
    for (const name of stored) expect(sha256(path.join(out, 'inputs', name))).toBe(name);
  }, 90_000);

  it('gives the same packet.json on a second run', () => {
    const out = path.join(work, 'again');
    expect(spine(example, '--out', out).code).toBe(0);
    expect(readFileSync(path.join(out, 'packet.json'), 'utf8')).toBe(
      readFileSync(path.join(work, 'clean', 'packet.json'), 'utf8'),
    );
  }, 90_000);

  it('still writes the packet but exits 1 and names the file when an input cannot be read', () => {
    const handoff = path.join(work, 'broken-handoff');
    cpSync(example, handoff, { recursive: true });
    writeFileSync(
      path.join(handoff, 'screenshot-2.png'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 1, 2, 3]),
    );
    writeFileSync(path.join(handoff, 'empty-notes.txt'), '');
    const out = path.join(work, 'broken');
    const run = spine(handoff, '--out', out, '--as-of', '2026-03-11T12:00:00Z');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/screenshot-2\.png|empty-notes\.txt/);
    const packet = JSON.parse(readFileSync(path.join(out, 'packet.json'), 'utf8'));
    expect(packet.asOf).toBe('2026-03-11T12:00:00.000Z');
  }, 90_000);

  it('prints the packet as JSON with --json and as Markdown without', () => {
    const json = spine(example, '--json', '--as-of', '2026-03-11T12:00:00Z');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).asOf).toBe('2026-03-11T12:00:00.000Z');
    const markdown = spine(example, '--as-of', '2026-03-11T12:00:00Z');
    expect(markdown.stdout).toMatch(/## Customer update/);
  }, 90_000);

  it('refuses a bad --as-of and a missing policy with the fix', () => {
    const badAsOf = spine(example, '--as-of', 'next tuesday');
    expect(badAsOf.code).not.toBe(0);
    expect(badAsOf.stderr).toMatch(/SPINE_ERR_INVALID_ARGUMENT[\s\S]*--as-of 2026-/);
    const badPolicy = spine(example, '--policy', path.join(work, 'nope.yaml'));
    expect(badPolicy.code).not.toBe(0);
    expect(badPolicy.stderr).toMatch(/nope\.yaml[\s\S]*--policy/);
  }, 90_000);
});
