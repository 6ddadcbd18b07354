/**
 * @module The escalation brief: what broke, who is affected, since when, what was tried, what is
 * missing and what the customer waits to hear, every line with its citation markers.
 */
import { citeMarks } from './cite-marks.js';
import { claimText } from './claim-text.js';
import type { RenderInput } from './render-input.js';

const MAX_LIST = 8;

function list<T>(items: readonly T[], line: (item: T) => string, empty: string): string[] {
  if (items.length === 0) return [`- ${empty}`];
  const shown = items.slice(0, MAX_LIST).map((item) => `- ${line(item)}`);
  if (items.length > MAX_LIST) shown.push(`- … and ${items.length - MAX_LIST} more (see facts)`);
  return shown;
}

/** The brief as Markdown. */
export function buildBrief(input: RenderInput): string {
  const { facts, decision, unknowns } = input;
  const account = facts.account ? claimText(facts.account.value) : 'unknown account';
  const out: string[] = [`## Escalation brief: ${account}`, ''];
  out.push(
    `**What broke:** ${facts.problem ? `${claimText(facts.problem.value)}${citeMarks(facts.problem.cites)}` : 'not stated in the evidence'}`,
  );
  if (facts.symptoms.length > 0) {
    out.push(
      '',
      '**Symptoms:**',
      ...list(facts.symptoms, (s) => `${claimText(s.value)}${citeMarks(s.cites)}`, ''),
    );
  }
  if (facts.errors.length > 0) {
    out.push(
      '',
      '**Errors:**',
      ...list(facts.errors, (e) => `\`${claimText(e.value)}\`${citeMarks(e.cites)}`, ''),
    );
  }
  const affected = facts.affected;
  const counts = [
    affected.users ? `${claimText(affected.users.value)} user(s)${citeMarks(affected.users.cites)}` : null,
    affected.accounts
      ? `${claimText(affected.accounts.value)} account(s)${citeMarks(affected.accounts.cites)}`
      : null,
    affected.scope ? `${claimText(affected.scope.value)}${citeMarks(affected.scope.cites)}` : null,
  ].filter((part): part is string => part !== null);
  out.push(
    '',
    `**Who is affected:** ${counts.length > 0 ? counts.join('; ') : affected.summary || 'not stated'}`,
    `**Since when:** ${facts.startedAt ? `${claimText(facts.startedAt.value)}${citeMarks(facts.startedAt.cites)}` : 'not stated'}`,
  );
  if (facts.tier) out.push(`**Tier:** ${claimText(facts.tier.value)}${citeMarks(facts.tier.cites)}`);
  out.push(
    '',
    '**What was tried:**',
    ...list(
      facts.tried,
      (t) => `${t.action}${t.result ? ` → ${t.result}` : ''} (${t.by})${citeMarks(t.cites)}`,
      'nothing recorded',
    ),
  );
  if (facts.workaround.exists !== null) {
    const kind = facts.workaround.exists ? (facts.workaround.partial ? 'partial' : 'yes') : 'none';
    out.push(
      '',
      `**Workaround:** ${kind}${facts.workaround.text ? `: ${facts.workaround.text}` : ''}${citeMarks(facts.workaround.cites)}`,
    );
  }
  out.push(
    '',
    "**What's missing:**",
    ...list(unknowns, (u) => `${u.question} (${u.why})`, 'nothing flagged'),
    '',
    '**What the customer waits to hear:**',
    ...list(facts.customerAsks, (a) => `${claimText(a.value)}${citeMarks(a.cites)}`, 'no explicit ask'),
  );
  for (const d of facts.deadlines.slice(0, MAX_LIST)) {
    out.push(`- deadline: ${d.text}${d.at ? ` (${d.at})` : ''}${citeMarks(d.cites)}`);
  }
  const severity = decision.severity ? decision.severity.level : 'none';
  const target = decision.targets[0]?.team ?? 'support';
  out.push(
    '',
    `**Suggested:** ${decision.escalate ? `escalate to ${target}` : 'handle in support'}, severity ${severity} (pending approval).`,
  );
  return `${out.join('\n')}\n`;
}
