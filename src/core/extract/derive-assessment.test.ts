import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ItemSpec, makeIntake } from '../../../test/helpers/make-evidence.js';
import { decide } from '../decide/decide.js';
import { parsePolicy } from '../policy/parse-policy.js';
import { buildContext } from './context.js';
import { deriveAssessment } from './derive-assessment.js';
import { extractFacts } from './extract-facts.js';

const ASOF = '2026-11-20T12:00:00Z';
const assess = (specs: ItemSpec[]) => deriveAssessment(buildContext(makeIntake(specs), ASOF));
const at = (hour: number) => `2026-11-19T${String(hour).padStart(2, '0')}:00:00Z`;

const parsed = parsePolicy(
  readFileSync(fileURLToPath(new URL('../../../policies/default.policy.yaml', import.meta.url)), 'utf8'),
);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const policy = parsed.policy;

function decided(specs: ItemSpec[]) {
  const { facts, signals, signalCites } = extractFacts(makeIntake(specs), ASOF);
  return { signals, decision: decide({ facts, signals, signalCites, policy, asOf: ASOF }) };
}

describe('deriveAssessment: the thread as it stands', () => {
  it('takes our side’s assessment, with its cite and a trace naming the rule and sentence', () => {
    const out = assess([
      { text: 'The export drops half our rows, this is a bug!', at: at(9) },
      {
        text: 'Checked with the team. Not a bug: archived rows are left out of exports.',
        role: 'support',
        at: at(10),
        visibility: 'internal',
      },
    ]);
    expect(out.value).toBe('not_a_defect');
    expect(out.cites).toEqual(['S1:m2']);
    expect(out.traces[0]).toMatchObject({
      mechanism: 'structure',
      rule: 'assess-not-a-defect',
      evidence: 'S1:m2',
      sentence: 'Not a bug: archived rows are left out of exports.',
    });
  });

  it('never reads the customer, a bot or a log as our assessment', () => {
    expect(assess([{ text: 'This is not a bug on my side, your product is broken.' }]).value).toBe('none');
    expect(assess([{ text: 'Auto-reply: no escalation needed for P4 tickets.', role: 'bot' }]).value).toBe(
      'none',
    );
  });

  it('lets a later confirmation of a defect by our side clear an earlier "not a bug"', () => {
    const out = assess([
      {
        text: 'Looks like expected behaviour to me, not a bug.',
        role: 'support',
        at: at(9),
        visibility: 'internal',
      },
      {
        text: 'Correction: it is a bug, reproduced on staging with a fresh account.',
        role: 'engineering',
        at: at(11),
        visibility: 'internal',
      },
    ]);
    expect(out.value).toBe('none');
    expect(out.cites).toEqual([]);
  });

  it('keeps the latest assessment when ours changes', () => {
    const out = assess([
      { text: 'Not a bug as far as I can see.', role: 'support', at: at(9), visibility: 'internal' },
      {
        text: 'Their firewall blocks our webhook IPs; it is on their side.',
        role: 'engineering',
        at: at(12),
        visibility: 'internal',
      },
    ]);
    expect(out.value).toBe('customer_side');
    expect(out.cites).toEqual(['S1:m2']);
  });

  it('keeps our decision not to escalate when a later sentence of ours only gives a reason', () => {
    const decision = {
      text: 'Not escalating this one.',
      role: 'support' as const,
      at: at(9),
      visibility: 'internal' as const,
    };
    const reason = {
      text: 'Checked with the team: it works as designed, reviewers see only approved sheets.',
      role: 'engineering' as const,
      at: at(11),
      visibility: 'internal' as const,
    };
    expect(assess([decision, reason]).value).toBe('handle_in_support');
    // our later "it is a bug" takes the decision back
    const bug = {
      text: 'Correction: this is a bug in the sync, confirmed.',
      role: 'engineering' as const,
      at: at(12),
    };
    expect(assess([decision, reason, bug]).value).toBe('none');
  });
});

describe('the default policy reads the assessment', () => {
  it('keeps a customer-reported error in support when our side says it is customer-side', () => {
    const report = {
      text: 'Since this morning our webhook deliveries fail with a 502 error.',
      at: at(8),
    };
    const before = decided([report]);
    expect(before.decision.escalate).toBe(true);
    const after = decided([
      report,
      {
        text: 'Their reverse proxy returns the 502; the certificate on their proxy expired last night.',
        role: 'engineering',
        at: at(10),
        visibility: 'internal',
      },
    ]);
    expect(after.signals.assessment).toBe('customer_side');
    expect(after.decision.escalate).toBe(false);
    expect(after.decision.criteria.map((c) => c.id)).toContain('handle-our-assessment');
  });

  it('does not keep a security report in support, whatever our side says', () => {
    const { signals, decision } = decided([
      { text: "I can see another company's invoices in our billing page.", at: at(8) },
      {
        text: 'No escalation needed, it is a display glitch.',
        role: 'support',
        at: at(9),
        visibility: 'internal',
      },
    ]);
    expect(signals.assessment).toBe('handle_in_support');
    expect(decision.escalate).toBe(true);
  });

  it('reads no assessment into a question from our side', () => {
    const { signals } = decided([
      { text: 'Login fails for all our users.', at: at(8) },
      { text: 'Is this something support can close?', role: 'support', at: at(9), visibility: 'internal' },
    ]);
    expect(signals.assessment).toBe('none');
  });

  it('escalates a defect our side owns, and a later remark that one part is intended leaves it standing', () => {
    const report = {
      text: "Since Monday the weekly digest lists last year's events for all our members. Can you check?",
      at: at(8),
    };
    const owned = {
      text: 'Found it: the cause is on our side, the digest job reads the wrong calendar year.',
      role: 'support' as const,
      at: at(10),
    };
    const part = {
      text: 'The manual resend is by design limited to one digest a day.',
      role: 'support' as const,
      at: at(11),
    };
    const { signals, decision } = decided([report, owned, part]);
    expect(signals.bugConfirmed).toBe(true);
    expect(signals.assessment).toBe('none');
    expect(decision.escalate).toBe(true);
    expect(decision.targets[0]?.team).toBe('Engineering');
    // our side saying the whole of it is intended takes the confirmation back
    const whole = { text: 'Checked again: it works as designed.', role: 'engineering' as const, at: at(12) };
    const after = decided([report, owned, part, whole]);
    expect(after.signals.bugConfirmed).toBe(false);
    expect(after.signals.assessment).toBe('not_a_defect');
  });

  it("reads no confirmed defect into our side owning a cause only if, or in the customer's words", () => {
    const report = { text: "The weekly digest lists last year's events.", at: at(8) };
    const cond = {
      text: 'If the cause is on our side we will fix it this week.',
      role: 'support' as const,
      at: at(9),
    };
    const relayed = {
      text: 'Their office manager says the mistake is on our side.',
      role: 'support' as const,
      at: at(10),
    };
    expect(decided([report, cond, relayed]).signals.bugConfirmed).toBe(false);
  });
});
