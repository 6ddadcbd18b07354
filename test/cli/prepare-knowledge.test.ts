/** `spine prepare --knowledge` and SPINE_KNOWLEDGE as a person runs them (the real CLI, a child process). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const handoff = path.join(repoRoot, 'examples/report-emails-blocked');
const helpCentre = path.join(repoRoot, 'examples/help-centre');

function spine(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin/spine.js'), 'prepare', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, SPINE_KNOWLEDGE: '', ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('spine prepare with the team docs', () => {
  it('--knowledge keeps the example in support and prints the docs considered; the draft skip is a warning', () => {
    const run = spine([handoff, '--knowledge', helpCentre]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\*\*Decision:\*\* handle in support, because: .*\(handle-team-docs\)/);
    expect(run.stdout).toContain('## Team docs considered');
    expect(run.stderr).toContain('knowledge guide-export.json: 1 draft article skipped');
  });

  it('SPINE_KNOWLEDGE does the same, and --knowledge wins over it', () => {
    const fromEnv = spine([handoff, '--json'], { SPINE_KNOWLEDGE: helpCentre });
    expect(JSON.parse(fromEnv.stdout).decision.escalate).toBe(false);
    const flagWins = spine([handoff, '--json', '--knowledge', path.join(helpCentre, 'calendar-sync.md')], {
      SPINE_KNOWLEDGE: helpCentre,
    });
    const packet = JSON.parse(flagWins.stdout);
    expect(packet.knowledge.searched).toBe(1);
    expect(packet.decision.escalate).toBe(true);
  });
});
