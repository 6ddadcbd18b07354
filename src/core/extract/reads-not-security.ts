/**
 * @module Our side saying a report is no security matter ("this is not a security issue", "no
 * security impact", "it isn't a vulnerability"): a security concern read from the report's words
 * is then answered. Asked, hedged or conditional sentences ("is this a security issue?", "if it
 * is not a vulnerability") answer nothing.
 */
import { findWord, isDenied } from '../language/polarity.js';
import type { Sentence } from '../language/types.js';
import type { ExtractContext } from './context.js';
import { isOurs } from './derive-assessment.js';

const SECURITY_WORDS: ReadonlySet<string> = new Set(
  'security vulnerability vulnerable exploit exploitable breach cve'.split(' '),
);

/** The sentence denies that something is a security matter. */
export function deniesSecurity(s: Sentence): boolean {
  if (s.question || s.conditional || s.hedged) return false;
  for (let i = findWord(s, SECURITY_WORDS); i >= 0; i = findWord(s, SECURITY_WORDS, i + 1))
    if (isDenied(s, i)) return true;
  return false;
}

/** Evidence ids of our side's sentences that say the case is no security matter. */
export function notSecurityCites(ctx: ExtractContext): string[] {
  const ids: string[] = [];
  for (const item of ctx.items)
    if (isOurs(item) && item.analyzed.some(deniesSecurity) && !ids.includes(item.id)) ids.push(item.id);
  return ids;
}
