/**
 * @module The terms retrieval compares: content words, lower-cased and crudely stemmed, with
 * identifiers such as error codes (CSV-422, ERR_BRIDGE_413) kept whole as well as in parts.
 */
import { STOP_WORDS } from '../eval/stop-words.js';
import { contentWords } from '../extract/text/content-words.js';
import { crudeStem } from '../extract/text/word-stems.js';

export interface Term {
  /** the form compared (stemmed, or an identifier kept exact) */
  readonly term: string;
  /** the word as written (lower-cased), to say which words matched */
  readonly word: string;
}

const MAX_TERMS = 20_000;

// a bare number below 100, or one of zeros ("000" from "100,000"), says nothing about a topic
const WEAK_NUMBER = /^(?:\d{1,2}|0+)$/;

function weak(word: string): boolean {
  return STOP_WORDS.has(word) || WEAK_NUMBER.test(word);
}

function stemOf(word: string): string {
  // identifiers and numbers stay exact: "413" is not "41", "v2" is not "v"
  return /\d/.test(word) ? word : crudeStem(word);
}

/** The terms of a text, in order (bounded), each with the word it came from. */
export function termsOf(text: string): Term[] {
  const out: Term[] = [];
  for (const raw of contentWords(text)) {
    const word = raw.replace(/'s$|'$/, '').replace(/^[-_']+|[-_']+$/g, '');
    if (word.length === 0) continue;
    if (weak(word)) continue;
    const parts = word.split(/[-_']+/).filter((p) => (p.length >= 3 || /\d/.test(p)) && !weak(p));
    if (parts.length > 1) {
      out.push({ term: word, word });
      for (const part of parts) out.push({ term: stemOf(part), word: part });
    } else if (word.length >= 3 || /\d/.test(word)) {
      out.push({ term: stemOf(word), word });
    }
    if (out.length >= MAX_TERMS) break;
  }
  return out;
}

/** The compared forms only, for the index's tokenizer. */
export function termList(text: string): string[] {
  return termsOf(text).map((t) => t.term);
}
