/**
 * @module The sentence structure the act-hypothesis classifier reads beside the words, from the
 * language layer: a consequence or reason clause ("A did B, so C"; "because"; "after X, Y"), a
 * copula or past-tense change with a named subject ("the staging bucket isn't in the
 * replication policy", "2.4 switched the parser to strict mode"), and the sentence's hedge, question, negation and condition flags.
 * Each becomes a marker word appended to the text, so a linear model learns a weight for it.
 */
import { analyze } from '../language/analyze.js';
import type { Sentence, Token } from '../language/types.js';

const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);
const REASON = new Set(['because', 'since', 'as']);
const ORDER = new Set(['after', 'since', 'when', 'once']);

const words = (s: Sentence): Token[] => s.tokens.filter((t) => t.kind === 'word' || t.kind === 'number');

/** The structure markers of one sentence. */
function markersOf(s: Sentence): string[] {
  const w = words(s);
  const out: string[] = [];
  if (s.hedged) out.push('zzhedged');
  if (s.question) out.push('zzquestion');
  if (s.negators.length > 0) out.push('zznegated');
  if (s.conditional) out.push('zzconditional');
  if (s.entities.some((e) => e.type === 'version')) out.push('zzversion');
  if (w.length < 6) out.push('zzshort');
  const first = w[0];
  // "Could you …", "Please …", "Try …": a request opens with a base-form verb or a modal to "you"
  if (first && first.pos === 'VERB' && first.normal === first.lemma) out.push('zzimperative');
  w.forEach((t, i) => {
    const prev = s.tokens[s.tokens.indexOf(t) - 1];
    // a consequence clause: ", so …" or "so" after the first word
    if (t.normal === 'so' && i > 0 && (prev?.text === ',' || t.pos === 'SCONJ' || t.pos === 'CCONJ'))
      out.push('zzconsequence');
    if (REASON.has(t.normal) && t.pos === 'SCONJ' && i > 0) out.push('zzreason');
  });
  // "after the upgrade, X …": an ordering clause before the main one
  if (first && ORDER.has(first.normal) && s.tokens.some((t) => t.text === ',')) out.push('zzordered');
  // the first verb, and whether a named subject stands before it
  const v = w.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const verb = w[v];
  if (verb && w.slice(0, v).some((t) => SUBJECT_POS.has(t.pos))) {
    const pronoun = w.slice(0, v).every((t) => t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADV');
    if (verb.lemma === 'be') out.push(pronoun ? 'zzpronouncopula' : 'zzsubjectcopula');
    else if (verb.normal !== verb.lemma && /ed$/.test(verb.normal))
      out.push(pronoun ? 'zzpronounpast' : 'zzsubjectpast');
  }
  return out;
}

/** `text` with the structure markers of its sentences appended, as the classifier reads it. */
export function withStructure(text: string): string {
  const markers = new Set(analyze(text).sentences.flatMap(markersOf));
  return markers.size === 0 ? text : `${text} ${[...markers].sort().join(' ')}`;
}
