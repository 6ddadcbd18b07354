/**
 * @module Our remedy on its way but not yet out, read from token order and part of speech: the
 * remedy named at the head of the sentence (a fix, hotfix, patch, rollback, revert, PR or a version)
 * and a predicate that puts it before production: under review ("is in review", "needs security
 * review", "has to go out through Play review"), in the making ("being prepared") or due ("should
 * be out", "has to go out"). Until a later message says it is out, the lead asks when it will be.
 */
import type { Sentence, Token } from '../language/types.js';

export interface Remedy {
  /** the remedy as named: "rollback", "fix PR", "hotfix 5.2.1" */
  readonly name: string;
  /** the review it waits on ("security review", "Play review"), else empty */
  readonly review: string;
}

const REMEDIES = new Set(['fix', 'hotfix', 'patch', 'rollback', 'revert', 'pr']);
// the remedy heads the sentence: its subject, not "we need a fix"
const HEAD_WITHIN = 4;
const DUE = new Set(['have', 'has', 'should', 'will', 'must']);
const OUT = new Set(['out', 'live']);
// a remedy reported out: "the rollback is out", "hotfix deployed", "4.8.1 shipped"
const SHIPPED = new Set(['deploy', 'ship', 'release', 'roll', 'publish']);

const startsWithDigit = (text: string): boolean => text.charAt(0) >= '0' && text.charAt(0) <= '9';
const WHEN = new Set(['date', 'time', 'duration']);

const isVersion = (s: Sentence, t: Token): boolean =>
  s.entities.some((e) => e.type === 'version' && e.start <= t.start && t.end <= e.end) ||
  (t.pos === 'NUM' && t.text.split('.').length === 3);

/** Where the remedy's head is in `s` and how far its name runs, or null. */
function remedyName(s: Sentence): { from: number; to: number } | null {
  const tokens = s.tokens;
  for (let i = 0; i < Math.min(tokens.length, HEAD_WITHIN); i++) {
    const t = tokens[i] as Token;
    if (t.negated || !REMEDIES.has(t.normal)) continue;
    // "Fix PR", "Hotfix 5.2.1": the head's neighbours that name it too
    let to = i + 1;
    while (tokens[to] && (REMEDIES.has(tokens[to]?.normal ?? '') || isVersion(s, tokens[to] as Token))) to++;
    const from = tokens[0]?.pos === 'DET' ? 1 : 0;
    // "fix the parser": the verb, with an object, is no named remedy
    if (tokens[to]?.pos === 'DET' || tokens[to]?.pos === 'PRON') return null;
    return { from, to };
  }
  return null;
}

/** The remedy `s` says is on its way and not out, or null. */
export function readRemedy(s: Sentence): Remedy | null {
  if (s.question || s.conditional || s.text.trim().endsWith('?')) return null;
  const tokens = s.tokens;
  const named = remedyName(s);
  if (!named) return null;
  const rest = tokens.slice(named.to);
  const review = rest.findIndex((t) => t.normal === 'review' && !t.negated);
  // "being prepared": in the making
  const making = rest.findIndex((t, k) => t.normal === 'being' && rest[k + 1]?.pos === 'VERB');
  // "has to go out", "should be out"
  const due = rest.findIndex(
    (t, k) => DUE.has(t.normal) && rest.slice(k + 1, k + 4).some((x) => OUT.has(x.normal) && !x.negated),
  );
  if (review < 0 && making < 0 && due < 0) return null;
  // "should be out Friday": the date is given, nothing is left to ask
  if (s.entities.some((e) => WHEN.has(e.type) && e.start >= (rest[0]?.start ?? 0))) return null;
  const text = (a: number, b: number): string =>
    s.text.slice((tokens[a]?.start ?? 0) - s.start, (tokens[b - 1]?.end ?? 0) - s.start).trim();
  const name = text(named.from, named.to);
  // the review's own modifier: "security review", "Play review"
  const before = review > 0 ? rest[review - 1] : undefined;
  const kind =
    before && (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'VERB') ? before : null;
  return {
    name: startsWithDigit(name) ? name : name.charAt(0).toLowerCase() + name.slice(1),
    review: review < 0 ? '' : `${kind ? `${kind.text} ` : ''}review`,
  };
}

/** The lead's question: "When will the fix PR pass security review?", "When will the rollback be in production?" */
export function remedyQuestion(r: Remedy): string {
  const name = startsWithDigit(r.name) ? r.name : `the ${r.name}`;
  return r.review ? `When will ${name} pass ${r.review}?` : `When will ${name} be in production?`;
}

/** True when `s` says the remedy is out: its name and a shipping verb in the past or "out"/"live", not ahead. */
export function reportsRemedyOut(s: Sentence, r: Remedy): boolean {
  if (s.question || s.text.trim().endsWith('?')) return false;
  const tokens = s.tokens;
  if (
    tokens.some(
      (t) => t.normal === 'will' || t.normal === "'ll" || t.normal === 'going' || t.normal === 'should',
    )
  )
    return false;
  const words = new Set(r.name.toLowerCase().split(' '));
  if (!tokens.some((t) => words.has(t.normal) && !t.negated)) return false;
  return tokens.some((t) => {
    if (t.negated) return false;
    const lemma = t.lemma || t.normal;
    return OUT.has(t.normal) || (SHIPPED.has(lemma) && t.normal !== lemma && !t.normal.endsWith('ing'));
  });
}
