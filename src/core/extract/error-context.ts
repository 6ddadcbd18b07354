/**
 * @module Whether an error-shaped string is an error where it stands. A code-shaped token that a
 * label names as something else is an identifier ("device=HSA-7", "the test laptop (LT0412)", "a
 * loaner FL-G3"); a quoted or shown message is an error only when it says something went wrong
 * ("Test sent" and "should be ~20 min" do not). Read from the language layer, not from a list of
 * the identifiers seen.
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
  return analyze(message).sentences.some((s) => s.negators.length > 0 || s.tokens.some(isFailure));
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
 * itself a key (`STORE_NAME=…`). `errorWord` says whether a word is about errors.
 */
export function namesAThing(
  text: string,
  start: number,
  end: number,
  errorWord: (w: string) => boolean,
): boolean {
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
