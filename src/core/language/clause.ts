/**
 * @module The one clause reader: a sentence's tokens split into clauses, each with the word that
 * opens it ("if", "whether", "because", "so that", "and", "which"…), its subject and its first
 * finite verb. Boundaries: a semicolon, a spaced colon or dash, a subordinator, a coordinator or a
 * comma before a new verb group, and a new pronoun subject with its verb after a finished clause
 * ("if you don't mind | I could send it"). One pass over the tokens wink-nlp already read, kept per
 * sentence.
 */
import { analyze } from './analyze.js';
import { progressiveAt, readsDoneAt } from './tense.js';
import type { Sentence, Token } from './types.js';

/** How a clause is joined to the one before it. */
export type Joint = 'start' | 'punct' | 'comma' | 'word' | 'subject';

export interface FiniteVerb {
  /** index in the clause's tokens */
  readonly index: number;
  readonly lemma: string;
  /** the verb group reports something done: "we paused", "has been reset", "were charged" */
  readonly past: boolean;
  /** a modal auxiliary ("will", "can") or "going to" carries the verb group */
  readonly modal: boolean;
  /** "we are getting", "people are redeeming": what goes on now */
  readonly progressive: boolean;
  /** the verb group's subject is a person ("I", "we", "you", "she"), not a thing or event */
  readonly personSubject: boolean;
}

export interface Clause {
  /** the clause's tokens: [from, to) of the sentence's tokens, boundary punctuation left out */
  readonly from: number;
  readonly to: number;
  readonly tokens: readonly Token[];
  /** the opening word(s), lower-cased: "if", "so that", "in case", "and", "which"; null when none */
  readonly opener: string | null;
  readonly joint: Joint;
  /** a comma stands before the clause ("…, if you want"; "if you re-upload, they import") */
  readonly afterComma: boolean;
  /** the subject of the first finite verb: the head of the words before it ("the sync job" → job) */
  readonly subject: Token | null;
  readonly verb: FiniteVerb | null;
}

// words that open a subordinate clause wherever they stand
const SUBORDINATORS = new Set([
  'if',
  'unless',
  'whether',
  'because',
  'although',
  'though',
  'whereas',
  'while',
  'when',
  'whenever',
  'which',
  'who',
  'whom',
  'whose',
  'what',
  'why',
  'how',
  'where',
]);
// words that open a clause only before a subject and its verb ("until the job finishes"; not "until Monday")
const PREPOSITIONAL = new Set(['until', 'till', 'after', 'before', 'since', 'once', 'as']);
const MULTIWORD: readonly (readonly string[])[] = [
  ['so', 'that'],
  ['in', 'case'],
  ['as', 'soon', 'as'],
  ['as', 'long', 'as'],
  ['even', 'if'],
  ['even', 'though'],
];
const COORDINATORS = new Set(['and', 'but', 'or', 'so', 'yet', 'nor']);
// words that open an order with no verb before them
const ORDERING = new Set(['please', 'pls', 'kindly']);
const MODAL = new Set(['will', 'would', 'can', 'could', 'shall', 'may', 'might', "'ll", 'wo', 'ca']);
const PERSON = new Set(['i', 'we', 'you', 'he', 'she', 'they']);
// pronouns that start a clause of their own after a finished one ("if you don't mind | I could …")
const SUBJECTS = new Set([...PERSON, 'it', 'this', 'there']);
// pronouns that can only be subjects
const NOMINATIVE = new Set(['i', 'we', 'he', 'she', 'they']);
const POSSESSIVE = new Set(['our', 'my', 'your', 'their', 'his', 'her', 'its']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADV']);
const DASHES = new Set(['-', '–', '—', '--']);

const isSubjectWord = (t: Token | undefined): boolean =>
  t !== undefined && NOMINAL.has(t.pos) && !POSSESSIVE.has(t.normal) && t.kind === 'word';

// a verb that can carry a clause: an auxiliary, or a verb that is not an "-ing" form or after "to"
const finiteAt = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  if (t?.pos === 'AUX') return true;
  return t?.pos === 'VERB' && !t.normal.endsWith('ing') && tokens[k - 1]?.normal !== 'to';
};

/** Where a subject and its finite verb start at `k` ("the sync job failed", "we'll"), or -1. */
function subjectVerbAt(tokens: readonly Token[], k: number): number {
  let sawSubject = false;
  for (let j = k; j < tokens.length && j < k + 6; j++) {
    const t = tokens[j] as Token;
    if ((t.pos === 'AUX' || t.pos === 'VERB') && j > k) return sawSubject && finiteAt(tokens, j) ? j : -1;
    if (!NOUN_PHRASE.has(t.pos)) return -1;
    if (isSubjectWord(t)) sawSubject = true;
  }
  return -1;
}

/** A verb group, an order ("please …", "never quote it") or a subject with its verb starts at `k`. */
function opensClauseAt(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while ((tokens[j]?.pos === 'ADV' || tokens[j]?.pos === 'PART') && !ORDERING.has(tokens[j]?.normal ?? ''))
    j++;
  const t = tokens[j];
  if (!t) return false;
  if (ORDERING.has(t.normal)) return true;
  if ((t.pos === 'VERB' || t.pos === 'AUX') && !t.normal.endsWith('ing')) return true;
  return subjectVerbAt(tokens, k) >= 0;
}

/** After a comma: an order or a verb of its own ("…, found nothing", "…, don't send it"), or a subject with its verb; not a verb resumed after an aside ("…, which is new, is ready"). */
function opensAfterAside(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (tokens[j]?.pos === 'ADV' && !ORDERING.has(tokens[j]?.normal ?? '')) j++;
  const t = tokens[j];
  if (t?.pos === 'AUX' && t.lemma !== 'do') return subjectVerbAt(tokens, k) >= 0;
  return opensClauseAt(tokens, k);
}

// a colon, semicolon, dash, "!" or "?" that separates: spaced after (not "host:443", "14:40", "re-run")
function separatesAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!next) return false;
  const spacedAfter = next.start > t.end;
  if (t.text === ';') return true;
  if (t.text === ':' || t.text === '!' || t.text === '?') return spacedAfter;
  if (DASHES.has(t.text)) return spacedAfter && (tokens[i - 1]?.end ?? t.start) < t.start;
  return false;
}

/** The multiword opener starting at `i`, or null. */
function multiwordAt(tokens: readonly Token[], i: number): readonly string[] | null {
  for (const words of MULTIWORD) if (words.every((w, k) => tokens[i + k]?.normal === w)) return words;
  return null;
}

/** The finite verb of the tokens and its subject, as the clause's first verb group. */
function firstFinite(tokens: readonly Token[]): { verb: FiniteVerb; subject: Token | null } | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const before = tokens[i - 1];
    if (t.pos === 'AUX') {
      if (before?.pos === 'AUX') continue;
      const going = t.lemma === 'be' && tokens[i + 1]?.normal === 'going' && tokens[i + 2]?.normal === 'to';
      return found(tokens, i, {
        past: readsDoneAt(tokens, i),
        modal: MODAL.has(t.normal) || going,
        progressive: !going && progressiveAt(tokens, i),
      });
    }
    if (t.pos !== 'VERB' || before?.pos === 'AUX' || tokens[i - 2]?.pos === 'AUX') continue;
    if (t.normal.endsWith('ing')) continue;
    const hasSubject =
      before !== undefined &&
      (before.pos === 'NOUN' ||
        before.pos === 'PROPN' ||
        (before.pos === 'PRON' && !POSSESSIVE.has(before.normal)));
    // "our scheduled posts": a participle before its noun
    if (!hasSubject && tokens[i + 1]?.pos === 'NOUN') continue;
    if (t.normal !== t.lemma || hasSubject)
      return found(tokens, i, { past: readsDoneAt(tokens, i), modal: false, progressive: false });
  }
  return null;
}

function found(
  tokens: readonly Token[],
  i: number,
  reading: { past: boolean; modal: boolean; progressive: boolean },
): { verb: FiniteVerb; subject: Token | null } {
  let j = i - 1;
  while (tokens[j]?.pos === 'ADV' || tokens[j]?.normal === 'not') j--;
  const subject = isSubjectWord(tokens[j]) ? (tokens[j] as Token) : null;
  const person = tokens[i - 1]?.pos === 'PRON' && PERSON.has(tokens[i - 1]?.normal ?? '');
  return {
    verb: { index: i, lemma: (tokens[i] as Token).lemma, personSubject: person, ...reading },
    subject,
  };
}

function makeClause(
  tokens: readonly Token[],
  from: number,
  to: number,
  joint: Joint,
  afterComma: boolean,
): Clause | null {
  if (to <= from) return null;
  const own = tokens.slice(from, to);
  // "and if …": the subordinator after a coordinator names the clause
  const lead = COORDINATORS.has(own[0]?.normal ?? '') && opensAlone(own, 1) ? 1 : 0;
  const multi = multiwordAt(own, lead);
  const head = own[lead] as Token;
  const opens =
    multi !== null ||
    SUBORDINATORS.has(head.normal) ||
    COORDINATORS.has(head.normal) ||
    PREPOSITIONAL.has(head.normal);
  const opener = multi ? multi.join(' ') : opens ? head.normal : null;
  const first = firstFinite(own);
  return {
    from,
    to,
    tokens: own,
    opener,
    joint,
    afterComma,
    subject: first?.subject ?? null,
    verb: first?.verb ?? null,
  };
}

const opensAlone = (tokens: readonly Token[], k: number): boolean =>
  SUBORDINATORS.has(tokens[k]?.normal ?? '') || multiwordAt(tokens, k) !== null;

/** Splits tokens into clauses (one pass). */
export function splitClauses(tokens: readonly Token[]): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  let joint: Joint = 'start';
  let afterComma = false;
  // the current clause holds a finite verb already (for a new subject after it)
  let hasVerb = false;
  const cut = (to: number, next: number, nextJoint: Joint, comma: boolean): void => {
    const c = makeClause(tokens, from, to, joint, afterComma);
    if (c) out.push(c);
    from = next;
    joint = nextJoint;
    afterComma = comma;
    hasVerb = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (separatesAt(tokens, i)) {
      cut(i, i + 1, 'punct', false);
      continue;
    }
    // "Currently, the focus moves", "Hi team, the export failed": a comma after an opening word
    // with no verb yet joins it to the clause that follows; "if you re-upload, they import" does not
    const opened = SUBORDINATORS.has(tokens[from]?.normal ?? '') || multiwordAt(tokens, from) !== null;
    const verbal = opened || tokens.slice(from, i).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
    if (t.text === ',' && verbal && opensAfterComma(tokens, i + 1)) {
      cut(i, i + 1, 'comma', true);
      continue;
    }
    // "… and if the sync ran": the coordinator opens the subordinate clause with it
    const joined = i === from + 1 && COORDINATORS.has(tokens[from]?.normal ?? '');
    // a coordinator joins clauses only after a verb group or a comma: "the logs, the config and the
    // dump are attached" coordinates the subject; "restart it and check" two orders
    const clauseSoFar = hasVerb || tokens[from]?.pos === 'VERB' || tokens[i - 1]?.text === ',';
    if (i > from && !joined && opensWordClause(tokens, i, clauseSoFar)) {
      const comma = tokens[i - 1]?.text === ',';
      cut(comma ? i - 1 : i, i, 'word', comma || afterComma);
      // "as soon as": the opener's own words open no clause of their own
      i += (multiwordAt(tokens, i)?.length ?? 1) - 1;
      continue;
    }
    // "if you don't mind I could send it": a pronoun and its verb after a clause with a verb
    // ("can you check": a subject after its auxiliary is a question's, no new clause)
    const prev = tokens[i - 1];
    if (
      i > from &&
      hasVerb &&
      t.pos === 'PRON' &&
      SUBJECTS.has(t.normal) &&
      prev?.pos !== 'ADP' &&
      prev?.pos !== 'AUX'
    ) {
      // the verb shows it is finite ("it will be added", "it works"; not "make it work"); after
      // "it" or "you", which may be objects, a past form is a participle ("we need it fixed")
      const verb = tokens[i + 1];
      const finite =
        verb?.pos === 'AUX' ||
        (verb !== undefined &&
          verb.normal !== verb.lemma &&
          (NOMINATIVE.has(t.normal) || verb.normal.endsWith('s')));
      if (finite && subjectVerbAt(tokens, i) === i + 1) {
        cut(i, i, 'subject', false);
        continue;
      }
    }
    // a verb not read as a noun's modifier ("In the debug log" holds no verb of a clause)
    const before = tokens[i - 1];
    if (
      finiteAt(tokens, i) &&
      i > from &&
      before?.pos !== 'DET' &&
      before?.pos !== 'ADP' &&
      !POSSESSIVE.has(before?.normal ?? '')
    )
      hasVerb = true;
  }
  cut(tokens.length, tokens.length, 'start', false);
  return out;
}

// after a comma, a new clause: an opener word ("…, because"), an order or a verb group
function opensAfterComma(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (COORDINATORS.has(t.normal) || SUBORDINATORS.has(t.normal) || multiwordAt(tokens, k)) return false;
  if (PREPOSITIONAL.has(t.normal)) return false;
  return opensAfterAside(tokens, k);
}

// a subordinator, or a coordinator before a verb group of its own
function opensWordClause(tokens: readonly Token[], i: number, clauseSoFar: boolean): boolean {
  const t = tokens[i] as Token;
  if (multiwordAt(tokens, i)) return true;
  if (SUBORDINATORS.has(t.normal)) return t.pos !== 'NOUN' && t.pos !== 'ADJ' && !fixedPhrase(tokens, i);
  if (PREPOSITIONAL.has(t.normal)) return subjectVerbAt(tokens, i + 1) >= 0;
  if (!COORDINATORS.has(t.normal) || !clauseSoFar) return false;
  // "… and if the sync ran", "… and we reset it", "… and will restart it", "… and not fall back"
  const next = tokens[i + 1]?.normal;
  return opensClauseAt(tokens, i + 1) || opensAlone(tokens, i + 1) || next === 'not' || next === 'never';
}

// "whether or not", "because of": not a clause of their own
function fixedPhrase(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1]?.normal;
  return (t.normal === 'whether' && next === 'or') || (t.normal === 'because' && next === 'of');
}

const cache = new WeakMap<Sentence, readonly Clause[]>();

/**
 * The clauses of an analysed sentence, read once and kept with it.
 *
 * @example clausesOf(analyze('If you re-upload, they import; we tested it.').sentences[0]).map((c) => c.opener)
 * // ['if', null, null]
 */
export function clausesOf(s: Sentence): readonly Clause[] {
  const hit = cache.get(s);
  if (hit) return hit;
  const clauses = splitClauses(s.tokens);
  cache.set(s, clauses);
  return clauses;
}

/** The sentence `text` as the language layer reads it, its parts joined when it reads as several. */
export function readSentence(text: string): Sentence | undefined {
  const sentences = analyze(text).sentences;
  const [first] = sentences;
  if (sentences.length <= 1 || !first) return first;
  return { ...first, text, tokens: sentences.flatMap((s) => [...s.tokens]) };
}

/**
 * Where each token of `s` starts in `text` (the sentence as read, `s.text` unless given; its tokens
 * keep the offsets of the whole text they came from), -1 for a token not found there.
 */
export function tokenOffsets(s: Sentence, text: string = s.text): number[] {
  const out: number[] = [];
  let cursor = 0;
  for (const t of s.tokens) {
    const k = text.indexOf(t.text, cursor);
    out.push(k);
    if (k >= 0) cursor = k + t.text.length;
  }
  return out;
}

/** The index of the token at character `at` of `text` (the sentence as read), or -1. */
export function tokenAt(s: Sentence, at: number, text: string = s.text): number {
  const offsets = tokenOffsets(s, text);
  let last = -1;
  for (let i = 0; i < offsets.length; i++) {
    const k = offsets[i] as number;
    if (k < 0) continue;
    if (k > at) return last < 0 ? i : last;
    last = i;
  }
  return last;
}

/** The index in `clauses` of the clause holding token `i` (a boundary token: the clause after it). */
export function clauseIndexAt(clauses: readonly Clause[], i: number): number {
  const k = clauses.findIndex((c) => i < c.to);
  return k < 0 ? clauses.length - 1 : k;
}

// the verbs after which "if" asks ("asking if", "can you check if", "not sure if")
const ASKING = new Set(['ask', 'wonder', 'know', 'check', 'confirm', 'see', 'tell', 'find', 'sure']);
const CONDITIONS = new Set(['if', 'unless', 'in case', 'even if']);

/** The clause asks indirectly: "whether …" (not "whether or not"), or "if" after a verb of asking. */
export function asksIndirectly(clauses: readonly Clause[], k: number): boolean {
  const c = clauses[k];
  if (c?.opener === 'whether') return true;
  if (c?.opener !== 'if') return false;
  const before = clauses[k - 1]?.tokens ?? [];
  // "check if", "find out if", "check with them if"
  return before.slice(-4).some((t) => ASKING.has(t.lemma) || ASKING.has(t.normal));
}

/** The clause supposes: opened by "if" (not asking), "unless" or "in case". */
export function supposes(clauses: readonly Clause[], k: number): boolean {
  const opener = clauses[k]?.opener;
  return opener !== null && opener !== undefined && CONDITIONS.has(opener) && !asksIndirectly(clauses, k);
}

// contrast and consequence end a question's or a condition's reach; "and" goes on inside it
const ENDS_SCOPE = new Set(['but', 'so', 'yet', 'although', 'though']);

/**
 * "if the key is missing and not fall back": a bare verb after "and", with no subject of its own,
 * cannot share the finite verb before it; it joins the modal or the order further back.
 */
function bareAfterFinite(c: Clause, before: Clause | undefined): boolean {
  if (!COORDINATORS.has(c.opener ?? '') || c.subject || !before?.verb || before.verb.modal) return false;
  // the verb before shows its tense ("is missing", "failed", "fails"); the one after does not
  const shown = before.tokens[before.verb.index] as Token;
  if (shown.pos !== 'AUX' && shown.normal === shown.lemma) return false;
  const verb = c.tokens.find((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return verb === undefined || (verb.pos === 'VERB' && verb.normal === verb.lemma);
}

/**
 * The clause that `opens` and holds token `i`, or holds the clause of `i` embedded in it ("whether
 * they lost orders when the sync ran"), or -1: a clause joined by a word and no comma stays inside
 * the one before it; a comma, a semicolon or a dash, "but" or "so" ends it ("if you re-upload, they
 * import").
 */
export function openingClause(
  clauses: readonly Clause[],
  i: number,
  opens: (clauses: readonly Clause[], k: number) => boolean,
): number {
  if (i < 0) return -1;
  for (let k = clauseIndexAt(clauses, i); k >= 0; k--) {
    if (opens(clauses, k)) return k;
    const c = clauses[k] as Clause;
    if (c.joint !== 'word' || c.afterComma || ENDS_SCOPE.has(c.opener ?? '')) return -1;
    if (bareAfterFinite(c, clauses[k - 1])) return -1;
  }
  return -1;
}

/**
 * Character `at` of the sentence (`text` as read, `s.text` unless given) sits inside a question put
 * indirectly: "they are asking whether they lost orders", "can you check if the export dropped
 * rows". Such a clause asks about the thing; it never says it happened.
 */
export function isInsideQuestionClause(s: Sentence, at: number, text: string = s.text): boolean {
  return openingClause(clausesOf(s), tokenAt(s, at, text), asksIndirectly) >= 0;
}

/**
 * Character `at` of the sentence sits inside a condition: "if she wants pages locked during an
 * outage, …", "unless the sync is down". A condition supposes the thing; it never says it happened.
 */
export function isInsideCondition(s: Sentence, at: number, text: string = s.text): boolean {
  return openingClause(clausesOf(s), tokenAt(s, at, text), supposes) >= 0;
}
