/**
 * @module Whether a sentence says there is no way round, read from structure over the language
 * layer's tokens: a way round denied ("no workaround", "no known fallback", "no plan B"), no way in or
 * around ("no other way to log in", "no way in"), or nothing a party can do ("nothing the customer can
 * do from their end"). Never "no way to tell" nor "no way to disable X": a doubt or a missing feature.
 */
import { holdsAny } from '../language/sentence-words.js';
import type { Sentence, Token } from '../language/types.js';

// what a way round is called (lemmas and normal forms)
const WAYS_ROUND = new Set(['workaround', 'workarounds', 'fallback', 'alternative', 'alternatives']);
const WAYS = new Set(['way', 'means']);
const DENYING = new Set(['no', 'without']);
const MODIFIERS = 2;
// the tokenizer keeps a sentence's last full stop on "in" ("to sign in.")
const IN = new Set(['in', 'in.']);
const OPENING = new Set([...DENYING, 'nothing']);

const has = (t: Token | undefined, set: ReadonlySet<string>): boolean =>
  t !== undefined && (set.has(t.lemma) || set.has(t.normal));

/** The token after "no" and up to two adjectives ("no known", "no other"), or -1. */
function headAfter(tokens: readonly Token[], i: number): number {
  if (!has(tokens[i], DENYING)) return -1;
  let k = i + 1;
  while (k <= i + MODIFIERS && tokens[k]?.pos === 'ADJ') k++;
  return k;
}

/** "no way in", "no other way to log in", "no means of getting in", "no way around it". */
function noWay(tokens: readonly Token[], k: number): boolean {
  if (!has(tokens[k], WAYS)) return false;
  const next = tokens[k + 1];
  if (IN.has(next?.normal ?? '') || ['around', 'round'].includes(next?.normal ?? '')) return true;
  const verb = tokens[k + 2];
  // a way into the system: "to log in", "to sign in", "of getting in", "to access"; "no way to disable
  // the dimming" says a feature is missing, not that the customer is stuck
  const wayIn = verb?.lemma === 'access' || IN.has(tokens[k + 3]?.normal ?? '');
  return (next?.normal === 'to' || next?.normal === 'of') && wayIn;
}

// what a party can say or learn is no way round: "nothing I can tell you", "nothing we can see"
const SAYING = new Set(['tell', 'say', 'see', 'find', 'add', 'share', 'promise']);

/** "nothing they can do", "nothing the customer can switch off", "nothing we can change". */
function nothingToDo(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.normal !== 'nothing') return false;
  const rest = tokens.slice(i + 1, i + 6);
  return rest.some((t, k) => {
    const verb = rest[k + 1];
    return t.normal === 'can' && (verb?.pos === 'VERB' || verb?.lemma === 'do') && !SAYING.has(verb.lemma);
  });
}

/** True when the sentence says there is no way round. */
export function readsNoWayRound(s: Sentence): boolean {
  // "is there nothing they can do?" asks
  // every reading opens at a denying word (headAfter) or "nothing" (nothingToDo)
  if (s.question || !holdsAny(s, OPENING)) return false;
  const tokens = s.tokens;
  return tokens.some((_, i) => {
    const k = headAfter(tokens, i);
    if (k >= 0 && (has(tokens[k], WAYS_ROUND) || noWay(tokens, k))) return true;
    if (k >= 0 && tokens[k]?.normal === 'plan' && tokens[k + 1]?.normal === 'b') return true;
    return nothingToDo(tokens, i);
  });
}
