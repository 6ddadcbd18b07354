import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDirFactory } from '../../../test/helpers/temp-dir.js';
import { parsePolicy } from '../../core/policy/parse-policy.js';
import { runInit } from './init.js';

const tempDir = tempDirFactory('spine-init-');
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const initModule = new URL('./init.ts', import.meta.url).href;

function scripted(answers: string[]) {
  const asked: string[] = [];
  return {
    asked,
    ask: async (question: string) => {
      asked.push(question);
      return answers.shift() ?? '';
    },
  };
}

describe('spine init', () => {
  it('--yes writes a valid starter policy derived from the default', async () => {
    const out = join(tempDir(), 'policy.yaml');
    await runInit({ out, yes: true });
    const text = readFileSync(out, 'utf8');
    const parsed = parsePolicy(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.policy.name).toBe('our-team-escalation');
    expect(parsed.policy.tiers.map((tier) => tier.name)).toEqual([
      'L2 Support',
      'Engineering',
      'Product',
      'Security',
      'Leadership',
    ]);
    expect(parsed.policy.responseTargets.enterprise).toEqual({
      Critical: 'PT1H',
      High: 'PT4H',
      Medium: 'P1D',
    });
    // The default's comments survive, so the starter explains itself.
    expect(text).toContain('# Handle-in-support criteria override only criteria with overridable: true');
  });

  it('applies the answers: plans, gates, thresholds, owners and response targets', async () => {
    const out = join(tempDir(), 'acme.policy.yaml');
    const script = scripted([
      'Acme Support',
      'Freshdesk',
      'Platinum, Gold, Silver',
      'eta, compensation, bogus',
      '$250,000',
      '25',
      'billing=Priya Shah, integrations = Tom Berg',
      'pt30m',
      '',
      'not a duration',
    ]);
    await runInit({ out, yes: false, ask: script.ask });
    expect(script.asked).toHaveLength(10);
    expect(script.asked[1]).toContain('ticket history');
    const parsed = parsePolicy(readFileSync(out, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { policy } = parsed;
    expect(policy.name).toBe('acme-support-escalation');
    expect(policy.description).toContain('Freshdesk');
    expect(policy.constants).toMatchObject({
      significantArr: 250000,
      manyAccounts: 25,
      highValueTiers: ['platinum'],
    });
    expect(policy.gates.map((gate) => gate.kind)).toEqual(['eta', 'compensation', 'customer_send']);
    expect(policy.owners.byProductArea).toEqual({ billing: 'Priya Shah', integrations: 'Tom Berg' });
    expect(policy.responseTargets.platinum).toEqual({ Critical: 'PT30M', High: 'PT4H', Medium: 'P1D' });
    expect(policy.responseTargets.default).toEqual({ Critical: 'PT2H', High: 'PT8H', Medium: 'P2D' });
    expect(policy.responseTargets.enterprise).toBeUndefined();
  });

  it('reads answers piped on stdin, one per line, and stops asking at end of input', () => {
    const out = join(tempDir(), 'piped.policy.yaml');
    const script = `const { runInit } = await import(${JSON.stringify(initModule)}); await runInit({ out: ${JSON.stringify(out)}, yes: false });`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: repoRoot,
      input: 'Northwind Support\nZendesk\nStrategic, Growth\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toContain('Where does ticket history live');
    expect(run.status).toBe(0);
    const parsed = parsePolicy(readFileSync(out, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.policy.name).toBe('northwind-support-escalation');
    expect(parsed.policy.constants.highValueTiers).toEqual(['strategic']);
    expect(parsed.policy.gates).toHaveLength(7);
  });

  it('refuses to overwrite an existing file unless forced', async () => {
    const out = join(tempDir(), 'existing.yaml');
    writeFileSync(out, 'keep me');
    await expect(runInit({ out, yes: true })).rejects.toThrow(/already exists/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    await runInit({ out, yes: true, force: true });
    expect(parsePolicy(readFileSync(out, 'utf8')).ok).toBe(true);
  });
});
