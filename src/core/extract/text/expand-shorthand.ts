/** @module Spell out a question's shorthand with the case's own words: "DLQ" → "DLQ (dead-letter queue)". */

const ACRONYM = /\b[A-Z]{2,5}\b/g;
const LETTER_NUMBER = /\b([a-z])(\d{1,3})\b/g;
const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Expands the acronyms and letter-number forms of `text` that the case's `corpus` spells out
 * somewhere: an acronym whose letters start consecutive words ("DLQ" ← "dead-letter queue") gets
 * the phrase in brackets; a form like "p7" becomes the phrase it stands for ("partition 7").
 * Shorthand the corpus never spells out is left alone.
 *
 * @example expandShorthand('How many are in the DLQ?', 'moved to the dead-letter queue')
 *   // 'How many are in the DLQ (dead-letter queue)?'
 */
export function expandShorthand(text: string, corpus: string): string {
  let out = text.replace(ACRONYM, (acronym) => {
    const words = [...acronym.toLowerCase()].map((c) => `${escapeRegex(c)}[a-z]+`).join('[\\s-]+');
    const m = new RegExp(`\\b${words}\\b`, 'i').exec(corpus);
    return m && m[0].toUpperCase() !== acronym ? `${acronym} (${m[0].toLowerCase()})` : acronym;
  });
  out = out.replace(LETTER_NUMBER, (form, letter: string, n: string) => {
    const m = new RegExp(`\\b(${escapeRegex(letter)}[a-z]{3,}) ${n}\\b`, 'i').exec(corpus);
    return m?.[1] ? `${m[1].toLowerCase()} ${n}` : form;
  });
  return out;
}

/** True when `text` holds an acronym or a letter-number form that expandShorthand may spell out. */
export function hasShorthand(text: string): boolean {
  return new RegExp(ACRONYM.source).test(text) || new RegExp(LETTER_NUMBER.source).test(text);
}
