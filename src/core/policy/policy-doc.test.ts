import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GATE_KINDS } from '../model/packet.js';
import { TEAM_ROLES } from '../review/roles.js';
import { SIGNAL_KEYS } from './cel-environment.js';
import {
  CadenceSchema,
  EscalationCriterionSchema,
  GateRuleSchema,
  NeverSaySchema,
  POLICY_KEYS,
  RoutingRuleSchema,
  SeveritySchema,
  TierSchema,
} from './policy-schema.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const doc = readFileSync(path.join(repoRoot, 'docs/policy.md'), 'utf8');

describe('docs/policy.md', () => {
  it('has a section for every top-level key of the policy schema', () => {
    for (const key of POLICY_KEYS) expect(doc, key).toContain(`### \`${key}\``);
  });

  it('mentions every nested key, signal, gate kind and role', () => {
    const nested = [
      TierSchema,
      SeveritySchema,
      EscalationCriterionSchema,
      RoutingRuleSchema,
      CadenceSchema,
      GateRuleSchema,
      NeverSaySchema,
    ].flatMap((schema) => Object.keys(schema.shape));
    for (const key of [...nested, 'byAccount', 'byProductArea', 'handleInSupport', 'criteria', 'approved']) {
      expect(doc, key).toContain(`\`${key}\``);
    }
    for (const key of [...SIGNAL_KEYS, ...GATE_KINDS, ...TEAM_ROLES])
      expect(doc, key).toContain(`\`${key}\``);
  });
});
