/**
 * @module A cheap test on a raw text before it is analysed: could any of its tokens have one of a
 * reader's lemmas or normal forms? Built from the reader's own word sets, so the two cannot drift
 * apart. A false "yes" costs only the analysis it would have cost anyway; a "no" must be certain,
 * so the test follows how wink-nlp gives a word its lemma: an inflection adds to the end of the
 * word ("decides", "decided", "deciding" all hold "decid"; "policies" holds "polic"; "chairmen"
 * holds "chairm"), and the irregular forms are wink's own exception lists ("chose", "chosen" →
 * "choose"). Not for the words wink makes out of a contraction ("cannot" → "can", "not"; "gonna" →
 * "going", "to"), which have no letters of their own in the text.
 */
// @ts-expect-error wink's lemmatizer exception tables (verbs, nouns, adjectives), plain JavaScript
import winkLemmaExceptions from './wink-lemma-exceptions.cjs';

const EXCEPTIONS = winkLemmaExceptions as ReadonlyArray<Readonly<Record<string, string>>>;

const literal = (word: string): string => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A pattern that matches every text holding a word whose lemma is in `lemmas` or whose lower-cased
 * form is in `normals` (and some texts that hold neither). Lemmas: the lemma without a final "e"
 * or "y" at the start of a word, or an irregular form wink lemmatises to it. Normal forms: the
 * whole word, not inside a longer one.
 *
 * @example textCue(['decide'], ['up']).test('Marta decided') // true
 */
export function textCue(lemmas: Iterable<string>, normals: Iterable<string> = []): RegExp {
  const wanted = new Set(lemmas);
  const starts = new Set<string>();
  // the lemmatizer's one rule that changes a letter inside the word: "chairmen" → "chairman"
  for (const lemma of wanted) starts.add(lemma.length > 2 ? lemma.replace(/[ey]$|(?<=m)an$/, '') : lemma);
  for (const table of EXCEPTIONS)
    for (const form in table) if (wanted.has(table[form] as string)) starts.add(form);
  const words = [...normals].map(literal);
  const parts = [
    ...(starts.size > 0 ? [`(?<!\\p{L})(?:${[...starts].map(literal).join('|')})`] : []),
    ...(words.length > 0 ? [`(?<!\\p{L})(?:${words.join('|')})(?!\\p{L})`] : []),
  ];
  return parts.length === 0 ? /(?!)/ : new RegExp(parts.join('|'), 'iu');
}
