/** @module Citation markers for Markdown drafts: `[S2:m17][S3:c4]`. */

const MAX_MARKS = 4;

/** Markers for the first few cites (unique, in order); an empty string when there are none. */
export function citeMarks(cites: readonly string[] | undefined, max = MAX_MARKS): string {
  if (!cites || cites.length === 0) return '';
  const unique = [...new Set(cites)];
  const shown = unique.slice(0, max).map((id) => `[${id}]`);
  const more = unique.length > max ? ` (+${unique.length - max})` : '';
  return ` ${shown.join('')}${more}`;
}
