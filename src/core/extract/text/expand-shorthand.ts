/** @module Spell out a question's shorthand where the case defines it: "DLQ" → "DLQ (dead-letter queue)". */
import { escapeRegExp } from '../../language/whole-phrase.js';

const ACRONYM = /\b[A-Z]{2,5}\b/g;
const LETTER_NUMBER = /\b([a-z])(\d{1,3})\b/g;

/**
 * Acronyms whose meaning is fixed across support work. Only these may be spelled out from words
 * that merely sit next to each other in the case ("dead-letter queue"); any other acronym needs the
 * case to define it ("Full Name (FN)" or "FN (Full Name)"), because unrelated adjacent words
 * ("are delayed" for "AD") are easy to find.
 */
const KNOWN: Readonly<Record<string, string>> = {
  DLQ: 'dead-letter queue',
  PAT: 'personal access token',
  MFA: 'multi-factor authentication',
  SSO: 'single sign-on',
  RCA: 'root cause analysis',
  ETA: 'estimated time of arrival',
};

const words = (acronym: string): string =>
  [...acronym.toLowerCase()].map((c) => `${escapeRegExp(c)}[a-z]+`).join('[\\s-]+');

/** The phrase `corpus` defines `acronym` as: "Full Name (FN)" or "FN (Full Name)". */
function definedAs(acronym: string, corpus: string): string | null {
  const w = words(acronym);
  const a = escapeRegExp(acronym);
  const before = new RegExp(`\\b(${w})\\s*\\(${a}\\)`, 'i').exec(corpus);
  if (before?.[1]) return before[1];
  const after = new RegExp(`\\b${a}\\s*\\((${w})\\)`, 'i').exec(corpus);
  return after?.[1] ?? null;
}

/** The fixed expansion of `acronym`, when the case spells it out that way too. */
function knownIn(acronym: string, corpus: string): string | null {
  const known = KNOWN[acronym];
  if (!known) return null;
  const m = new RegExp(`\\b${words(acronym)}\\b`, 'i').exec(corpus);
  return m && m[0].toLowerCase().replace(/\s+/g, ' ') === known ? known : null;
}

/**
 * Expands the acronyms and letter-number forms of `text` that the case's `corpus` defines: an
 * acronym the corpus defines in brackets ("Dead Letter Queue (DLQ)") or one from a short fixed
 * list whose phrase the corpus uses ("dead-letter queue") gets the phrase in brackets; a form like
 * "p7" becomes the phrase it stands for ("partition 7"). Other shorthand is left as written.
 *
 * @example expandShorthand('How many are in the DLQ?', 'moved to the dead-letter queue')
 *   // 'How many are in the DLQ (dead-letter queue)?'
 */
export function expandShorthand(text: string, corpus: string): string {
  let out = text.replace(ACRONYM, (acronym, offset: number, whole: string) => {
    // already followed by its own spelling-out in the text
    if (/^\s*\(/.test(whole.slice(offset + acronym.length))) return acronym;
    const phrase = definedAs(acronym, corpus) ?? knownIn(acronym, corpus);
    return phrase && phrase.toUpperCase() !== acronym ? `${acronym} (${phrase.toLowerCase()})` : acronym;
  });
  out = out.replace(LETTER_NUMBER, (form, letter: string, n: string) => {
    const m = new RegExp(`\\b(${escapeRegExp(letter)}[a-z]{3,}) ${n}\\b`, 'i').exec(corpus);
    return m?.[1] ? `${m[1].toLowerCase()} ${n}` : form;
  });
  return out;
}

/** True when `text` holds an acronym or a letter-number form that expandShorthand may spell out. */
export function hasShorthand(text: string): boolean {
  return new RegExp(ACRONYM.source).test(text) || new RegExp(LETTER_NUMBER.source).test(text);
}
