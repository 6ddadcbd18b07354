/**
 * @module Where a sentence starts reporting someone else's words: "the customer calls it an
 * outage", "she says the site is down", "their CTO claims the API is down", "she asked if we could
 * refund it", "they want to know whether …". What follows the reporting verb is the other person's
 * claim, question or wish, not the writer's. "We told them it was a bug" and
 * "I think it is down" are the writer's own; an instruction ("tell them it is fixed") has no
 * subject and reports nobody.
 */
import type { Sentence, Token } from './types.js';

// verbs of asking and wanting: what follows is another's question or wish, and it may follow a
// preposition ("asked for a refund", "wonders about the fee")
const ASKING_LEMMAS = ['ask', 'wonder', 'request', 'demand', 'want', 'expect'];
const ASKING = new Set(ASKING_LEMMAS);
const REPORTING = new Set([
  'say',
  'call',
  'claim',
  'insist',
  'think',
  'believe',
  'report',
  'tell',
  'describe',
  'suppose',
  'assume',
  ...ASKING_LEMMAS,
]);

/** A verb that reports what someone says, thinks, asks or wants, by its lemma ("say", "ask", "assume"). */
export const isReportingVerb = (lemma: string): boolean => REPORTING.has(lemma);
const WRITER = new Set(['i', 'we', 'us']);
const SKIPPED = new Set(['ADV', 'AUX', 'PART']);
const SUBJECT = new Set(['NOUN', 'PROPN', 'PRON']);

const MISTAGGED = new Set(['say', 'claim', 'insist', 'think']);
const NAMING = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

const isReporting = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  if (!t || !REPORTING.has(t.lemma)) return false;
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  // "she is asking whether …", "they're saying …" speak now; "the bug reporting form" names a thing
  const progressive = t.normal.endsWith('ing');
  // "using the tracker to ask this": an infinitive's purpose, nobody reporting
  if ((progressive && before?.lemma !== 'be') || before?.normal === 'to') return false;
  // "is called by", "the method called in the constructor", "described in the docs": a passive or
  // a participle naming a thing, nobody speaking
  if ((before?.lemma === 'be' && !progressive) || (next?.pos === 'ADP' && !ASKING.has(t.lemma))) return false;
  // "call" names only as "calls it an outage"; "call the function", "call it" invoke
  if (t.lemma === 'call' && !(next?.pos === 'PRON' && NAMING.has(tokens[i + 2]?.pos ?? ''))) return false;
  // "Their CTO claims our API …" is tagged as a noun; a present-tense verb after its subject
  if (t.pos === 'NOUN')
    return MISTAGGED.has(t.lemma) && t.normal.endsWith('s') && SUBJECT.has(before?.pos ?? '');
  return t.pos === 'VERB';
};

/** The subject of the verb at `i`: the nearest noun or pronoun before it, through a coordinated verb. */
function subjectOf(tokens: readonly Token[], i: number, depth = 0): Token | null {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (SKIPPED.has(t.pos)) continue;
    if (SUBJECT.has(t.pos)) return t;
    if (t.pos === 'CCONJ' && depth < 3) {
      // "we will call them and tell them …": the subject of the verb before "and"
      for (let k = j - 1; k >= 0; k--) {
        if ((tokens[k] as Token).pos === 'PUNCT') return null;
        if ((tokens[k] as Token).pos === 'VERB') return subjectOf(tokens, k, depth + 1);
      }
    }
    return null;
  }
  return null;
}

/** Words reported from someone else: where they start (a token index) and who says them. */
export interface Reported {
  readonly from: number;
  readonly by: Token;
}

// a document speaks too ("the draft says a free month", "the notice says …"), but asks for nothing
const THINGS = new Set(['it', 'this', 'that']);
// what is written rather than someone writing: a closed class of documents and messages
const DOCUMENTS = new Set(
  'draft article doc docs documentation page notice email e-mail mail ticket screen message banner error log note changelog reply template macro'.split(
    ' ',
  ),
);
const isThing = (t: Token): boolean =>
  THINGS.has(t.normal) || (t.pos === 'NOUN' && (DOCUMENTS.has(t.lemma) || DOCUMENTS.has(t.normal)));
const RELATIVE = new Set(['which', 'who', 'that']);

/** The words the sentence reports from someone other than its writer, or null. */
export function reportedBy(s: Sentence): Reported | null {
  const tokens = s.tokens;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!isReporting(tokens, i)) continue;
    const subject = subjectOf(tokens, i);
    if (!subject || WRITER.has(subject.normal) || RELATIVE.has(subject.normal)) continue;
    // "if you report a bug, …" supposes a report
    if (tokens.slice(0, i).some((t) => t.normal === 'if')) continue;
    // "Checkout is down, the customer says.": a reporting clause at the end reports the whole sentence
    return { from: tokens.slice(i + 1).some((t) => t.kind === 'word') ? i + 1 : 0, by: subject };
  }
  return null;
}

/**
 * The index of the first token of words the sentence reports from someone other than its writer,
 * or -1 when it reports nobody's.
 */
export function reportedFrom(s: Sentence): number {
  return reportedBy(s)?.from ?? -1;
}

/** True when `cue` matches only in words a thing, not a person, is reported to say ("it says …"). */
export function onlyAThingSays(s: Sentence, cue: RegExp): boolean {
  const reported = reportedBy(s);
  return reported !== null && isThing(reported.by) && !cue.test(wordsBefore(s, reported));
}

// quotation marks: straight and curly double quotes (an apostrophe is too often a contraction)
const QUOTES = new Set(['"', '“', '”', '„', '«', '»']);

/** Indexes of the tokens between a pair of double quotation marks: words quoted from someone. */
export function quotedTokens(s: Sentence): ReadonlySet<number> {
  const inside = new Set<number>();
  let open = -1;
  s.tokens.forEach((t, i) => {
    if (!QUOTES.has(t.text)) return;
    if (open < 0) open = i;
    else {
      for (let k = open + 1; k < i; k++) inside.add(k);
      open = -1;
    }
  });
  return inside;
}

/**
 * True when token `index` is in words the writer does not assert: after a reporting verb with
 * someone else as its subject ("the seller says [payouts are broken]") or inside quotation marks.
 */
export function isOthersWords(s: Sentence, index: number): boolean {
  const from = reportedFrom(s);
  return (from >= 0 && index >= from) || quotedTokens(s).has(index);
}

/**
 * The writer's own words: the tokens before the reported part, joined, less any quoted words (the
 * whole text when nothing is reported or quoted).
 */
export function ownWords(s: Sentence): string {
  const reported = reportedBy(s);
  const quoted = quotedTokens(s);
  if (quoted.size === 0) return wordsBefore(s, reported);
  const end = reported === null ? s.tokens.length : Math.max(0, reported.from - 1);
  return s.tokens
    .slice(0, end)
    .filter((_, i) => !quoted.has(i))
    .map((t) => t.text)
    .join(' ');
}

function wordsBefore(s: Sentence, reported: Reported | null): string {
  if (!reported) return s.text;
  if (reported.from === 0) return '';
  return s.tokens
    .slice(0, reported.from - 1)
    .map((t) => t.text)
    .join(' ');
}
