import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDirFactory } from '../../../test/helpers/temp-dir.js';
import { checkPolicy, registerPolicyCheck } from './policy-check.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const tempDir = tempDirFactory('spine-policy-check-');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, output: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('spine policy check', () => {
  it('prints OK with name, version and hash for the default policy and the examples', async () => {
    const io = capture();
    expect(await checkPolicy(undefined, io.output)).toBe(0);
    expect(io.out[0]).toMatch(/^OK spine-default 1\.0\.0 sha256:[0-9a-f]{64}$/);
    expect(await checkPolicy(join(repoRoot, 'policies/examples/small-team.policy.yaml'), io.output)).toBe(0);
    expect(io.out[1]).toMatch(/^OK small-team 2026\.11 sha256:/);
    expect(io.err).toEqual([]);
  });

  it('prints each error with path and line and sets exit code 1 through the command', async () => {
    const io = capture();
    const program = new Command().exitOverride();
    registerPolicyCheck(program.command('policy'), io.output);
    const file = join(repoRoot, 'test/fixtures/policy/broken.policy.yaml');
    await program.parseAsync(['node', 'spine', 'policy', 'check', file]);
    expect(process.exitCode).toBe(1);
    expect(io.out).toEqual([]);
    expect(io.err).toEqual([
      `${file}: 3 error(s)`,
      "  routing.rules[0].team: 'Engineers' is not a tier (line 44)",
      "  severities[1].conditions[0].when: unknown identifier 'signal.secrity' (line 29)",
      "  escalation.criteria[0].when: unknown identifier 'constants.bigAcount' (line 35)",
    ]);
  });

  it('reports a YAML file that is not a policy at all', async () => {
    const dir = tempDir();
    const file = join(dir, 'notes.yaml');
    writeFileSync(file, 'title: standup notes\nitems:\n  - ship it\n');
    const io = capture();
    expect(await checkPolicy(file, io.output)).toBe(1);
    expect(io.err).toContain('  title: unknown key (line 1)');
    expect(io.err).toContain('  name: required key is missing (expected string)');
    expect(io.err).toContain('  tiers: required key is missing (expected array)');
  });

  it('a missing file is a SpineError naming the file', async () => {
    await expect(checkPolicy(join(tempDir(), 'nope.yaml'), capture().output)).rejects.toThrow(
      /nope\.yaml: no such file/,
    );
  });
});
