/** @module A short post for the primary target team's channel: severity, the ask, and the cites. */
import { citeMarks } from './cite-marks.js';
import { claimText, oneLine } from './claim-text.js';
import type { RenderInput } from './render-input.js';

const MAX_ERRORS = 3;
const MAX_QUESTIONS = 4;
const FIND_OUT = /^find out:\s*/i;

/** The internal post as Markdown-ish chat text. */
export function buildInternalPost(input: RenderInput): string {
  const { facts, decision, gates, actions } = input;
  const team = decision.targets[0]?.team ?? 'Support';
  const severity = decision.severity?.level ?? 'unrated';
  const account = facts.account ? claimText(facts.account.value) : 'unknown account';
  const problem = facts.problem ? oneLine(claimText(facts.problem.value), 160) : 'problem not stated';
  const out: string[] = [
    `**[${severity}, pending approval] ${account}: ${problem}**${facts.problem ? citeMarks(facts.problem.cites, 2) : ''}`,
  ];
  const hypothesis = facts.hypotheses[0];
  out.push(
    decision.escalate
      ? `Ask for ${team}: take ownership and confirm the cause${hypothesis ? `; current hypothesis: ${oneLine(claimText(hypothesis.value), 160)}${citeMarks(hypothesis.cites, 2)}` : ''}`
      : `Ask for ${team}: ${actions.find((a) => a.owner === team)?.what ?? 'answer in support'}`,
  );
  const owned = actions.filter((a) => a.owner === team);
  const questions = owned.filter((a) => FIND_OUT.test(a.what)).map((a) => a.what.replace(FIND_OUT, ''));
  const asked = questions.length > 0 ? questions : input.unknowns.map((u) => u.question);
  if (decision.escalate && asked.length > 0) {
    const due = owned.find((a) => a.due)?.due ?? decision.respondBy;
    out.push(
      `Questions for ${team}${due ? ` (by ${due})` : ''}:`,
      ...asked.slice(0, MAX_QUESTIONS).map((q) => `- ${q}`),
    );
  }
  if (decision.targets[0])
    out.push(`Why you: ${decision.targets[0].reason}${citeMarks(decision.targets[0].cites, 2)}`);
  const affected = [
    facts.affected.users ? `${claimText(facts.affected.users.value)} users` : null,
    facts.affected.accounts ? `${claimText(facts.affected.accounts.value)} accounts` : null,
    facts.startedAt ? `since ${claimText(facts.startedAt.value)}` : null,
  ].filter(Boolean);
  if (affected.length > 0) out.push(`Impact: ${affected.join(', ')}`);
  for (const e of facts.errors.slice(0, MAX_ERRORS))
    out.push(`Error: \`${claimText(e.value)}\`${citeMarks(e.cites, 2)}`);
  if (decision.respondBy) out.push(`Respond by: ${decision.respondBy}`);
  const pending = gates.filter((g) => g.state === 'pending').map((g) => g.id);
  if (pending.length > 0) out.push(`Gates pending: ${pending.join(', ')}`);
  return `${out.join('\n')}\n`;
}
