/** @module Reproduction: steps, expected, actual and frequency when the evidence gives them. */
import type { Facts } from '../model/packet.js';
import type { ExtractContext } from './context.js';
import { cleanSentence } from './text/clean-sentence.js';

const STEPS = /\b(?:reproduced (?:it |this )?(?:by|with|in|on)|can reproduce|repro'd)\b/i;
const EXPECTED = /\bexpected(?: behaviou?r)?\s*[:-]\s*(.{3,200})/i;
const ACTUAL = /\bactual(?: behaviou?r)?\s*[:-]\s*(.{3,200})/i;
const FREQUENCY =
  /\b(?:intermittent\w*|every time|each time|always|sometimes|occasionally|randomly|consistently|\d+(?:\.\d+)?\s?% of (?:the )?\w+|(?:one|1) in (?:\d+|every \w+))\b/i;

/** The reproduction as stated, or null when nobody reproduced or described it. */
export function extractReproduction(ctx: ExtractContext): Facts['reproduction'] {
  const steps: string[] = [];
  const cites: string[] = [];
  let expected: string | null = null;
  let actual: string | null = null;
  let frequency: string | null = null;
  for (const item of ctx.items) {
    if (item.unit === 'field' || item.unit === 'account' || item.role === 'bot') continue;
    for (const s of item.sentences) {
      let used = false;
      if (STEPS.test(s) && steps.length < 8) {
        steps.push(cleanSentence(s));
        used = true;
      }
      const e = EXPECTED.exec(s);
      if (e?.[1] && !expected) {
        expected = e[1].trim();
        used = true;
      }
      const a = ACTUAL.exec(s);
      if (a?.[1] && !actual) {
        actual = a[1].trim();
        used = true;
      }
      const f = FREQUENCY.exec(s);
      if (f && !frequency && item.unit !== 'log') {
        frequency = f[0];
        used = true;
      }
      if (used && !cites.includes(item.id)) cites.push(item.id);
    }
  }
  if (steps.length === 0 && !expected && !actual) return null;
  return { steps, expected, actual, frequency, cites: cites.slice(0, 6) };
}
