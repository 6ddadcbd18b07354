/**
 * @module Whether an error-shaped string is an error where it stands. A code-shaped token that a
 * label names as something else is an identifier ("device=HSA-7", "the test laptop (LT0412)", "a
 * loaner FL-G3"); in people's words a code is an error only in an error's place in its clause
 * ("fails with AADSTS700016", "an E-4071 error"), not as a subject, a title or an aside ("LAW2041
 * has 212 submissions", "CB-9921 Team inbox search returns …", "(Hamid, SEC-2291)"); a quoted or
 * shown message is an error only when it says something went wrong ("Test sent" and "should be
 * ~20 min" do not). Read from the language layer, not from a list of the identifiers seen.
 */
import { analyze } from '../language/analyze.js';
import type { Token } from '../language/types.js';

// what going wrong is (lemmas and normal forms): a message with none of these, and no negation, is
// a status, a label or a remark
const FAILURE = new Set([
  'fail',
  'error',
  'invalid',
  'deny',
  'refuse',
  'reject',
  'exceed',
  'limit',
  'wrong',
  'unable',
  'stop',
  'crash',
  'timeout',
  'expire',
  'missing',
  'unknown',
  'offline',
  'unreachable',
  'unavailable',
  'forbidden',
  'too',
  'undefined',
  'timed',
]);

const isFailure = (t: Token): boolean => FAILURE.has(t.lemma) || FAILURE.has(t.normal);

/** True when `message` says something failed: a failure word or a negation ("can't connect", "not private"). */
export function saysFailure(message: string): boolean {
  return saysDenied(message) || analyze(message).sentences.some((s) => s.tokens.some(isFailure));
}

/** True when `message` denies something: "grant not found", "no separator found", "not granted". */
export function saysDenied(message: string): boolean {
  return analyze(message).sentences.some((s) => s.negators.length > 0);
}

// the label of a key-value pair just before a value: `device=`, `"merchant_id": "`, `Error: `
const KEY_BEFORE = /([A-Za-z][\w.]*)(?:=|["']\s*:\s*)["'`]?$/;
const WORD_BEFORE = /(?:^|[\s(])([A-Za-z][\w.-]*)\s*[(`'"]?\s*$/;

// "rate_plan", "error.code", "WidgetError" as the words they are made of
const words = (key: string): string => key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[._]/g, ' ');

/**
 * True when the code-shaped token at `start`–`end` of `text` is named as something other than an
 * error by what stands right before it: a key that is no error key (`device=`, `gw=`), a common noun
 * ("laptop (LT0412)", "merchant BKG-1"), an article ("a loaner G3" reads its noun); or when it is
 * itself a key (`STORE_NAME=…`).
 */
export function namesAThing(text: string, start: number, end: number): boolean {
  if (/^\s*=/.test(text.slice(end, end + 2))) return true;
  const before = text.slice(Math.max(0, start - 60), start);
  const key = KEY_BEFORE.exec(before)?.[1];
  if (key) return !errorWord(words(key));
  // "an E-4071 error", "X_TOO_BIG: archive exceeds 2 GB": what follows says it is an error
  const after = /^(:\s+[A-Za-z]|\s*[A-Za-z]+)?/.exec(text.slice(end, end + 30))?.[1] ?? '';
  if (after.startsWith(':') || errorWord(after)) return false;
  const word = WORD_BEFORE.exec(before)?.[1];
  if (!word || errorWord(words(word))) return false;
  if (/^(?:an?|each|every)$/i.test(word)) return true;
  // the word's part of speech in its own line: "laptop" names a thing, "exist" or "shows" does not
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const line = text.slice(lineStart, start);
  const tokens = analyze(line).sentences.flatMap((s) => s.tokens);
  const last = [...tokens].reverse().find((t) => t.pos !== 'PUNCT' && t.kind !== 'punctuation');
  return last !== undefined && last.pos === 'NOUN' && /^[a-z]/.test(last.text);
}

// what puts a code in an error's place from a few words away (lemmas): a failing word, or a verb
// by which an error reaches someone ("fails with X", "we get X", "the API returns X")
const ERROR_VERB = new Set([
  ...FAILURE,
  'show',
  'say',
  'display',
  'return',
  'throw',
  'raise',
  'get',
  'hit',
  'receive',
  'break',
  'broken',
]);
// …and right beside it: an error noun ("code AUTH-4712", "an E-4071 error"); from further off
// it names something else ("Dispatched code generation: SSE4_1")
const ERROR_NOUN = new Set(['error', 'code', 'exception', 'warning', 'message', 'status']);
// a clause ends at a sentence stop, a comma, a semicolon or a bracket; a colon does not ("Chrome
// says: NET::ERR_…")
const CLAUSE_END = /[.!?](?=\s|$)|[;,()[\]\n]/g;
const WORDS_BEFORE = 4;
const WORDS_AFTER = 2;

// the words of a stretch of text, without the code-shaped names in it ("OP_RETURN" is no "return");
// a failing word before a noun describes that noun ("offline gateways are FL-G2", "0 failed jobs"),
// so it stands as the noun
const lemmas = (text: string): string[] => {
  const tokens = analyze(text.replace(/[\w.:-]*_[\w.:-]*/g, ' '))
    .sentences.flatMap((s) => s.tokens)
    .filter((t) => t.kind === 'word');
  const describes = (t: Token, i: number): boolean =>
    tokens[i + 1]?.pos === 'NOUN' && (t.pos === 'ADJ' || /e[dn]$/.test(t.normal));
  return tokens.map((t, i) => (describes(t, i) && ERROR_VERB.has(t.lemma) ? 'noun' : t.lemma));
};

/**
 * True when the code-shaped token at `start`–`end` of people's words stands in an error's place:
 * one of the few words right before it in its clause, or right after it, is a failing word or a
 * verb that brings an error ("Sign-in fails with AADSTS700016", "We get ORA00942"), or the word
 * right beside it is an error noun ("Login shows code AUTH-4712", "an E-4071 error").
 */
export function inErrorPlace(text: string, start: number, end: number): boolean {
  let from = 0;
  let stop = '';
  for (const m of text.slice(0, start).matchAll(CLAUSE_END)) {
    from = m.index + m[0].length;
    stop = m[0];
  }
  // a code alone in brackets is read with what comes before them: "code 2 (SEGV_ACCERR)",
  // "Error [ERR_UNC_HOST]"; "(Hamid, SEC-2291)" and "(ticket CB-9921)" are asides
  // ("(FR-2231, 41 votes)" holds more than the code: an aside of its own)
  if (/[([]/.test(stop) && /^\s*["'`]?$/.test(text.slice(from, start)) && closesAfter(text, end))
    return inErrorPlace(text, from - 1, end);
  const rest = text.slice(end);
  const to = rest.search(CLAUSE_END);
  const before = lemmas(text.slice(from, start)).slice(-WORDS_BEFORE);
  const after = lemmas(to < 0 ? rest : rest.slice(0, to)).slice(0, WORDS_AFTER);
  return (
    [...before, ...after].some((w) => ERROR_VERB.has(w)) ||
    ERROR_NOUN.has(before.at(-1) ?? '') ||
    ERROR_NOUN.has(after[0] ?? '')
  );
}

// a word or key about errors: "error_code", "shows", "rejected" ("device", "merchant_id" are not)
function errorWord(text: string): boolean {
  return lemmas(text).some((w) => ERROR_VERB.has(w) || ERROR_NOUN.has(w));
}

/** True when a bracket closes right after offset `end` (past one closing quote). */
function closesAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 8);
  const rest = (`"'\``.includes(after[0] ?? '') ? after.slice(1) : after).trimStart();
  return rest.startsWith(')') || rest.startsWith(']');
}

// verbs that bring an error to someone beyond ERROR_VERB's: "we see X", "users report X", "it logs X"
const BRINGS = new Set([...ERROR_VERB, 'see', 'report', 'log', 'encounter', 'trigger', 'cause', 'emit']);

/**
 * True when the code-shaped token at `start` of people's words is the object of an action on a
 * thing ("Checked POKE-7: …", "when we open PACK-2 it says …", "edited SKU-12"): the verb right
 * before it does something to it and brings no error ("fails with", "we get", "shows" do).
 */
export function actedOn(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const tokens = analyze(text.slice(lineStart, start)).sentences.flatMap((s) => s.tokens);
  const last = tokens.at(-1);
  return last !== undefined && last.pos === 'VERB' && !BRINGS.has(last.lemma) && !BRINGS.has(last.normal);
}
