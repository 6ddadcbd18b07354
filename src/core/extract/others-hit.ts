/**
 * @module Others may be hit: a sentence that says or asks whether other customers, tenants, venues …
 * are affected, read with the thread's own noun ("other venues", "other EU merchants"), and the
 * count question a lead asks about them.
 */
import { analyze } from '../language/analyze.js';
import type { Sentence, Token } from '../language/types.js';

export interface OthersHit {
  /** the thread's noun phrase after "other", modifiers kept: "EU merchants" */
  readonly noun: string;
  /** what the sentence says they do, when it says: "are scanning rotated tickets" */
  readonly predicate: string;
  /** the plural noun itself, lower-cased: "merchants" */
  readonly head: string;
}

// what being hit reads as: the verb of the clause about the others
const IMPACT = new Set([
  'affect',
  'hit',
  'impact',
  'see',
  'experience',
  'report',
  'lose',
  'face',
  'receive',
  'break',
  'fail',
]);
const ALSO = new Set(['too']);
// what others undergo when the verb comes first: "affecting other services"
const HIT_BY = new Set(['affect', 'hit', 'impact', 'break']);
const MODALS = new Set([
  'may',
  'might',
  'could',
  'would',
  'will',
  'be',
  'have',
  'has',
  'had',
  'been',
  'also',
]);
const TRAILING = new Set(['too', 'also', 'as', 'well']);
// "other ways", "other options": the noun has to be someone's, plural, and not an abstract thing
const NOT_PARTIES = new Set(
  'ways options things ones issues problems bugs errors reasons places parts words fields steps features versions files cases questions ideas times days values'.split(
    ' ',
  ),
);
const BREAKS = new Set([',', ';', ':', '—', '–', '-', '(', ')', '?', '.', '!']);

const isImpact = (t: Token | undefined): boolean =>
  t !== undefined && IMPACT.has(t.lemma || t.normal) && !t.negated;
const STOPS_PHRASE = new Set(['VERB', 'AUX', 'PUNCT', 'SCONJ', 'PRON', 'PART']);
const plural = (t: Token): boolean => t.pos === 'NOUN' && t.normal.endsWith('s') && t.lemma !== t.normal;

/** "other <mods> <plural noun>" inside a sentence that says or asks whether they are hit; null otherwise. */
export function readOthersHit(s: Sentence): OthersHit | null {
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.normal !== 'other' || tokens[i]?.negated) continue;
    // "no other tenants" settles the scope; it does not open it
    if (['no', 'any'].includes(tokens[i - 1]?.normal ?? '') && !s.question) continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      j - i <= 3 &&
      (tokens[j]?.pos === 'ADJ' || tokens[j]?.pos === 'NOUN' || tokens[j]?.pos === 'PROPN') &&
      !plural(tokens[j] as Token)
    )
      j++;
    const head = tokens[j];
    if (!head || !plural(head) || NOT_PARTIES.has(head.normal)) continue;
    // "tenants on the EU cluster": a prepositional phrase up to the verb belongs to the noun
    // "customers w/ discount codes hit": so does a short noun phrase right before the verb
    let k = j + 1;
    const opens = tokens[k]?.pos === 'ADP' || tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'SYM';
    if (opens && tokens[k]?.normal !== 'as') {
      const stop = tokens.findIndex((t, x) => x >= k && STOPS_PHRASE.has(t.pos));
      const verbNext = stop >= 0 && (tokens[stop]?.pos === 'VERB' || tokens[stop]?.pos === 'AUX');
      if (tokens[k]?.pos === 'ADP' || (verbNext && stop - k <= 4)) k = stop < 0 ? tokens.length : stop;
    }
    const rest = tokens.slice(k);
    const cut = rest.findIndex((t) => BREAKS.has(t.text));
    const clause = cut < 0 ? rest : rest.slice(0, cut);
    // the others are hit: "affecting other services", or they are the subject of a verb of being hit
    // said or asked ("are other tenants seeing …?"), or they do what this one does, "too"
    let before = i - 1;
    while (before >= 0 && (tokens[before]?.pos === 'DET' || tokens[before]?.normal === 'all')) before--;
    const denied = s.negators.some((n) => n < before && n >= before - 3);
    const object = HIT_BY.has(tokens[before]?.lemma || tokens[before]?.normal || '') && !denied;
    const firstVerb = clause.findIndex((t) => t.pos === 'VERB');
    const subject =
      firstVerb >= 0 && clause.slice(0, firstVerb).every((t) => t.pos === 'AUX' || t.pos === 'ADV');
    const said = subject && (isImpact(clause[firstVerb]) || clause.some((t) => ALSO.has(t.normal)));
    if (!object && !said) continue;
    const noun = spanText(s, i + 1, k);
    return { noun, predicate: predicateOf(clause), head: head.normal };
  }
  return null;
}

/** The words of tokens [from, to) as written when the sentence text still holds them ("w/ codes"), else joined. */
function spanText(s: Sentence, from: number, to: number): string {
  const words = s.tokens.slice(from, to);
  const joined = words.map((t) => t.text).join(' ');
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return joined;
  const raw = s.text.slice(first.start - s.start, last.end - s.start);
  return raw.replaceAll(' ', '') === joined.replaceAll(' ', '') ? raw : joined;
}

/** "may be scanning rotated tickets too" → "are scanning rotated tickets"; "" when no verb follows. */
function predicateOf(clause: readonly Token[]): string {
  let k = 0;
  while (k < clause.length && (MODALS.has(clause[k]?.normal ?? '') || clause[k]?.pos === 'ADV')) k++;
  const verb = clause[k];
  if (verb?.pos !== 'VERB' || verb.negated) return '';
  const kept = clause.slice(k).filter((t) => !TRAILING.has(t.normal));
  const words = kept.map((t) => t.text);
  // "be scanning" after a modal reads "are scanning"; a bare verb keeps its own form
  // "be scanning", a lone "hit": the others are in that state
  const progressive =
    verb.normal.endsWith('ing') ||
    (clause[k - 1]?.normal === 'be' && verb.normal !== verb.lemma) ||
    words.length === 1;
  // punctuation stays against the word before it
  const joined = kept.map((t, n) => (n > 0 && t.pos !== 'PUNCT' ? ` ${t.text}` : t.text)).join('');
  return `${progressive ? 'are ' : ''}${joined}`;
}

/** The count question: "How many other venues are scanning rotated tickets?". */
export function countQuestion(hit: OthersHit): string {
  return `How many other ${hit.noun} ${hit.predicate || 'are affected'}?`;
}

/** The first sentence of `texts` that reads as others being hit (for tests and callers without analysis). */
export function othersHitIn(text: string): OthersHit | null {
  for (const s of analyze(text).sentences) {
    const hit = readOthersHit(s);
    if (hit) return hit;
  }
  return null;
}
