/**
 * @module A fix our side says is already on its way but not yet out: "Hotfix 5.2.1 is in review",
 * "Fix PR is up, needs security review", "the revert is queued", "the patch is merged, deploying
 * tonight". Read from the language layer's tokens: a fix noun (fix, hotfix, patch, PR, revert,
 * rollback …), not denied, and after it in the same clause a pipeline state — in/under/awaiting/needs
 * review, QA or testing; "is up", "is queued", "is merged", "is staged"; "rolling out", "being
 * deployed", "started", "underway". A question, a condition, a hedge or a promise ("will be", "once") is no fix in flight.
 */
import type { Sentence, Token } from '../language/types.js';

// nouns that name a change made to fix the problem
const FIX_NOUNS = new Set(['fix', 'hotfix', 'patch', 'pr', 'mr', 'revert', 'rollback', 'backport']);
// a stage of the pipeline a change waits in: "in review", "awaiting QA", "needs security review"
const STAGES = new Set(['review', 'qa', 'testing', 'staging', 'approval', 'canary']);
const BEFORE_STAGE = new Set(['in', 'under', 'awaiting', 'await', 'needs', 'need', 'for', 'on', 'into']);
// "is up", "is queued", "got merged": a state reached on the way out, said with a form of "be"/"get"
const STATES = new Set(['up', 'queued', 'merged', 'staged', 'approved', 'scheduled']);
const BE = new Set(['is', "'s", 'are', "'re", 'was', 'were', 'been', 'be', 'got', 'gets']);
// "rolling out", "being deployed", "deploying", "rollback started 18:45", "revert underway"
const MOVING = new Set(['rolling', 'deploying', 'shipping', 'started', 'underway']);
// what closes the clause the fix noun opens
const CLAUSE_END = new Set([';', '.', '?', '!']);
// a promise or condition before the state: "will be in review", "once it is merged"
const NOT_YET = new Set(['will', "'ll", 'once', 'when', 'if', 'after', 'until', 'would', 'should']);

/**
 * The fix noun must open its clause as the subject: "once the fix is merged" and "check if the PR is
 * up" wait on a condition, "confirms rollback started" and "says a fix is underway" report.
 */
function subjectOfClause(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (CLAUSE_END.has(t.text) || t.text === ',' || t.text === ':' || t.pos === 'CCONJ') return true;
    if (NOT_YET.has(t.normal) || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ') return false;
  }
  return true;
}

/**
 * "hotfix branch up:", "PR merged, deploying after lunch": chat drops the copula. A state word right
 * after a noun of the fix's own phrase, closing its clause, says the same as "is up" / "is merged".
 */
function elidedState(tokens: readonly Token[], k: number, from: number): boolean {
  const next = tokens[k + 1];
  // the fix noun and at most one noun of its phrase ("hotfix branch"), nothing else, before the state
  const phrase = tokens.slice(from - 1, k);
  // with no verb of its own the clause cannot show a condition: "when … and PR approved, merge" waits
  if (tokens.slice(0, from - 1).some((t) => NOT_YET.has(t.normal))) return false;
  return (
    STATES.has((tokens[k] as Token).normal) &&
    phrase.length <= 2 &&
    phrase.every((n) => n.pos === 'NOUN' || n.pos === 'PROPN') &&
    (next === undefined || next.kind === 'punctuation')
  );
}

function reachesState(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (CLAUSE_END.has(t.text)) return false;
    if (NOT_YET.has(t.normal) || t.negated) return false;
    const prev = tokens[k - 1]?.normal ?? '';
    if (STAGES.has(t.normal) && (BEFORE_STAGE.has(prev) || BEFORE_STAGE.has(tokens[k - 2]?.normal ?? '')))
      return true;
    // "the PR is up to date" says nothing of its way out
    if (STATES.has(t.normal) && BE.has(prev) && tokens[k + 1]?.normal !== 'to') return true;
    if (elidedState(tokens, k, from)) return true;

    if (MOVING.has(t.normal) && (t.normal !== 'rolling' || tokens[k + 1]?.normal === 'out')) return true;
    if (t.normal === 'deployed' && prev === 'being') return true;
  }
  return false;
}

// an object after a verb "fix" makes it the verb ("fix the parser", "fix it"); "Fix PR is up" names one
const OBJECT = new Set(['DET', 'PRON', 'ADJ']);

/** The tagger reads an opening "Fix"/"Revert" as a verb; with no object after it, it names the change. */
function namesFix(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!FIX_NOUNS.has(t.normal) || t.negated || tokens[i - 1]?.normal === 'to') return false;
  if (t.pos === 'NOUN' || t.pos === 'PROPN') return true;
  return t.pos === 'VERB' && i === 0 && !OBJECT.has(tokens[i + 1]?.pos ?? 'DET');
}

/** True when `s` says a fix is already in review, queued, merged or rolling out (see the module comment). */
export function readsFixInFlight(s: Sentence): boolean {
  if (s.question || s.conditional || s.hedged) return false;
  const tokens = s.tokens;
  return tokens.some(
    (_, i) => namesFix(tokens, i) && subjectOfClause(tokens, i) && reachesState(tokens, i + 1),
  );
}
