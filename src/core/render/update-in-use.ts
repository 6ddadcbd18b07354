/**
 * @module Advice the customer already follows: a step or a sentence of ours that names a thing by its
 * label — a quoted option ("Show paywall"), the last place of a menu path (Admin > Received faxes), a
 * switch position in capitals (LOKAAL) — which a statement of the customer's names too ("the Received
 * faxes page works and we've been printing from it", "we switched 12 chargers to LOKAAL"). Offering it
 * again reads as unread.
 */
import { isCommonShout } from './calm-text.js';
import type { Said } from './update-material.js';

const QUOTED = /["“]([^"”\n]{3,40})["”]/g;
// "Admin > Received faxes", "Settings › Sites": the place the path ends at
const PATH =
  /(?:[\p{L}][\p{L}\d& -]{0,30}\s*(?:›|»|>)\s*)+([\p{Lu}][\p{L}\d& -]{2,40}?)(?=\s*(?:[(.,;:!?'"”’*]|$|\s(?:and|or|to|then|page|tab|screen|menu|dialog)\b))/gu;
// a log level or a marker before a colon ("ERROR:") is no switch position
const CAPITALS = /\b\p{Lu}{5,}\b(?!:)/gu;
const CODE_CHARS = /[_$\\/.{}=<>@#|]|\b[a-z]+[A-Z]\w*/;

/** The labels a sentence names things by: quoted, at the end of a menu path, or in capitals. */
export function labelsIn(text: string): { loose: string[]; exact: string[] } {
  const loose = new Set<string>();
  for (const m of text.matchAll(QUOTED)) {
    const label = m[1]?.trim() ?? '';
    // a key or value ("pid": 7, alt="image"), a file name, a path or a line of code is no label on a screen
    const at = m.index ?? 0;
    const key = /^\s*:/.test(text.slice(at + m[0].length)) || /[=:]\s*$/.test(text.slice(0, at));
    if (/\p{L}{3}/u.test(label) && !key && !CODE_CHARS.test(label)) loose.add(label);
  }
  // a one-word place ("Billing", "Users") is common; two words or more name this product's place
  for (const m of text.matchAll(PATH)) {
    const place = m[1]?.trim();
    if (place?.includes(' ')) loose.add(place);
  }
  // a word in capitals that reads as a word (LOKAAL), not an acronym (HTTPS) nor a shout (URGENT)
  const exact = [...text.matchAll(CAPITALS)]
    .map((m) => m[0])
    .filter((w) => !isCommonShout(w) && (w.match(/[AEIOUY]/g)?.length ?? 0) >= 2);
  return { loose: [...loose], exact: [...new Set(exact)] };
}

// a stopgap, not the fix: "while we work on this", "in the meantime", "what you can do right now"
const STOPGAP =
  /\b(?:while we|in the meantime|meanwhile|for now|until (?:then|we|the fix)|right now|in the interim|work-?around|stopgap)\b/i;

/** A stopgap of ours the customer already uses: re-offered, it reads as unread; the fix itself stays. */
export function stopgapInUse(sentence: string, customer: readonly Said[]): boolean {
  return STOPGAP.test(sentence) && inUseByCustomer(sentence, customer);
}

/** True when a statement of the customer's (not a question) names one of the sentence's labels. */
export function inUseByCustomer(sentence: string, customer: readonly Said[]): boolean {
  const { loose, exact } = labelsIn(sentence);
  if (loose.length === 0 && exact.length === 0) return false;
  return customer.some((c) => {
    if (c.text.trim().endsWith('?')) return false;
    const lower = c.text.toLowerCase();
    return (
      loose.some((l) => lower.includes(l.toLowerCase())) ||
      exact.some((w) => new RegExp(`\\b${w}\\b`, 'u').test(c.text))
    );
  });
}
