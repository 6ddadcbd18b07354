/** @module Literal text as a regular expression: escaped, and matched only as whole words. */

/** `text` with every regular-expression metacharacter escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `phrase`, case-insensitive, not inside a longer word ("Ines" is not in "business"). */
export function wholePhrase(phrase: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'iu');
}
