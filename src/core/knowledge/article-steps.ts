/**
 * @module The steps an article gives: its numbered or bulleted lines, in order, cleaned of Markdown,
 * bounded in number and length. An article with no list has no steps.
 */

/** At most this many steps are given to a customer. */
export const MAX_ARTICLE_STEPS = 6;
const MAX_STEP_CHARS = 240;
const LIST_ITEM = /^\s{0,6}(?:\d{1,2}[.)]|[-*•+])\s+(.+)$/;

function clean(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/`([^`]+)`/g, '"$1"')
    .replace(/\{%[^%]*%\}|\{\{[^}]*\}\}/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[.;:,\s]+$/, '')
    .trim();
}

/**
 * The first list in the article (numbered lists before bulleted ones), as plain sentences.
 *
 * @example articleSteps('1. Open **Settings**.\n2. Click Save.') // ['Open Settings', 'Click Save']
 */
export function articleSteps(text: string): string[] {
  const lines = text.split('\n');
  const lists: { numbered: boolean; items: string[] }[] = [];
  let current: { numbered: boolean; items: string[] } | null = null;
  for (const line of lines) {
    const m = LIST_ITEM.exec(line);
    if (m?.[1]) {
      const numbered = /^\s*\d/.test(line);
      if (!current || current.numbered !== numbered) {
        current = { numbered, items: [] };
        lists.push(current);
      }
      current.items.push(clean(m[1]));
    } else if (line.trim() !== '' && current && /^\s{2,}\S/.test(line)) {
      // a wrapped continuation of the item above
      const last = current.items.length - 1;
      current.items[last] = clean(`${current.items[last]} ${line}`);
    } else if (line.trim() !== '') {
      current = null;
    }
  }
  const list = lists.find((l) => l.numbered && l.items.length >= 2) ?? lists.find((l) => l.items.length >= 2);
  if (!list) return [];
  return list.items
    .filter((s) => s.length >= 3 && s.length <= MAX_STEP_CHARS)
    .slice(0, MAX_ARTICLE_STEPS)
    .map((s) => s.charAt(0).toUpperCase() + s.slice(1));
}
