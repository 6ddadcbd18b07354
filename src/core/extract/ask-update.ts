/**
 * @module A fix already released that the customer still has to install: "Fixed in 2.4.3" with the
 * customer on an older version → "Has the customer updated to 2.4.3, and does that end it (…)?"
 */
import type { ExtractContext } from './context.js';
import { cleanSentence } from './text/clean-sentence.js';
import { fromSentence, type Unknown } from './unknown.js';

const FIXED_IN =
  /\b(?:fixed|patched|resolved)\s+(?:it\s+)?in\s+(?:version\s+|release\s+|v)?(\d+(?:\.\d+)+)\b/i;
const UPDATED = /\b(?:updated|upgraded|installed|on the latest)\b/i;

// the defect in at most ten words: the sentence before the fix, or the words before "fixed in"
function defectOf(before: string): string {
  const words = cleanSentence(before)
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/[.;:,]+$/, '')
    .split(/\s+/);
  return words
    .slice(0, 10)
    .join(' ')
    .replace(/[\s,.:;=+-]+$/, '');
}

/** The update the customer still has to install, when our side says the fix is released in a version. */
export function askUpdate(ctx: ExtractContext): Unknown | null {
  for (const [at, item] of ctx.items.entries()) {
    if (item.isCustomer || item.role === 'bot' || item.unit === 'log' || item.unit === 'field') continue;
    for (const [index, raw] of item.sentences.entries()) {
      const m = FIXED_IN.exec(raw);
      if (!m?.[1] || raw.trim().endsWith('?') || /\b(?:will|once|next|should)\b/i.test(raw.slice(0, m.index)))
        continue;
      const version = m[1];
      const later = ctx.items.slice(at + 1).filter((i) => i.isCustomer);
      if (later.some((i) => i.sentences.some((s) => s.includes(version) && UPDATED.test(s)))) return null;
      const own = raw.slice(0, m.index).trim();
      const described = own.split(/\s+/).length >= 3 ? own : (item.sentences[index - 1] ?? '');
      const defect = defectOf(described);
      return fromSentence(
        `Has the customer updated to ${version}${defect ? `, and does that end it (${defect})` : ''}?`,
        'The fix is released; the case closes only when the customer runs it and the problem is gone.',
        'ask-update',
        item.id,
        raw,
      );
    }
  }
  return null;
}
