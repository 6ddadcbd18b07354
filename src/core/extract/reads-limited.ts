/**
 * @module Whether a sentence limits a way round, read from structure over the language layer's
 * tokens and entities: a restriction ("only", "except", "partly", "some of"), a scope denied ("not
 * all", "not for combo charts", ", not the mobile app"), unreliability ("usually", "sometimes"),
 * labour ("manually", "by hand", "tedious"), time it takes ("takes hours", "the whole day", "ten
 * minutes per order", "full-time"), a cost ("loses the timestamps", "the bank rejects them", "not
 * accepted") or an offer only to those who cannot do otherwise ("if they can't wait, …").
 */
import type { Sentence, Token } from '../language/types.js';

// what narrows a way round to some cases (lemmas and normal forms)
const RESTRICTING = new Set(['only', 'except', 'partial', 'partially', 'partly', 'mostly', 'fewer']);
// quantifiers that narrow when "of" follows: "some of the stores", "most of them"
const SOME = new Set(['some', 'most']);
// how often it works
const UNRELIABLE = new Set(['usually', 'sometimes', 'occasionally']);
// what it costs in labour
const LABOUR = new Set(['manually', 'hand', 'slow', 'tedious', 'laborious']);
// what it loses, or who refuses its result (lemmas)
const COSTS = new Set(['lose', 'reject']);
// what a negator denies to make the cover partial: "not all", "not for", "not every"
const SCOPE = new Set(['all', 'for', 'every', 'everyone', 'everything', 'everybody']);
const NEGATORS = new Set(['not', 'never']);
// "does not work for", "doesn't help with": an effect denied for some cases
const EFFECT = new Set(['work', 'help']);
// how effort is counted out: "ten minutes per order", "an hour each"
const PER = new Set(['per', 'each', 'a', 'every']);
const SPANS = new Set(['date', 'time', 'duration']);
// what a way round does when it works (lemmas): "that works, but …", "it gets the walk back, but …"
const RESTORING = new Set(['work', 'help', 'fix', 'restore', 'solve']);

const has = (t: Token | undefined, set: ReadonlySet<string>): boolean =>
  t !== undefined && (set.has(t.lemma) || set.has(t.normal));

function denied(tokens: readonly Token[], i: number): boolean {
  return NEGATORS.has(tokens[i - 1]?.normal ?? '') || NEGATORS.has(tokens[i - 2]?.normal ?? '');
}

/** "not all", "not for", ", not combo charts", "doesn't work for". */
function scopeDenied(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !NEGATORS.has(t.normal)) return false;
  if (tokens[i - 1]?.normal === ',' || has(tokens[i + 1], SCOPE) || tokens[i - 1]?.normal === 'but')
    return true;
  return has(tokens[i + 1], EFFECT) && ['for', 'with'].includes(tokens[i + 2]?.normal ?? '');
}

/** The span of time (a date, time or duration entity) a token sits in, if any. */
function inSpan(s: Sentence, t: Token | undefined): boolean {
  return t !== undefined && s.entities.some((e) => SPANS.has(e.type) && t.start >= e.start && t.end <= e.end);
}

/** "takes two people all day", "ten minutes per order", "the whole morning", "full-time". */
function effort(s: Sentence, i: number): boolean {
  const tokens = s.tokens;
  const t = tokens[i];
  if (!t) return false;
  if (t.lemma === 'take' && t.pos === 'VERB')
    return tokens.slice(i + 1, i + 6).some((x) => inSpan(s, x) && x.pos === 'NOUN');
  if (inSpan(s, t) && t.pos === 'NOUN' && has(tokens[i + 1], PER) && tokens[i + 2]?.pos === 'NOUN')
    return true;
  if (t.normal === 'whole' && inSpan(s, tokens[i + 1])) return true;
  return t.normal === 'full' && tokens[i + 1]?.normal === '-' && tokens[i + 2]?.normal === 'time';
}

/** "if they can't wait, …", "if you cannot upgrade yet": offered to those who cannot do otherwise. */
function forThoseWhoCannot(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.normal !== 'if') return false;
  return tokens.slice(i + 1, i + 5).some((t) => NEGATORS.has(t.normal));
}

/**
 * "That works, but …", "it gets the order back, but …": what it restores now, then a reservation;
 * not "this worked before, but …" nor "I tried to fix it but …", which tell of the problem.
 */
function qualified(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.normal !== 'but') return false;
  return tokens.slice(0, i).some((t, k) => {
    // the tagger reads "the file fixes it" as a plural noun: the present form says it is the verb
    const present = t.normal === `${t.lemma}es` || t.normal === `${t.lemma}s`;
    if (!present || tokens[k + 1]?.pos === 'NOUN' || denied(tokens, k)) return false;
    return (
      has(t, RESTORING) || (t.lemma === 'get' && tokens.slice(k + 1, i).some((x) => x.normal === 'back'))
    );
  });
}

/** True when the sentence limits what a way round covers or says what it costs. */
export function readsLimited(s: Sentence): boolean {
  const tokens = s.tokens;
  return tokens.some((t, i) => {
    if (has(t, RESTRICTING) || has(t, UNRELIABLE) || has(t, LABOUR)) return !denied(tokens, i);
    if (has(t, SOME) && tokens[i + 1]?.normal === 'of') return true;
    if (t.pos === 'VERB' && has(t, COSTS)) return !denied(tokens, i);
    if (t.pos === 'VERB' && t.lemma === 'accept') return denied(tokens, i);
    return scopeDenied(tokens, i) || effort(s, i) || forThoseWhoCannot(tokens, i) || qualified(tokens, i);
  });
}
