/** @module A small, deterministic suffix-stripping stemmer for the eval matcher. */

const VOWEL = /[aeiouy]/;

/**
 * Reduces an English word to a crude stem so inflections compare equal: plural `-s/-es/-ies`,
 * `-ing`, `-ed`, `-ly`, possessive `'s`, then a final silent `e` and a doubled final consonant.
 * Tokens holding a digit (versions, codes, counts) are returned unchanged.
 *
 * @example stem('rotated') === stem('rotate') // 'rotat'
 * @example stem('synced') === stem('syncing') // 'sync'
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (/\d/.test(w)) return w;
  w = w.replace(/['’]s$/, '').replace(/['’]$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:x|z|ch|sh|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  w = stripVerbSuffix(w);
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 4) w = `${w.slice(0, -1)}i`;
  return w;
}

function stripVerbSuffix(w: string): string {
  for (const suffix of ['ing', 'ed']) {
    if (!w.endsWith(suffix)) continue;
    const base = w.slice(0, -suffix.length);
    // only strip when a vowel remains, so "bed" or "string" keep their meaning
    if (base.length < 3 || !VOWEL.test(base)) return w;
    return undouble(base);
  }
  return w;
}

function undouble(base: string): string {
  const last = base.at(-1) ?? '';
  if (base.length > 3 && last === base.at(-2) && !/[lsz]/.test(last)) return base.slice(0, -1);
  return base;
}
