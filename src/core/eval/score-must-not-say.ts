/** @module The mustNotSayToCustomer check: no forbidden string in the customer update. */
import { wholePhrase } from '../language/whole-phrase.js';
import type { Expected } from './expected.js';
import type { FieldScore } from './fields.js';
import type { PacketLike } from './packet-like.js';

/**
 * 1 when none of the gold's forbidden strings appears (case-insensitive, as whole words: the name
 * "Ines" is not in "business") in
 * `drafts.customerUpdate.text`, else 0 with the strings found in `missed`. A packet without a
 * customer update scores 0: an absent update proves nothing. Not scored when the gold list is empty.
 */
export function scoreMustNotSay(expected: Expected, packet: PacketLike | null): FieldScore | undefined {
  const forbidden = expected.mustNotSayToCustomer ?? [];
  if (forbidden.length === 0) return undefined;
  const text = packet?.drafts?.customerUpdate?.text;
  if (typeof text !== 'string') {
    return {
      score: 0,
      expected: 'none of the forbidden strings',
      produced: '(no customer update)',
      missed: [],
    };
  }
  const found = forbidden.filter((s) => containsPhrase(text, s));
  return {
    score: found.length === 0 ? 1 : 0,
    expected: `none of: ${forbidden.join(' | ')}`,
    produced: found.length === 0 ? 'none found' : `found: ${found.join(' | ')}`,
    missed: found,
  };
}

/** Whether `phrase` occurs in `text` case-insensitively, not inside a longer word. */
function containsPhrase(text: string, phrase: string): boolean {
  const trimmed = phrase.trim();
  if (trimmed === '') return false;
  return wholePhrase(trimmed).test(text);
}
