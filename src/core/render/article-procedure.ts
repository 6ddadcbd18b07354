/**
 * @module A published article's procedure, read from its layout: a lead-in that ends with a colon
 * and the list that follows it on the next lines ("Texts start again when you:" + three bullets),
 * or a numbered list under a heading. Notes keep one item per bullet with its line range
 * ("S2:L20-21"), so lines that follow each other without a blank line are one list.
 */

import { contentWords } from '../extract/text/content-words.js';
import { crudeStem } from '../extract/text/word-stems.js';
import { analyze } from '../language/analyze.js';
import type { Evidence } from '../model/evidence.js';

export interface Procedure {
  /** the article's own lead-in ("Texts start again straight away when you:"), or null */
  readonly leadIn: string | null;
  readonly steps: readonly string[];
  /** the items are alternatives ("…, or"), not steps in order */
  readonly alternatives: boolean;
  /** how many of the topic's words the procedure's section shares */
  readonly score: number;
}

const LINES = /:L(\d+)(?:-(\d+))?$/;
// "**Move to Trash**: the candidate is moved …" names an option; it does not instruct
const LABELLED_OPTION = /^\W{0,4}[^:]{2,40}?\W{0,4}:\s/;
// a line of code ("import x from 'y'", "return a;") is not a step a customer follows
const CODE = /[{};=]|^(?:import|export|function|return|const|let|var|sudo)\b/;
const MIN_ITEMS = 2;
const MAX_ITEMS = 6;
const MAX_ITEM_CHARS = 240;

interface Line {
  readonly item: Evidence;
  readonly from: number;
  readonly to: number;
}

function linesOf(items: readonly Evidence[]): Line[] {
  return items.flatMap((item) => {
    const m = LINES.exec(item.id);
    if (!m?.[1]) return [];
    const from = Number(m[1]);
    return [{ item, from, to: m[2] ? Number(m[2]) : from }];
  });
}

const plain = (text: string): string =>
  text
    .replace(/\*\*|__/g, '')
    // "choose a new *Valid until* date": single emphasis marks a label, not a character to send
    .replace(/(^|[\s(])[*_]([^*_\s](?:[^*_]*[^*_\s])?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '"$1"')
    .replace(/\s+/g, ' ')
    .trim();

/** An instruction: its first word is a verb when read after "you" ("Click Save" → you click/VERB). */
const PLACE_LEAD = /^(?:under|in|on|from|within)\b[^,.]{1,60},\s+(?=\p{L})/iu;

export function instructs(text: string, verbs: RegExp): boolean {
  // "Under Resilience, set …", "On the Billing page, click …": the place leads in to the step
  const t = plain(text).replace(PLACE_LEAD, '');
  if (LABELLED_OPTION.test(t)) return false;
  if (verbs.test(t)) return true;
  // a list item completes "you …" whether it follows "when you:" or stands as a step
  const first = analyze(`you ${t.charAt(0).toLowerCase()}${t.slice(1)}`).sentences[0]?.tokens[1];
  return first?.pos === 'VERB';
}

// a heading: short, no sentence punctuation, no table cells
const isHeading = (text: string): boolean =>
  text.length <= 80 && !/[.:;!?]$/.test(text.trim()) && !text.includes(';') && text.split(/\s+/).length <= 10;

/** The procedures of one article's items, in article order, each scored against `topic` stems. */
export function articleProcedures(
  items: readonly Evidence[],
  topic: ReadonlySet<string>,
  verbs: RegExp,
): Procedure[] {
  const lines = linesOf(items);
  const out: Procedure[] = [];
  let section: Line[] = [];
  const sections: Line[][] = [];
  for (const [k, line] of lines.entries()) {
    // a heading stands alone: a blank line follows it
    const next = lines[k + 1];
    const alone = !next || next.from > line.to + 1;
    if (alone && isHeading(line.item.text) && section.length > 0) {
      sections.push(section);
      section = [];
    }
    section.push(line);
  }
  if (section.length > 0) sections.push(section);
  for (const lines of sections) {
    const words = new Set(contentWords(lines.map((l) => l.item.text).join(' ')).map(crudeStem));
    const score = [...words].filter((w) => topic.has(w)).length;
    for (let i = 0; i < lines.length; i++) {
      // a run of items on consecutive lines: a list
      let j = i;
      while (j + 1 < lines.length && (lines[j + 1]?.from ?? 0) === (lines[j]?.to ?? 0) + 1) j++;
      const run = lines.slice(i, j + 1);
      const before = lines[i - 1];
      const leadIn =
        before && /:\s*$/.test(before.item.text) && before.to + 2 >= (run[0]?.from ?? 0)
          ? plain(before.item.text)
          : null;
      const texts = run.map((l) => plain(l.item.text));
      // the tagger misses some verbs ("reconnect"); a lead-in that ends in a colon vouches for its list
      const instructing = texts.filter((t) => instructs(t, verbs)).length;
      const enough = leadIn ? instructing * 3 >= texts.length * 2 : instructing === texts.length;
      if (
        texts.length >= MIN_ITEMS &&
        texts.length <= MAX_ITEMS &&
        texts.every((t) => t.length <= MAX_ITEM_CHARS && !LABELLED_OPTION.test(t) && !CODE.test(t)) &&
        enough
      ) {
        const alternatives = texts.slice(0, -1).every((t) => /,\s*or$/i.test(t));
        const steps = texts.map((t) => t.replace(/[,;]\s*(?:or|and)?$|\.$/i, '').trim());
        out.push({ leadIn, steps, alternatives, score });
      }
      i = j;
    }
  }
  return out;
}
