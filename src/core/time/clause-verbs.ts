/**
 * @module The clause around a position in a sentence, and its first finite verb: the tense and the
 * subject a date phrase in that clause is told with ("we paused at 09:05" is past; "our audit starts
 * on 12 January" is present; "I will call on Thursday" is the speaker's own plan).
 */
import { analyze } from '../language/analyze.js';
import type { Token } from '../language/types.js';

// what ends a clause: punctuation that separates, a dash, and the coordinating or
// subordinating words that start a new statement ("…, so the ones from last night run out tonight")
const BOUNDARY =
  /[;!?]\s|[:,]\s|\s[–—-]\s|\b(?:and|but|so|because|although|though|while|whereas|which|who|or)\b/gi;

export interface Clause {
  readonly text: string;
  /** where the clause starts in the sentence */
  readonly start: number;
}

/** The clause of `sentence` that holds the span [from, to). */
export function clauseAround(sentence: string, from: number, to: number): Clause {
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(BOUNDARY)) {
    const at = m.index;
    if (at + m[0].length <= from) start = at + m[0].length;
    else if (at >= to) {
      end = at;
      break;
    }
  }
  return { text: sentence.slice(start, end), start };
}

const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
const MODAL = new Set(['will', 'would', 'can', 'could', 'shall', 'may', 'might']);
const PERSON = new Set(['i', 'we', 'you', 'he', 'she', 'they']);

export interface FiniteVerb {
  readonly past: boolean;
  /** a modal auxiliary ("will", "can") or "going to" carries the verb group */
  readonly modal: boolean;
  /** the verb group's subject is a person ("I", "we", "you", "she"), not a thing or event */
  readonly personSubject: boolean;
  readonly lemma: string;
  /** "we are getting", "people are redeeming": what goes on now */
  readonly progressive: boolean;
}

/** The clause's tokens, as the language layer reads them. */
export function clauseTokens(text: string): Token[] {
  return analyze(text).sentences.flatMap((s) => [...s.tokens]);
}

/**
 * The first finite verb group of the clause: an auxiliary not after another, or a verb with a noun
 * or pronoun before it. A participle before its noun ("our scheduled posts") or an "-ing" form is
 * no finite verb.
 */
export function firstFiniteVerb(tokens: readonly Token[]): FiniteVerb | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const before = tokens[i - 1];
    if (!t) continue;
    const personSubject = before?.pos === 'PRON' && PERSON.has(before.normal);
    if (t.pos === 'AUX') {
      if (before?.pos === 'AUX') continue;
      const going = t.lemma === 'be' && tokens[i + 1]?.normal === 'going' && tokens[i + 2]?.normal === 'to';
      return {
        past: PAST_AUX.has(t.normal) || perfect(tokens, i),
        modal: MODAL.has(t.normal) || going,
        personSubject,
        lemma: t.lemma,
        progressive: t.lemma === 'be' && !going && progressiveAfter(tokens, i),
      };
    }
    if (t.pos !== 'VERB' || before?.pos === 'AUX' || tokens[i - 2]?.pos === 'AUX') continue;
    if (t.normal.endsWith('ing')) continue;
    const hasSubject =
      before !== undefined &&
      (/^(?:NOUN|PROPN)$/.test(before.pos) || (before.pos === 'PRON' && !POSSESSIVE.has(before.normal)));
    if (!hasSubject && tokens[i + 1]?.pos === 'NOUN') continue;
    const past = t.normal !== t.lemma && (/ed$/.test(t.normal) || !/s$/.test(t.normal));
    if (t.normal !== t.lemma || hasSubject)
      return { past, modal: false, personSubject, lemma: t.lemma, progressive: false };
  }
  return null;
}
// "has been switched off", "have confirmed": done by now; "we've got" is having
function perfect(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.lemma !== 'have') return false;
  const next = [tokens[i + 1], tokens[i + 2]].find((t) => t?.pos === 'VERB' || t?.pos === 'AUX');
  return (
    next !== undefined && next.lemma !== 'get' && next.normal !== next.lemma && !next.normal.endsWith('ing')
  );
}

// "are getting", "are already redeeming": an "-ing" verb within two words of "be"
function progressiveAfter(tokens: readonly Token[], i: number): boolean {
  return [tokens[i + 1], tokens[i + 2]].some(
    (t) => (t?.pos === 'VERB' || t?.pos === 'ADJ') && t.normal.endsWith('ing'),
  );
}
const POSSESSIVE = new Set(['our', 'my', 'your', 'their', 'his', 'her', 'its']);
