/** @module Crude stems of a text's content words, so "webhooks" meets "webhook" and "delayed" "delay". */
import { contentWords } from './content-words.js';

/** A word without its commonest inflection (-ing, -ed, -es, -s, -e). */
export const crudeStem = (word: string): string => word.replace(/(?:ing|ed|es|s|e)$/, '');

/** The crude stems of `text`'s content words, in order. */
export function wordStems(text: string): string[] {
  return contentWords(text).map(crudeStem);
}
