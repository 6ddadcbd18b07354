/**
 * @module Readings of a clause that tell a report of something done from a line that only looks
 * like one, over the language layer's tokens and entities: a timeline entry under a date label
 * ("3 Feb 14:40: ticket opened"), a finding that carries an instruction or a relayed request
 * ("…, so please don't promise a date"; "…: Jens asks for a statement"), and a cue word that is not
 * itself something done ("handing it over for the key reset", "has to be verified").
 */
import { clauseIndexAt, clausesOf, tokenOffsets } from '../language/clause.js';
import { isPastForm } from '../language/tense.js';
import type { Sentence, Token } from '../language/types.js';
import { readsFailedTry } from './reads-failed-try.js';
import { nonCauseAct } from './reads-non-cause-act.js';
import { readsRequest } from './reads-request.js';

const isWord = (t: Token): boolean => t.pos !== 'PUNCT' && t.pos !== 'SYM';
const within = (t: Token, s: Sentence, types: ReadonlySet<string>): boolean =>
  s.entities.some((e) => types.has(e.type) && e.start <= t.start && t.end <= e.end);

const WHEN = new Set(['date', 'time']);

// the colon that ends a label is followed by a space ("Mail log: …"; not "host:443", "14:40")
const labelColon = (s: Sentence): number =>
  s.tokens.findIndex((t, i) => t.text === ':' && (s.tokens[i + 1]?.start ?? t.end + 1) > t.end);

/** The tokens after the sentence's first colon as a sentence of their own, or null when none. */
export function afterLabel(s: Sentence): Sentence | null {
  const colon = labelColon(s);
  const rest = s.tokens.slice(colon + 1);
  const [head] = rest;
  if (colon < 1 || !head) return null;
  return {
    ...s,
    text: s.text.slice(head.start - s.start),
    start: head.start,
    tokens: rest,
    negators: [],
    entities: s.entities.filter((e) => e.start >= head.start),
  };
}

/**
 * A timeline entry: the label before the first colon is a date or a time and nothing else
 * ("Tue 12 Jan:", "Fri 29 Jan 14:40:"). It records when something happened, not who tried what.
 */
export function readsTimelineEntry(s: Sentence): boolean {
  const colon = labelColon(s);
  const label = s.tokens.slice(0, Math.max(0, colon)).filter(isWord);
  return label.length > 0 && label.every((t) => within(t, s, WHEN) || t.pos === 'NUM');
}

const PEOPLE = new Set(['i', 'we', 'he', 'she', 'they']);

/**
 * Someone's act told in the clause: its first verb is in the past and a person stands before it
 * ("Wen sent the export", "we tried the archive feature"); "ticket opened" names no person and
 * "release 27.1 ships" is no past.
 */
export function readsPersonsAct(s: Sentence): boolean {
  const v = s.tokens.findIndex((t) => t.pos === 'VERB');
  const verb = s.tokens[v];
  if (!verb || !isPastForm(verb) || verb.negated) return false;
  return s.tokens
    .slice(0, v)
    .some(
      (t) =>
        (t.pos === 'PRON' && PEOPLE.has(t.normal)) ||
        (t.pos === 'PROPN' && t.text[0] !== t.text[0]?.toLowerCase()),
    );
}

// a third party's ask passed on: "Jens asks for a statement", "…, asking for a partial release"
const ASKING = new Set(['ask', 'request', 'want', 'demand']);
const WRITER = new Set(['i', 'we']);
function relaysAnAsk(s: Sentence): boolean {
  return s.tokens.some((t, i) => {
    if (t.pos !== 'VERB' || !ASKING.has(t.lemma) || t.negated) return false;
    const subject = s.tokens
      .slice(0, i)
      .reverse()
      .find((x) => x.pos === 'PRON' || x.pos === 'PROPN' || x.pos === 'NOUN');
    return !WRITER.has(subject?.normal ?? '');
  });
}

// words that may open a clause before its order ("so please …", "and never …")
const LEAD = new Set(['so', 'and', 'but', 'then', 'also', 'just']);
// words that mark an order whatever verb the tagger reads after them
const ORDERING = new Set(['please', 'pls', 'kindly']);
const bare = (t: Token | undefined): boolean => t?.pos === 'VERB' && t.normal === t.lemma;

/**
 * The clause opens with an explicit order: "please …", or "never" or "do not" / "don't" before a
 * bare verb ("never quote it"; not "never worked", "did not expect", "does not provide").
 */
function opensOrder(t: readonly Token[]): boolean {
  let k = 0;
  while (LEAD.has(t[k]?.normal ?? '')) k++;
  const a = t[k];
  if (ORDERING.has(a?.normal ?? '')) return true;
  if (a?.normal === 'never') return bare(t[k + 1]);
  return a?.normal === 'do' && t[k + 1]?.normal === 'not' && bare(t[k + 2]);
}

/**
 * A clause after the first gives an explicit order ("we have no way to speed it up, so please
 * don't promise a date"; "that needs a decision from them, don't let anyone promise a fix"): the
 * line is guidance for colleagues, not a finding.
 */
export function instructsAfter(s: Sentence): boolean {
  return clausesOf(s)
    .slice(1)
    .some((c) => opensOrder(c.tokens));
}

/**
 * What follows a label is no finding: an instruction, a plan or a request ("Workaround for support:
 * regenerate until …"), or someone's ask passed on ("…: Jens asks for a written statement").
 */
export function tailIsNoFinding(s: Sentence): boolean {
  const tail = afterLabel(s);
  if (!tail) return false;
  const act = nonCauseAct(tail);
  // "we'll rerun it tonight" plans; "cannot open the file" is what a log or a tool reports
  const plan = act === 'plan' && WRITER.has(tail.tokens.find(isWord)?.normal ?? '');
  const ordered = act !== null && act !== 'plan';
  return plan || ordered || readsRequest(tail) || relaysAnAsk(tail) || instructsAfter(tail);
}

/**
 * "Nobody touched the mappings, I checked the log back to October": a later clause, after a comma or
 * a semicolon, in which the writer ("I", "we") reports something done; its text to the sentence's
 * end (`text` is the sentence as read), or null.
 */
export function ownActAfter(s: Sentence | undefined, text: string): string | null {
  if (!s) return null;
  const offsets = tokenOffsets(s, text);
  for (const c of clausesOf(s).slice(1)) {
    const mark = s.tokens[c.from - 1]?.text;
    const lead = c.tokens[0]?.normal === 'and' ? 1 : 0;
    const at = offsets[c.from] ?? -1;
    // a report that says what: some words after its verb
    const said = c.verb !== null && c.tokens.length - c.verb.index > 2;
    if (
      (mark === ',' || mark === ';') &&
      WRITER.has(c.tokens[lead]?.normal ?? '') &&
      c.verb?.past &&
      said &&
      at >= 0
    )
      return text.slice(at);
  }
  return null;
}

// semi-modals of obligation or intent before "to": "has to be verified", "need to reset"
const OBLIGED = new Set(['have', 'need', 'want', 'plan', 'go', 'intend', 'ought']);

/** The token index where `cue` (the matched cue text) starts in the sentence, or -1. */
function cueAt(s: Sentence, cue: string): number {
  // the token that is the cue's whole first word
  const c = cue.trim().toLowerCase();
  const head = s.tokens.find(
    (t) =>
      t.normal.length > 0 &&
      c.startsWith(t.normal) &&
      (c.length === t.normal.length || c[t.normal.length] === ' '),
  );
  return head ? s.tokens.indexOf(head) : -1;
}

/**
 * The cue word does not report something done: it names a thing ("for the host key reset") or it is
 * an infinitive after an obligation or a plan ("has to be verified").
 */
export function cueNotDone(s: Sentence | undefined, cue: string): boolean {
  if (!s) return false;
  const at = cueAt(s, cue);
  if (at < 0) return false;
  const span = s.tokens.slice(at, at + cue.trim().split(' ').length);
  // the cue's own verb, if it has one ("already restarted": the verb after the adverb)
  const v = span.findIndex((x) => x.pos === 'VERB');
  const k = v < 0 ? at : at + v;
  const t = s.tokens[k] as Token;
  // the verbs of the cue's own clause before it
  const clauses = clausesOf(s);
  const start = clauses[clauseIndexAt(clauses, at)]?.from ?? 0;
  const verbs = s.tokens.slice(start, at).filter((x) => x.pos === 'VERB' || x.pos === 'AUX');
  // "for the host key reset": a noun after a determiner or a modifier, no verb in the past before it
  // ("did a factory reset" reports one)
  if (span.length === 1 && t.pos === 'NOUN' && ['NOUN', 'ADJ', 'DET'].includes(s.tokens[k - 1]?.pos ?? ''))
    return !verbs.some(isPastForm);
  let j = k - 1;
  while (s.tokens[j]?.pos === 'ADV' || s.tokens[j]?.lemma === 'be') j--;
  return s.tokens[j]?.normal === 'to' && OBLIGED.has(s.tokens[j - 1]?.lemma ?? '');
}

/**
 * The cue is a participle in a present passive ("rules are checked from the top", "accounts are
 * paid out weekly", "this is being looked at"): a rule or a state told to someone, not a report of
 * something done, unless an outcome follows ("the app is reinstalled and still crashes"). A staff
 * member's own note of a state ("the file IS uploaded, it's just empty") is their finding, so the
 * caller reads this only outside internal notes.
 */
export function cueStatesARule(s: Sentence | undefined, cue: string): boolean {
  if (!s) return false;
  const k = cueAt(s, cue);
  const t = s.tokens[k];
  return t?.pos === 'VERB' && isPastForm(t) && presentPassive(s.tokens, k) && !readsFailedTry(s);
}

// "is", "are", "being": a passive in the present states a rule or a state ("rules are checked from
// the top", "the period is already exported", "this is being looked at"); "was reset", "has been
// restarted" report an act
const PRESENT_BE = new Set(['is', 'are', 'am', 'being']);
function presentPassive(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (tokens[j]?.pos === 'ADV') j--;
  const be = tokens[j];
  return be !== undefined && PRESENT_BE.has(be.normal) && (be.lemma === 'be' || be.normal === 'being');
}

// what a check is called, as a verb or a noun (lemmas)
const CHECKING = new Set(['check', 'test', 'query', 'lookup', 'review', 'audit', 'investigation', 'trace']);
// a participle saying the work is over
const OVER = new Set(['done', 'complete', 'completed', 'finished']);

/**
 * A check announced as over with no finding of its own ("L2 check done.", "Query complete."): the
 * next sentence says what it found.
 */
export function readsCheckDone(s: Sentence): boolean {
  const words = s.tokens.filter(isWord);
  if (words.length > 5 || s.question) return false;
  const last = words[words.length - 1];
  return last !== undefined && OVER.has(last.normal) && words.slice(0, -1).some((t) => CHECKING.has(t.lemma));
}
