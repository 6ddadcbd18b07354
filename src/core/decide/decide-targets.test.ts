import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citesFor, makeFacts, makeSignals } from '../../../test/helpers/make-decide-input.js';
import type { Signals } from '../model/signals.js';
import { parsePolicy } from '../policy/parse-policy.js';
import { decide } from './decide.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const parsed = parsePolicy(readFileSync(path.join(repoRoot, 'policies/default.policy.yaml'), 'utf8'));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const policy = parsed.policy;

function teams(signals: Partial<Signals>): string[] {
  const s = makeSignals(signals);
  const decision = decide({
    facts: makeFacts({}),
    signals: s,
    signalCites: citesFor(s),
    policy,
    asOf: '2026-11-18T15:00:00.000Z',
  });
  return decision.targets.map((target) => target.team);
}

// an executive ask below the significant ARR escalates without matching any routing rule
const unrouted = { executiveAsk: true, arr: 50000, otherCustomersAffected: true } as const;

describe('routing under the default policy when no need-specific rule matched', () => {
  it('keeps the policy default when nothing names a team', () => {
    expect(teams(unrouted)).toEqual(['L2 Support']);
  });

  it('lets the team our side took a pending decision to lead instead of the default', () => {
    expect(teams({ ...unrouted, leadershipDecides: true })).toEqual(['Leadership']);
    expect(teams({ ...unrouted, productDecides: true })).toEqual(['Product']);
  });

  it('keeps engineering at work a further target only', () => {
    expect(teams({ blocked: true, workaround: 'none', engineeringWork: true })).toEqual([
      'L2 Support',
      'Engineering',
    ]);
    expect(teams({ blocked: true, workaround: 'none', leadershipDecides: true })).toEqual(['Leadership']);
  });

  it('puts a decision taken to leadership after the rule that names the main need', () => {
    expect(teams({ outage: true, leadershipDecides: true })).toEqual(['Engineering', 'Leadership']);
  });
});
