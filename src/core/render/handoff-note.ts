/**
 * @module The handoff note for the receiving team, ordered for an engineer who has 30 seconds: the
 * problem, the first move, the leading hypothesis with how far the thread supports it, what is ruled
 * out, how to reproduce, the errors; then background, attempts, blocker, posture and open questions.
 */

import { hypothesisSupport, isNotACause, rankHypotheses } from '../extract/hypothesis-state.js';
import { contentWords } from '../extract/text/content-words.js';
import { crudeStem } from '../extract/text/word-stems.js';
import type { Facts } from '../model/packet.js';
import { citeMarks } from './cite-marks.js';
import { claimText, oneLine } from './claim-text.js';
import { firstMove, RULED_OUT, shortText } from './first-move.js';
import type { RenderInput } from './render-input.js';
import { teamDocsLines } from './team-docs-lines.js';

const MAX_LIST = 6;
const MAX_ERRORS = 6;
// the share of a guess's words a confirmed reading repeats when it says the same thing
const SAME_READING = 0.2;
const REQUEST_ID = /^(?:req|request|rq|trace|corr|span)[_-][\w-]{4,}$/i;
const SUPPORT_LABEL: Readonly<Record<string, string>> = {
  confirmed: 'confirmed in the thread',
  stated: 'stated by our side, not yet verified',
  guessed: 'a guess, not yet verified',
};

function overlap(a: string, b: string): number {
  const wa = new Set(contentWords(a));
  const wb = contentWords(b);
  return wa.size === 0 ? 0 : wb.filter((w) => wa.has(w)).length / wa.size;
}

/** The share of `a`'s word stems that `b` repeats ("parses" and "parsed" are one). */
function stemOverlap(a: string, b: string): number {
  const wa = new Set(contentWords(a).map(crudeStem));
  const wb = new Set(contentWords(b).map(crudeStem));
  return wa.size === 0 ? 0 : [...wa].filter((w) => wb.has(w)).length / wa.size;
}

interface RuledOut {
  readonly theory: string;
  readonly why: string | null;
  readonly cites: readonly string[];
}

/** Theories the thread refuted, from the attempts that record them, minus anything now confirmed. */
function ruledOut(facts: Facts, leading: string | null): RuledOut[] {
  return (
    facts.tried
      .filter((t) => RULED_OUT.test(t.action))
      .map((t) => ({
        theory: t.action.replace(RULED_OUT, '').replace(/[.\s]+$/, ''),
        why: t.result,
        cites: t.cites,
      }))
      // the cause the thread now confirms is never listed as ruled out
      .filter((r) => leading === null || overlap(r.theory, leading) < 0.6)
  );
}

/** ` ×7, first 2026-11-27 15:13Z, last 2026-11-30 11:09Z` for an error seen more than once. */
function seenText(error: Facts['errors'][number], evidence: RenderInput['evidence']): string {
  if (!error.count || error.count < 2) return '';
  const times = error.cites
    .map((id) => evidence.find((e) => e.id === id)?.at)
    .filter((at): at is string => typeof at === 'string')
    .sort();
  const minute = (at: string) => `${at.slice(0, 10)} ${at.slice(11, 16)}Z`;
  const first = times[0];
  const last = times.at(-1);
  const span = first && last && first !== last ? `, first ${minute(first)}, last ${minute(last)}` : '';
  return ` ×${error.count}${span}`;
}

/** The first or last time among the cited evidence items, '' when none has one. */
function timeOf(input: RenderInput, cites: readonly string[], which: 'first' | 'last'): string {
  const times = cites
    .map((id) => input.evidence.find((e) => e.id === id)?.at ?? '')
    .filter((at) => at !== '')
    .sort();
  return (which === 'first' ? times[0] : times.at(-1)) ?? '';
}

/** The handoff note as Markdown. */
export function buildHandoffNote(input: RenderInput): string {
  const { facts, decision } = input;
  // a workaround or a reply to the customer read as a theory is not a cause
  const workaround = facts.workaround.text ?? '';
  const ranked = rankHypotheses(facts.hypotheses).filter(
    (h) =>
      !isNotACause(String(h.claim.value)) &&
      (workaround === '' || overlap(String(h.claim.value), workaround) < 0.6),
  );
  const lead = ranked[0];
  const leading = lead
    ? { text: claimText(lead.claim.value), support: lead.support, cites: lead.claim.cites }
    : null;
  const out: string[] = ['## Handoff note', ''];
  out.push(
    `**Problem:** ${facts.problem ? `${claimText(facts.problem.value)}${citeMarks(facts.problem.cites)}` : 'not stated in the evidence'}`,
    '',
    `**First move:** ${firstMove(input, leading)}`,
    '',
    '**Next-move hypothesis:**',
  );
  if (leading) {
    out.push(`- Leading (${SUPPORT_LABEL[leading.support]}): ${leading.text}${citeMarks(leading.cites)}`);
    // a guess made before the cause was confirmed is set aside by the confirmation: confirmed beats guessed
    const confirmedAt = leading.support === 'confirmed' ? timeOf(input, leading.cites, 'last') : '';
    for (const h of ranked.slice(1, MAX_LIST)) {
      const support = hypothesisSupport(String(h.claim.value));
      const at = timeOf(input, h.claim.cites, 'first');
      // one the confirmed readings bear out ("looks like the paste was double escaped") is not set aside
      const borneOut = ranked.some(
        (c) =>
          c.support === 'confirmed' &&
          c !== h &&
          overlap(String(h.claim.value), String(c.claim.value)) >= SAME_READING,
      );
      const earlier =
        support === 'guessed' && confirmedAt !== '' && at !== '' && at < confirmedAt && !borneOut;
      out.push(
        earlier
          ? `- Set aside (a guess made before the cause above was confirmed): ${claimText(h.claim.value)}${citeMarks(h.claim.cites)}`
          : `- Also open (${SUPPORT_LABEL[support]}): ${claimText(h.claim.value)}${citeMarks(h.claim.cites)}`,
      );
    }
  } else out.push('- none in the thread yet');

  const refuted = ruledOut(facts, leading?.text ?? null);
  out.push('', '**Ruled out:**');
  out.push(
    ...(refuted.length > 0
      ? refuted
          .slice(0, MAX_LIST)
          .map(
            (r) =>
              `- ${r.theory}${r.why ? ` — ruled out: ${shortText(r.why, 160)}` : ''}${citeMarks(r.cites)}`,
          )
      : ['- nothing yet']),
  );

  out.push('', '**Reproduction:**');
  const rep = facts.reproduction;
  if (rep && rep.steps.length > 0) {
    rep.steps.slice(0, MAX_LIST).forEach((s, i) => {
      out.push(`${i + 1}. ${oneLine(s, 200)}`);
    });
    if (rep.expected) out.push(`- expected: ${oneLine(rep.expected, 160)}`);
    if (rep.actual) out.push(`- actual: ${oneLine(rep.actual, 160)}`);
    if (rep.frequency) out.push(`- how often: ${oneLine(rep.frequency, 80)}`);
    out.push(`- source${citeMarks(rep.cites)}`);
  } else {
    const repro = facts.tried.find(
      (t) => /\brepro(?:'?d|duced|duction)?\b/i.test(t.action) && t.by !== 'customer',
    );
    out.push(
      repro
        ? `- ${repro.action}${repro.result ? ` → ${repro.result}` : ''}${citeMarks(repro.cites)}`
        : '- no steps in the thread yet',
    );
  }

  // a request id says which call failed, not what went wrong: listed apart so the errors stay errors
  const requests = facts.errors.filter((e) => REQUEST_ID.test(String(e.value)));
  const errors = facts.errors.filter((e) => !REQUEST_ID.test(String(e.value)));
  if (errors.length > 0) {
    out.push('', '**Errors:**');
    for (const e of errors.slice(0, MAX_ERRORS))
      out.push(`- \`${oneLine(String(e.value), 160)}\`${seenText(e, input.evidence)}${citeMarks(e.cites)}`);
  }
  if (requests.length > 0) {
    const ids = requests.slice(0, MAX_ERRORS).map((e) => `\`${String(e.value)}\`${citeMarks(e.cites)}`);
    out.push('', `**Failing requests:** ${ids.join(', ')}`);
  }

  out.push('', '**Background:**');
  const background: string[] = [];
  if (facts.account)
    background.push(`Account: ${claimText(facts.account.value)}${citeMarks(facts.account.cites)}`);
  if (facts.tier) background.push(`Tier: ${claimText(facts.tier.value)}${citeMarks(facts.tier.cites)}`);
  if (facts.affected.summary && facts.affected.summary !== 'Not stated')
    background.push(`Affected: ${oneLine(facts.affected.summary, 160)}`);
  if (facts.startedAt)
    background.push(`Started: ${claimText(facts.startedAt.value)}${citeMarks(facts.startedAt.cites)}`);
  for (const env of facts.environment.slice(0, MAX_LIST))
    background.push(`Environment: ${claimText(env.value)}${citeMarks(env.cites)}`);
  for (const p of facts.pattern.slice(0, MAX_LIST))
    background.push(`Pattern: ${claimText(p.value)}${citeMarks(p.cites)}`);
  if (facts.workaround.exists && facts.workaround.text)
    background.push(
      `Workaround${facts.workaround.partial ? ' (partial)' : ''}: ${oneLine(facts.workaround.text, 200)}${citeMarks(facts.workaround.cites)}`,
    );
  for (const c of facts.commitments.slice(0, MAX_LIST))
    background.push(`Already promised: ${claimText(c.value)}${citeMarks(c.cites)}`);
  out.push(...(background.length > 0 ? background.map((b) => `- ${b}`) : ['- nothing beyond the problem']));

  out.push('', '**Attempted:**');
  const attempts = facts.tried.filter((t) => !RULED_OUT.test(t.action));
  out.push(
    ...(attempts.length > 0
      ? attempts
          .slice(0, MAX_LIST * 2)
          .map((t) => `- ${t.action}${t.result ? ` → ${t.result}` : ''} (${t.by})${citeMarks(t.cites)}`)
      : ['- nothing recorded']),
  );

  out.push(...teamDocsLines(input.knowledge));

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
  for (const d of facts.deadlines)
    posture.push(`- deadline${d.at ? ` (${d.at})` : ''}: ${d.text}${citeMarks(d.cites)}`);
  out.push(
    ...(posture.length > 0 ? posture.slice(0, MAX_LIST * 2) : ['- nothing recorded beyond the report']),
  );

  if (input.unknowns.length > 0) {
    out.push('', '**Open questions:**');
    for (const u of input.unknowns.slice(0, MAX_LIST)) out.push(`- ${u.question}`);
  }
  return `${out.join('\n')}\n`;
}
