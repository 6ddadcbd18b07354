/**
 * @module Noun phrases of an analysed sentence, read from part-of-speech runs: a determiner or
 * possessive, modifiers (adjectives, nouns, hyphenated words) and a common noun at the head ("a
 * per-store discount switch", "the old invoices incident").
 */
import type { Sentence, Token } from '../language/types.js';

export interface NounPhrase {
  /** the phrase as written, determiner included */
  readonly text: string;
  /** the determiner or possessive ("a", "the", "their"), or "" */
  readonly det: string;
  /** the phrase without its determiner */
  readonly body: string;
  /** the head noun, lower-cased, and its lemma */
  readonly head: string;
  readonly lemma: string;
  /** a count before the noun ("2 sprints", "3 days"): a measure, not a thing */
  readonly counted: boolean;
  /** how many words stand before the head (modifiers) */
  readonly modifiers: number;
  readonly plural: boolean;
  readonly start: number;
  readonly end: number;
}

const POSSESSIVE = new Set(['our', 'their', 'my', 'your', 'his', 'her', 'its']);
// words tagged as determiners that quantify rather than point ("all", "every"): not a phrase's article
const POINTING = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those']);
const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

const isDet = (t: Token): boolean => (t.pos === 'DET' && POINTING.has(t.normal)) || POSSESSIVE.has(t.normal);
// "per-store": the parts of a hyphenated word touch each other
const joined = (a: Token | undefined, b: Token): boolean => a !== undefined && a.end === b.start;

// the words as written, a space between them unless they touched ("per-store")
function spell(words: readonly Token[]): string {
  return words.map((t, k) => (k > 0 && !joined(words[k - 1], t) ? ` ${t.text}` : t.text)).join('');
}

/** The noun phrases of `s` that have a common noun at their head, in order. */
export function nounPhrases(s: Sentence): NounPhrase[] {
  const out: NounPhrase[] = [];
  const tokens = s.tokens;
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    const det = isDet(first) ? first : null;
    let j = det ? i + 1 : i;
    const words: Token[] = [];
    while (j < tokens.length) {
      const t = tokens[j] as Token;
      const prev = tokens[j - 1];
      const glued =
        words.length > 0 && (joined(prev, t) || (t.text === '-' && joined(t, tokens[j + 1] as Token)));
      if (
        MODIFIER.has(t.pos) ||
        glued ||
        (t.text === '-' && words.length === 0 && joined(t, tokens[j + 1] as Token))
      ) {
        words.push(t);
        j++;
        continue;
      }
      // "per-store": a preposition glued to the hyphen opens a modifier
      if (t.pos === 'ADP' && tokens[j + 1]?.text === '-' && joined(t, tokens[j + 1] as Token)) {
        words.push(t);
        j++;
        continue;
      }
      break;
    }
    // the head is the last common noun of the run
    let h = words.length - 1;
    while (h >= 0 && (words[h] as Token).pos !== 'NOUN') h--;
    if (h >= 0) {
      const head = words[h] as Token;
      const startToken = det ?? (words[0] as Token);
      const body = spell(words.slice(0, h + 1));
      const text = det ? `${det.text} ${body}` : body;
      out.push({
        text,
        det: det?.normal ?? '',
        body,
        head: head.normal,
        lemma: head.lemma || head.normal,
        counted: (words[0] as Token).pos === 'NUM',
        modifiers: words.slice(0, h).filter((t) => t.pos !== 'PUNCT' && t.pos !== 'ADP').length,
        plural: head.normal !== head.lemma && head.normal.endsWith('s'),
        start: startToken.start,
        end: head.end,
      });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}
