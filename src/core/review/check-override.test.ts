import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/parse-policy.js';
import { checkOverride } from './check-override.js';

const SHIPPED = readFileSync(new URL('../../../policies/default.policy.yaml', import.meta.url), 'utf8');
const parsed = parsePolicy(SHIPPED);
if (!parsed.ok) throw new Error('the shipped policy must parse');
const policy = parsed.policy;

describe('checkOverride', () => {
  it('accepts a level the policy defines, spelled as the policy spells it', () => {
    const level = policy.severities[0]?.level ?? '';
    expect(checkOverride(policy, 'severity', `  ${level.toUpperCase()} `)).toEqual({
      ok: true,
      value: level,
    });
  });

  it('refuses text that is no level and lists the allowed levels, highest first', () => {
    const check = checkOverride(policy, 'severity', 'Banana <b>x</b>');
    expect(check.ok).toBe(false);
    const levels = [...policy.severities].sort((a, b) => b.order - a.order).map((s) => s.level);
    expect(check).toEqual({ ok: false, allowed: levels });
  });

  it('accepts only the policy tiers as routing', () => {
    const team = policy.tiers[0]?.name ?? '';
    expect(checkOverride(policy, 'routing', team)).toEqual({ ok: true, value: team });
    expect(checkOverride(policy, 'routing', 'Marketing').ok).toBe(false);
  });
});
