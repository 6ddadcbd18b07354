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

function run(signals: Partial<Signals>) {
  const s = makeSignals(signals);
  return decide({
    facts: makeFacts(),
    signals: s,
    signalCites: citesFor(s),
    policy,
    asOf: '2026-11-18T15:00:00.000Z',
  });
}

describe('the report kind under the default policy', () => {
  it('bug → escalated to Engineering; feature → Product; a confident question stays in support', () => {
    const bug = run({ reportKind: 'bug', reportKindScore: 0.7 });
    expect([bug.escalate, bug.targets[0]?.team]).toEqual([true, 'Engineering']);
    const feature = run({ reportKind: 'feature', reportKindScore: 0.7 });
    expect([feature.escalate, feature.targets[0]?.team]).toEqual([true, 'Product']);
    const question = run({ reportKind: 'question', reportKindScore: 0.8, productDefect: true });
    expect(question.escalate).toBe(false);
    expect(question.criteria.map((c) => c.id)).toEqual(['handle-reported-question']);
  });

  it('a defect found by the rules outranks the classifier’s "feature" for the primary target', () => {
    const decision = run({ reportKind: 'feature', reportKindScore: 0.55, productDefect: true });
    expect(decision.targets[0]?.team).toBe('Engineering');
  });

  it('an unsure question, or one with a confirmed bug or a security signal, is escalated', () => {
    expect(run({ reportKind: 'question', reportKindScore: 0.5, productDefect: true }).escalate).toBe(true);
    expect(run({ reportKind: 'question', reportKindScore: 0.9, bugConfirmed: true }).escalate).toBe(true);
    const security = run({ reportKind: 'question', reportKindScore: 0.9, security: true });
    expect([security.escalate, security.targets[0]?.team]).toEqual([true, 'Security']);
  });
});
