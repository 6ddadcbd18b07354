import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ItemSpec, makeIntake } from '../../../test/helpers/make-evidence.js';
import { decide } from '../decide/decide.js';
import { extractFacts } from '../extract/extract-facts.js';
import { parsePolicy } from './parse-policy.js';

const ASOF = '2030-06-10T12:00:00Z';
const at = (hour: number) => `2030-06-10T${String(hour).padStart(2, '0')}:00:00Z`;
const parsed = parsePolicy(
  readFileSync(fileURLToPath(new URL('../../../policies/default.policy.yaml', import.meta.url)), 'utf8'),
);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const policy = parsed.policy;

function decided(specs: ItemSpec[]) {
  const { facts, signals, signalCites } = extractFacts(makeIntake(specs), ASOF);
  return { signals, decision: decide({ facts, signals, signalCites, policy, asOf: ASOF }) };
}

const ask: ItemSpec = {
  text: 'We would like the ability to export invoices per cost centre. Is that on your roadmap?',
  at: at(8),
};

describe('default policy: a feature ask and our side’s assessment', () => {
  it('our explicit "keep it in support" keeps a feature ask in support', () => {
    const { signals, decision } = decided([
      ask,
      {
        text: 'No escalation needed, I added their vote to the existing request.',
        role: 'support',
        at: at(9),
        visibility: 'internal',
      },
    ]);
    expect(signals.featureRequest).toBe(true);
    expect(signals.assessment).toBe('handle_in_support');
    expect(decision.escalate).toBe(false);
  });

  it('"not a bug" says nothing about where a feature ask goes: it still goes to Product', () => {
    const { signals, decision } = decided([
      ask,
      {
        text: 'This is not a bug, the export works per account.',
        role: 'support',
        at: at(9),
        visibility: 'internal',
      },
    ]);
    expect(signals.featureRequest).toBe(true);
    expect(signals.assessment).toBe('not_a_defect');
    expect(decision.escalate).toBe(true);
    expect(decision.targets[0]?.team).toBe('Product');
  });
});
