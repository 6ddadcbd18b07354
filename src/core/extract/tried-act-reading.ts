/**
 * @module Attempts read from sentence structure over the language layer's tokens, where the cue
 * list names no verb: a subjectless report in a staff member's internal note ("Sent a test event to
 * their endpoint: 401"), someone's attempt told with what came of it ("our IT turned the rule off and
 * on again, no change"; "I swapped in the live key and labels are printing again"), and an internal
 * finding under a label that names where it was read ("Audit log for the account: … at 15:12").
 */

import { looksPast } from '../language/tense.js';
import type { Sentence, Token } from '../language/types.js';
import { readsFailedTry } from './reads-failed-try.js';

// verbs that report talk, thought, contact, hand-off or ticket handling, not a try (lemmas)
const NOT_A_TRY = new Set([
  'say',
  'tell',
  'think',
  'mention',
  'note',
  'reply',
  'answer',
  'ask',
  'call',
  'email',
  'ping',
  'page',
  'move',
  'raise',
  'escalate',
  'pass',
  'forward',
  'attach',
  'assign',
  'tag',
  'flag',
  'loop',
  'hand',
  'close',
  'resolve',
  'merge',
  'receive',
  'get',
  'have',
  'be',
  'need',
  'want',
  'agree',
  'promise',
  'hear',
  'speak',
  'start',
  'happen',
  'go',
  'come',
  'become',
  'seem',
  'look',
  'fail',
  'break',
  'crash',
  'stop',
  'show',
  'return',
  'work',
  'leave',
  'let',
  'thank',
  'write',
  'draft',
  'take',
  'acknowledge',
  'report',
  'update',
  'know',
]);
// a check verb may stand alone before its finding: "confirmed, last deploy was 18 Nov"
const CHECK = new Set(['confirm', 'check', 'verify', 'test', 'reproduce', 'trace', 'query']);
// words that may open a report before its verb: "Also sent …", "Then re-ran …"
const OPENERS = new Set(['also', 'then', 'just', 'and', 'so', 'ok', 'okay', 'finally', 'first']);
const MODALS = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'to']);
const CONDITION = new Set(['if', 'when', 'unless', 'once', 'before', 'until', 'whether']);

const isWord = (t: Token): boolean => t.pos !== 'PUNCT' && t.pos !== 'SYM';

// the lemma, or for a past form known only by its spelling the stems it may come from
// ("escalated" → escalate, "flagged" → flag)
function lemmas(t: Token): string[] {
  const n = t.normal;
  if (n !== t.lemma || !n.endsWith('ed')) return [t.lemma];
  return [n.slice(0, -1), n.slice(0, -2), n.slice(0, -3)];
}
const notATry = (t: Token): boolean => lemmas(t).some((l) => NOT_A_TRY.has(l));
// a hand-off verb told with an outcome is a try after all: "moved two tills to 4G, same error",
// "updated the app, no change"
const TRIED_WHEN_OUTCOME = new Set(['move', 'update', 'take', 'close']);
const isCheck = (t: Token): boolean => lemmas(t).some((l) => CHECK.has(l));

function firstWord(s: Sentence): number {
  let k = s.tokens.findIndex(isWord);
  while (k >= 0 && OPENERS.has(s.tokens[k]?.normal ?? '')) k++;
  return k;
}

/**
 * A subjectless report of something done: the sentence opens with a past verb of doing, followed by
 * what it was done to ("Sent a test event …", "Purged 10:52, bypass rule 10:58", "Submitted early
 * review ER-1"), or a check verb and its finding ("confirmed, last deploy was 18 Nov"). Not a
 * hand-off ("Moved to #sec-triage", "Raised in #inc"), talk ("Said …") or a label ("Fixed: …").
 */
export function readsSubjectlessReport(s: Sentence): boolean {
  if (s.question || s.conditional) return false;
  const k = firstWord(s);
  const verb = s.tokens[k];
  if (!looksPast(verb) || !verb || notATry(verb) || verb.negated) return false;
  const next = s.tokens[k + 1];
  if (!next) return false;
  if (next.text === ',' || next.text === ':') return isCheck(verb) && s.tokens.length > k + 4;
  // what it was done to follows ("Traced the forwarded one", "Purged 10:52"); "Found it." names nothing.
  // A form known only by its spelling opens its object plainly ("Replayed the batch"): "Detailed
  // description", "Expected behaviour" and "Related issues:" are headings
  const spelt = verb.pos !== 'VERB' || verb.lemma === verb.normal;
  const objects = spelt ? ['DET', 'NUM'] : ['DET', 'NUM', 'NOUN', 'PROPN', 'ADJ', 'ADV'];
  if (!objects.includes(next.pos)) return false;
  return !modifiesSubject(s.tokens, k) && !heading(s.tokens, k);
}

// "Expected behaviour:", "Reduced error rate**", "Detailed description": a participle and a noun or
// two, then nothing but a colon or markup, heads a section
function heading(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (['ADJ', 'NOUN', 'PROPN'].includes(tokens[j]?.pos ?? '')) j++;
  const after = tokens[j];
  return j - k - 1 <= 2 && (!after || [':', '*', '#', '**'].includes(after.text) || after.text === '.');
}

// "Scheduled exports read from …", "Fixed offsets don't move": the past form describes the noun
// after it, and that noun is the subject of the verb that follows ("Sat 02:00 UTC is when …": a day
// the tagger read as a verb)
function modifiesSubject(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[j]?.pos ?? '')) j++;
  const after = tokens[j];
  if (j === k + 1 || !after) return false;
  // "Restored two deleted invoices": a participle before a noun belongs to the object
  const beforeNoun = ['NOUN', 'PROPN', 'ADJ'].includes(tokens[j + 1]?.pos ?? '');
  return after.pos === 'AUX' || (after.pos === 'VERB' && !beforeNoun);
}

/** The person who did it stands before the verb: "we", "I", a name, "our IT" (a possessive's noun). */
function personBefore(tokens: readonly Token[], verb: number): boolean {
  return tokens
    .slice(Math.max(0, verb - 6), verb)
    .some(
      (t) =>
        (t.pos === 'PRON' && ['i', 'we', 'he', 'she'].includes(t.normal)) ||
        (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)),
    );
}

// "… and labels are printing again", "… it works now": the problem gone after the try
function worked(tokens: readonly Token[]): boolean {
  if (tokens.some((t) => t.negated || t.normal === 'not' || t.normal === 'still')) return false;
  return tokens.some(
    (t, i) =>
      (t.normal === 'again' && tokens.slice(0, i).some((v) => v.pos === 'VERB' || v.pos === 'ADJ')) ||
      (t.normal === 'back' && ['come', 'be'].includes(tokens[i - 1]?.lemma ?? '')) ||
      (t.normal === 'now' && tokens.slice(0, i).some((v) => v.lemma === 'work')),
  );
}

/**
 * Someone's try told with what came of it: a person as subject, a past verb of doing (or "did" and
 * the verb: "we did add retries"), then a later clause saying it did not help ("no change", "it did
 * not help", "same error") or that the problem went away ("labels are printing again"). The outcome
 * makes it a try rather than the story of the problem ("we switched to Paylio on 24 Nov").
 */
export function readsTryWithOutcome(s: Sentence): boolean {
  if (s.question || s.conditional || s.hedged) return false;
  const t = s.tokens;
  // the first past verb, or "did" before one (the tagger may read a noun before it as a verb: "our IT guy")
  const v = t.findIndex((x) => looksPast(x) || x.normal === 'did');
  if (v < 0) return false;
  const first = t[v];
  const emphatic =
    first?.normal === 'did' && t[v + 1]?.pos === 'VERB' && t[v + 1]?.normal === t[v + 1]?.lemma;
  const at = emphatic ? v + 1 : v;
  const verb = t[at];
  if (!verb || (!emphatic && !looksPast(verb)) || verb.negated) return false;
  if (notATry(verb) && !lemmas(verb).some((l) => TRIED_WHEN_OUTCOME.has(l))) return false;
  if (t.slice(0, at).some((x) => MODALS.has(x.normal) || CONDITION.has(x.normal))) return false;
  if (!personBefore(t, v)) return false;
  // the outcome is a later clause: after a comma, a dash, a semicolon or "and"/"but"
  const cut = t.findIndex(
    (x, i) => i > at + 1 && ([',', ';', '-', '–', '—', ':'].includes(x.text) || x.pos === 'CCONJ'),
  );
  if (cut < 0) return false;
  const rest = t.slice(cut + 1);
  return readsFailedTry({ ...s, tokens: rest }) || worked(rest);
}

// label words that head a record or a plan, not a place where something was read
const NOT_A_SOURCE = new Set([
  'customer',
  'account',
  'company',
  'client',
  'plan',
  'tier',
  'contact',
  'owner',
  'subject',
  'priority',
  'status',
  'deadline',
  'impact',
  'severity',
  'summary',
  'need',
  'ask',
  'option',
  'step',
  'question',
  'update',
  'draft',
  'note',
  'version',
  'eta',
  'todo',
  'policy',
  'playbook',
  'possible',
  'remedy',
  'answer',
  'reply',
]);

/**
 * A finding under a label that names where it was read, two to seven words before the first colon
 * ("Audit log for acct_7Q: …", "Billing settings for the account: …", "Mail log: …"): the label is a
 * noun phrase (a noun, no verb before it, no pronoun subject, no auxiliary) whose head is no record
 * field or plan ("Next steps: …", "Customer: …").
 */
export function readsLabelledFinding(s: Sentence): boolean {
  const t = s.tokens;
  const colon = t.findIndex((x) => x.text === ':');
  if (colon < 2 || colon > 9 || s.question || s.hedged) return false;
  const label = t.slice(0, colon).filter(isWord);
  if (label.length < 2 || label.length > 7) return false;
  // a noun phrase: no auxiliary, no pronoun but a possessive, no verb but a participle after the noun
  // ("Query done: …") or a check ("Oskar confirms: …"), no negation ("No fee refund: …")
  const notNoun = (x: Token, i: number): boolean =>
    x.pos === 'AUX' ||
    x.negated ||
    x.normal === 'no' ||
    (x.pos === 'PRON' && !['their', 'our', 'its'].includes(x.normal)) ||
    (x.pos === 'VERB' && (i === 0 || ((!looksPast(x) || notATry(x)) && !isCheck(x))));
  if (label.some(notNoun) || ['ADV', 'ADP', 'SCONJ'].includes(label[0]?.pos ?? '')) return false;
  if (!label.some((x) => x.pos === 'NOUN' || x.pos === 'PROPN')) return false;
  // the label's own noun phrase, before "for the account", names no record field or plan
  const core = label.slice(0, label.findIndex((x) => x.pos === 'ADP') >>> 0);
  // nor someone's words ("Product answer: …", "Legal's note: …")
  if (core.some((x) => NOT_A_SOURCE.has(x.lemma))) return false;
  // what follows is a finding of some length, not a possibility ("support can give …") nor our own
  // statement ("…: we don't log bodies")
  const tail = t.slice(colon + 1);
  const opener = tail.find(isWord);
  if (opener?.pos === 'PRON' && (opener.normal === 'we' || opener.normal === 'i')) return false;
  if (tail.filter(isWord).length < 3 || tail.some((x) => MODALS.has(x.normal) && x.pos === 'AUX'))
    return false;
  // it states something: a verb, a quality, a denial or a figure of its own (not the digits inside a
  // file name: "Log excerpt: api-access-sl_20419.log")
  return tail.some(
    (x, i) =>
      x.pos === 'VERB' ||
      x.pos === 'AUX' ||
      x.pos === 'ADJ' ||
      x.negated ||
      x.normal === 'no' ||
      (x.pos === 'NUM' && (i === 0 || (tail[i - 1]?.end ?? 0) < x.start || tail[i - 1]?.pos === 'PUNCT')),
  );
}
