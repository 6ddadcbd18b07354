/**
 * @module Whether a sentence speaks of an outage without claiming one now: the word is denied
 * ("not an outage", "nothing suggests an outage"), set aside ("a rate limit rather than an
 * outage"), dated ("the 12 November outage", "last week's
 * outage") or counted ("three outages this quarter"): events it names, not a service down. Read
 * from the language layer's tokens and entities instead of a list of phrasings.
 */
import { isDenied } from '../language/polarity.js';
import type { Sentence, Token } from '../language/types.js';

const OUTAGE = new Set(['outage', 'outages', 'downtime']);
// words between a date and the noun it dates: "the 12 November outage", "last week's outage"
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'PART', 'NOUN']);

function dated(sentence: Sentence, i: number): boolean {
  const token = sentence.tokens[i];
  if (!token) return false;
  return sentence.entities.some((e) => {
    if (e.type !== 'date' || e.end > token.start) return false;
    const between = sentence.tokens.filter((t) => t.start >= e.end && t.end <= token.start);
    return between.length <= 3 && between.every((t) => NOUN_PHRASE.has(t.pos) || t.normal === "'s");
  });
}

// "three outages", "several outages", "2 outages": events counted, each one over
function counted(sentence: Sentence, i: number): boolean {
  const token = sentence.tokens[i];
  if (!token || token.normal === token.lemma) return false;
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const t = sentence.tokens[k];
    if (!t) break;
    if (t.pos === 'NUM' || (t.pos === 'ADJ' && t.lemma === 'several') || t.lemma === 'multiple') return true;
    if (!NOUN_PHRASE.has(t.pos)) break;
  }
  return false;
}

const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without']);

// a negator denies the word unless a second verb opens another predicate in between: "without
// configuring the switches caused an outage" denies the configuring, not the outage
function denied(sentence: Sentence, i: number): boolean {
  if (!isDenied(sentence, i)) return false;
  let verbs = 0;
  for (let k = i - 1; k >= 0; k--) {
    const t = sentence.tokens[k];
    if (!t) break;
    if (NEGATORS.has(t.normal)) return verbs < 2;
    if (t.pos === 'VERB') verbs++;
  }
  return true;
}

// "a rate limit rather than an outage", "instead of an outage": the phrase is set aside for another
function contrasted(sentence: Sentence, i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 4; k--) {
    const t = sentence.tokens[k];
    const before = sentence.tokens[k - 1]?.normal;
    if ((t?.normal === 'than' && before === 'rather') || (t?.normal === 'of' && before === 'instead'))
      return true;
    if (!t || !NOUN_PHRASE.has(t.pos)) return false;
  }
  return false;
}

/** True when the sentence names an outage it denies, contrasts away, dates or counts. */
export function readsNoOutage(sentence: Sentence | undefined): boolean {
  if (!sentence) return false;
  return sentence.tokens.some(
    (t, i) =>
      OUTAGE.has(t.normal) &&
      (denied(sentence, i) || contrasted(sentence, i) || dated(sentence, i) || counted(sentence, i)),
  );
}

// a clause that sets the time of something else: "14 orders came in while the images were down"
const TIME_CLAUSE = new Set(['while', 'whilst', 'when', 'until', 'till', 'before', 'after']);
// a state over and done: "were down", "went down", "had been down"
const ENDED = new Set(['was', 'were', 'went', 'been']);
const CLAUSE_END = new Set([',', ';', ':', '—', '–', 'but', 'and', 'so']);

/**
 * True when the sentence's outage phrase (`matched`, as the cue found it: "were down") is past and
 * only sets the time of something else: "you received 14 orders while the images were down",
 * "before the site went down". A reply telling what happened during an incident claims no outage
 * now; "while the site is down" still does.
 */
export function readsEndedOutage(sentence: Sentence, matched: string): boolean {
  const t = sentence.tokens;
  const last = matched.trim().toLowerCase().split(' ').pop() ?? '';
  return t.some((k, i) => {
    if (k.normal !== last || !ENDED.has(t[i - 1]?.normal ?? '')) return false;
    for (let j = i - 2; j >= 0; j--) {
      const w = t[j] as Token;
      if (CLAUSE_END.has(w.normal)) return false;
      if (TIME_CLAUSE.has(w.normal)) return true;
    }
    return false;
  });
}

// a failure of the service as a whole, named as a noun: "no incident", "no outage this month"
const INCIDENT = new Set(['outage', 'outages', 'downtime', 'incident', 'incidents']);
// what may stand between "no" and the noun: "no payout incident", "no wider outage"
const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN']);

/**
 * True when the sentence says there is no failure of the service: "no payout incident this month",
 * "this is not an outage", "nothing suggests an outage". An incident, an outage or downtime denied by
 * "no" before it (past its modifiers) or by a negator in its clause. "Problem" and "issue" are left
 * out: "no problem with Firefox" compares, "no problem!" is politeness. Never a question, a
 * condition or a guess.
 */
export function deniesIncident(s: Sentence): boolean {
  if (s.question || s.conditional || s.hedged) return false;
  const tokens = s.tokens;
  return tokens.some((t, i) => {
    if (!INCIDENT.has(t.normal)) return false;
    let k = i - 1;
    while (k >= 0 && i - k <= 2 && MODIFIER.has(tokens[k]?.pos ?? '')) k--;
    return tokens[k]?.normal === 'no' || denied(s, i);
  });
}
