/**
 * @module An embedded question ("whether the token leaked", "how the job got stuck") as the direct
 * question it stands for ("Did the token leak?", "How did the job get stuck?"), read from the
 * language layer's tokens. A clause with no verb after its subject is not a question: null.
 */
import { analyze } from '../language/analyze.js';
import { isPastForm } from '../language/tense.js';
import type { Token } from '../language/types.js';

// auxiliaries that head a yes/no question: "whether they were told" → "Were they told?"
const AUX = new Set(
  'am is are was were can could will would should may might must do does did has have had'.split(' '),
);
const YES_NO = new Set(['whether', 'if']);
// adverbial wh-words always put a subject before the verb: "how the token got out"
const ADVERBIAL = new Set(['how', 'why', 'when', 'where']);
const PRONOMINAL = new Set(['what', 'which', 'who']);

/**
 * True when `text` opens as a question about the case does: an auxiliary, "whether"/"if", "any",
 * or a wh-word other than "why" and "where" (a cause question is the hypotheses' and the cause
 * unknown's to ask).
 */
export function opensQuestion(text: string): boolean {
  const first = (/^[A-Za-z]+/.exec(text.trim())?.[0] ?? '').toLowerCase();
  const wh = PRONOMINAL.has(first) || (ADVERBIAL.has(first) && first !== 'why' && first !== 'where');
  return AUX.has(first) || YES_NO.has(first) || wh || first === 'any';
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const POSSESSIVE = new Set(['our', 'their', 'my', 'your', 'his', 'her', 'its']);
const SUBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'VERB', 'X', 'SYM']);
const opensNoun = (t: Token | undefined): boolean => t?.pos === 'DET' || POSSESSIVE.has(t?.normal ?? '');
const isVerbAt = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  return t !== undefined && isVerb(t);
};
const isVerb = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';

/** "whether other renewals were charged twice" → "Were other renewals charged twice?"; null when not a clause. */
export function directQuestion(clause: string): string | null {
  const text = clause.trim().replace(/[?.!"'\s-]+$/, '');
  const tokens = analyze(text).sentences[0]?.tokens ?? [];
  const head = tokens[0]?.normal ?? '';
  const yesNo = YES_NO.has(head);
  if (!yesNo && !ADVERBIAL.has(head) && !PRONOMINAL.has(head)) return null;
  // "which other customers loaded the files": the wh-phrase is the subject, already in question order
  // "how many tenants ran …" counts its subject: question order already
  const counting = head === 'how' && ['many', 'much'].includes(tokens[1]?.normal ?? '');
  if (counting || (PRONOMINAL.has(head) && !['DET', 'PRON', 'PROPN'].includes(tokens[1]?.pos ?? ''))) {
    return tokens.slice(1).some(isVerb) ? `${capitalize(text)}?` : null;
  }
  if (!yesNo && ADVERBIAL.has(head) && tokens[1] && isVerb(tokens[1])) return `${capitalize(text)}?`;
  // the subject is at least one word, up to the first verb
  // a word after "the" or "our" heads a noun phrase ("the retry window"), whatever its tag
  let v = tokens.findIndex((t, i) => i >= 2 && isVerb(t) && (t.pos === 'AUX' || !opensNoun(tokens[i - 1])));
  // "the retry window covers": a noun read as a verb before the real one
  while (v > 0 && tokens[v]?.pos === 'VERB' && tokens[v + 1]?.pos === 'VERB') v++;
  // "these can be used": a modal read as a noun just before the verb is the auxiliary
  if (v > 2 && AUX.has(tokens[v - 1]?.normal ?? '')) v--;
  if (v < 0 || tokens.slice(1, v).some((t) => t.pos === 'PUNCT' && t.text !== '/')) return null;
  // "whether as root cause …": no subject after the wh-word, so no clause to turn round
  if (!SUBJECT_START.has(tokens[1]?.pos ?? '')) return null;
  const verb = tokens[v] as Token;
  const subject = text.slice(tokens[1]?.start ?? 0, verb.start).trim();
  const rest = text.slice(verb.end).trim();
  const wh = yesNo ? '' : `${head} `;
  const tail = rest ? ` ${rest}` : '';
  // "has the signatures" owns; "has updated", "has been" helps the verb after it
  const mainHave = ['has', 'have', 'had'].includes(verb.normal) && !isVerbAt(tokens, v + 1);
  if (AUX.has(verb.normal) && !mainHave) return capitalize(`${wh}${verb.normal} ${subject}${tail}?`);
  const lemma = verb.lemma || verb.normal;
  const third = verb.normal !== lemma && verb.normal.endsWith('s');
  const past = isPastForm(verb);
  const does = past ? 'did' : third ? 'does' : 'do';
  return capitalize(`${wh}${does} ${subject} ${lemma}${tail}?`);
}
