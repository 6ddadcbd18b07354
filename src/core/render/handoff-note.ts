/**
 * @module The handoff note for the receiving team, ordered for an engineer who has 30 seconds: the
 * problem, the first move, the leading hypothesis with how far the thread supports it, what is ruled
 * out, how to reproduce, the errors; then background, attempts, blocker, posture and open questions.
 */

import { publishedArticleIds } from '../evidence/visibility.js';
import { hypothesisSupport, isNotACause, rankHypotheses } from '../extract/hypothesis-state.js';
import { contentWords } from '../extract/text/content-words.js';
import { crudeStem } from '../extract/text/word-stems.js';
import { analyze } from '../language/analyze.js';
import type { Facts } from '../model/packet.js';
import { citeMarks } from './cite-marks.js';
import { claimText, oneLine } from './claim-text.js';
import type { RenderInput } from './render-input.js';
import { teamDocsLines } from './team-docs-lines.js';
import { closedIncident } from './update-situation.js';

const MAX_LIST = 6;
const MAX_ERRORS = 6;
const REQUEST_ID = /^(?:req|request|rq|trace|corr|span)[_-][\w-]{4,}$/i;
const RULED_OUT = /^(?:[A-Z][\w ]{0,20}:\s+)?ruled out the theory that\s+/i;
// a fix already under way: the first move is to carry it through and check it
const FIX_UNDER_WAY =
  /\b(?:rollback|roll back|revert\w*|hotfix|fix pr|pr is up|deploy(?:ing)? the fix|config change|replay\w*|backfill\w*|queued)\b/i;
const SUPPORT_LABEL: Readonly<Record<string, string>> = {
  confirmed: 'confirmed in the thread',
  stated: 'stated by our side, not yet verified',
  guessed: 'a guess, not yet verified',
};

function shortText(text: string, max = 200): string {
  return oneLine(text, max).replace(/[.\s]+$/, '');
}

function overlap(a: string, b: string): number {
  const wa = new Set(contentWords(a));
  const wb = contentWords(b);
  return wa.size === 0 ? 0 : wb.filter((w) => wa.has(w)).length / wa.size;
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

/** The first move of a case support keeps: which article or cause the customer's answer comes from. */
function answerInSupport(
  input: RenderInput,
  leading: { text: string; support: string; cites: readonly string[] } | null,
): string | null {
  if (input.signals?.assessment === 'resolved' || closedIncident(input) !== null)
    return 'confirm to the customer that it is resolved, in the words of the status page or of our public reply, and ask them to check; do not escalate.';
  const article = (input.knowledge ?? []).find(
    (c) => c.article.visibility === 'public' && c.steps.length > 0,
  );
  if (article)
    return `answer in support, do not escalate: give the customer the steps of the help article "${shortText(article.article.title, 120)}"${citeMarks([article.cite])}, then answer their questions.`;
  const pasted = [...publishedArticleIds(input.evidence, input.sources)][0];
  if (pasted)
    return `answer in support, do not escalate: give the customer the documented steps of the help article in the handoff${citeMarks([pasted])}, then answer their questions.`;
  if (leading && leading.support !== 'guessed')
    return `answer in support, do not escalate: tell the customer what this cause means for them and what to change or what we will do: ${shortText(leading.text, 200)}${citeMarks(leading.cites)}`;
  const rep = input.facts.reproduction;
  if (rep?.steps[0])
    return `answer in support, do not escalate: tell the customer what the reproduction shows and what to change: ${shortText(rep.steps[0], 200)}${citeMarks(rep.cites)}`;
  return null;
}

const stemsOf = (text: string): Set<string> => new Set(contentWords(text).map(crudeStem));
const latest = (input: RenderInput, cites: readonly string[]): string =>
  cites
    .map((id) => input.evidence.find((e) => e.id === id)?.at ?? '')
    .sort()
    .pop() ?? '';

/** "restarted the pods", "has the purge running"; "the source data is intact" reports a state. */
function doesSomething(action: string): boolean {
  // past the team label ("Engineering: "), which makes the tagger read the verb as an adjective
  const at = action.indexOf(': ');
  const body = at > 0 && at < 25 ? action.slice(at + 2) : action;
  const verbs = analyze(body).sentences.flatMap((x) =>
    x.tokens.filter((t) => t.pos === 'VERB' || t.pos === 'AUX'),
  );
  // a note's opening participle ("flushed the cache") is often tagged an adjective: only a copula says it is a state
  return verbs[0]?.lemma !== 'be';
}

/**
 * The last thing engineering did, once the cause was stated, to what the cause names ("never
 * purged" → "purge running"): the fix is already applied, so the first move is to check it, not to make it.
 */
function actedOn(
  input: RenderInput,
  leading: { text: string; cites: readonly string[] },
): RenderInput['facts']['tried'][number] | null {
  const since = latest(input, leading.cites);
  const cause = stemsOf(leading.text);
  return (
    input.facts.tried
      .filter(
        (t) =>
          t.by === 'engineering' &&
          !RULED_OUT.test(t.action) &&
          since !== '' &&
          latest(input, t.cites) > since &&
          [...stemsOf(t.action)].filter((w) => w.length > 3 && cause.has(w)).length >= 2 &&
          doesSomething(t.action),
      )
      .pop() ?? null
  );
}

function firstMove(
  input: RenderInput,
  leading: { text: string; support: string; cites: readonly string[] } | null,
): string {
  const { facts, decision, actions } = input;
  const fix = [
    ...facts.tried.map((t) => ({ text: t.action, cites: t.cites })),
    ...facts.hypotheses.map((h) => ({ text: String(h.value), cites: h.cites })),
  ]
    .filter(
      (x) => !RULED_OUT.test(x.text) && FIX_UNDER_WAY.test(x.text) && hypothesisSupport(x.text) !== 'guessed',
    )
    .pop();
  // a case support keeps: the answer to give, from the help article or the cause the thread names
  if (!decision.escalate) return answerInSupport(input, leading) ?? actions[0]?.what ?? 'answer in support';
  const repro = facts.reproduction ? ', using the reproduction below' : '';
  // a roadmap, contract or account ask has no bug to fix first: the first move is the decision the
  // customer waits for
  const ask = facts.customerAsks[0];
  const deciders = ['Product', 'Leadership'];
  if (deciders.includes(decision.targets[0]?.team ?? '') && ask)
    return `decide what can be committed on the customer's ask: ${shortText(claimText(ask.value), 160)}${citeMarks(ask.cites)}`;
  if (fix)
    return `check that the fix already under way clears the problem${repro}: ${shortText(fix.text, 160)}${citeMarks(fix.cites)}`;
  const applied = leading && leading.support !== 'guessed' ? actedOn(input, leading) : null;
  if (applied)
    return `check that what our side already did about the cause below clears the problem${repro}: ${shortText(applied.action, 160)}${citeMarks(applied.cites)}`;
  if (leading?.support === 'confirmed')
    return `fix the confirmed cause below${repro}, then tell support what the customer may be told.`;
  const against = facts.errors.length > 0 ? ' against the errors listed' : '';
  if (leading) return `verify the leading hypothesis below${repro || against} before anyone builds on it.`;
  const error = facts.errors[0];
  if (decision.escalate && error)
    return `reproduce the problem and trace the first error: \`${shortText(String(error.value), 120)}\`${citeMarks(error.cites)}`;
  if (decision.escalate && facts.problem)
    return `reproduce the problem: ${shortText(claimText(facts.problem.value))}${citeMarks(facts.problem.cites)}`;
  return actions[0]?.what ?? 'none recorded';
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
    for (const h of ranked.slice(1, MAX_LIST))
      out.push(
        `- Also open (${SUPPORT_LABEL[hypothesisSupport(String(h.claim.value))]}): ${claimText(h.claim.value)}${citeMarks(h.claim.cites)}`,
      );
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
      out.push(`- \`${oneLine(String(e.value), 160)}\`${citeMarks(e.cites)}`);
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
