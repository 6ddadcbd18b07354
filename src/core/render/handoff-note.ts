/**
 * @module The handoff note for the receiving team: problem, background, attempted, blocker (why
 * support cannot resolve it), customer posture as facts, and the next-move hypothesis.
 */
import { citeMarks } from './cite-marks.js';
import { claimText } from './claim-text.js';
import type { RenderInput } from './render-input.js';

const MAX_LIST = 6;

/** The handoff note as Markdown. */
export function buildHandoffNote(input: RenderInput): string {
  const { facts, decision, actions } = input;
  const out: string[] = ['## Handoff note', ''];
  out.push(
    `**Problem:** ${facts.problem ? `${claimText(facts.problem.value)}${citeMarks(facts.problem.cites)}` : 'not stated in the evidence'}`,
    '',
    '**Background:**',
  );
  const background: string[] = [];
  if (facts.account)
    background.push(`Account: ${claimText(facts.account.value)}${citeMarks(facts.account.cites)}`);
  if (facts.tier) background.push(`Tier: ${claimText(facts.tier.value)}${citeMarks(facts.tier.cites)}`);
  if (facts.startedAt) {
    background.push(`Started: ${claimText(facts.startedAt.value)}${citeMarks(facts.startedAt.cites)}`);
  }
  for (const env of facts.environment.slice(0, MAX_LIST)) {
    background.push(`Environment: ${claimText(env.value)}${citeMarks(env.cites)}`);
  }
  for (const p of facts.pattern.slice(0, MAX_LIST))
    background.push(`Pattern: ${claimText(p.value)}${citeMarks(p.cites)}`);
  for (const c of facts.commitments.slice(0, MAX_LIST)) {
    background.push(`Already promised: ${claimText(c.value)}${citeMarks(c.cites)}`);
  }
  out.push(...(background.length > 0 ? background.map((b) => `- ${b}`) : ['- nothing beyond the problem']));

  out.push('', '**Attempted:**');
  out.push(
    ...(facts.tried.length > 0
      ? facts.tried
          .slice(0, MAX_LIST * 2)
          .map((t) => `- ${t.action}${t.result ? ` → ${t.result}` : ''} (${t.by})${citeMarks(t.cites)}`)
      : ['- nothing recorded']),
  );

  out.push('', '**Blocker (why support cannot resolve it):**');
  const reasons = decision.criteria.map((c) => `- ${c.label}${citeMarks(c.cites)}`);
  if (reasons.length === 0) {
    reasons.push(
      decision.escalate
        ? '- the policy sends it out of support; no single criterion is recorded'
        : '- none: the policy keeps this in support',
    );
  }
  out.push(...reasons);

  out.push('', '**Customer posture:**');
  const posture = facts.posture.map((p) => `- ${claimText(p.value)}${citeMarks(p.cites)}`);
  for (const d of facts.deadlines) posture.push(`- deadline: ${d.text}${citeMarks(d.cites)}`);
  out.push(
    ...(posture.length > 0 ? posture.slice(0, MAX_LIST * 2) : ['- nothing recorded beyond the report']),
  );

  out.push('', '**Next-move hypothesis:**');
  if (facts.hypotheses.length > 0) {
    out.push(
      ...facts.hypotheses.slice(0, MAX_LIST).map((h) => `- ${claimText(h.value)}${citeMarks(h.cites)}`),
    );
  } else {
    const first = actions[0];
    out.push(`- none in the thread yet${first ? `; first step: ${first.what}` : ''}`);
  }
  return `${out.join('\n')}\n`;
}
