/** @module When the thread says or asks whether others are hit and nobody has counted them: "How many other <noun> …?". */
import type { Sentence } from '../language/types.js';
import type { ExtractContext } from './context.js';
import { countQuestion, readOthersHit } from './others-hit.js';
import { contentWords } from './text/content-words.js';
import { fromSentence, type Unknown } from './unknown.js';

const ALSO = new Set(['too', 'also']);

/**
 * True when a statement counts the others: "4 other tenants have …", "17 tenants are hit too" (not
 * "the other 30 tenants", a pool, nor "three of our residents", the customer's own).
 */
function counted(s: Sentence, head: string): boolean {
  if (s.question) return false;
  const at = (i: number): string => s.tokens[i]?.normal ?? '';
  return s.tokens.some((t, i) => {
    if (t.pos !== 'NUM' || at(i - 1) === 'other') return false;
    if (at(i + 1) === 'other') return at(i + 2) === head || at(i + 3) === head;
    return (
      (at(i + 1) === head || at(i + 2) === head) &&
      s.tokens.slice(i + 2, i + 10).some((n) => ALSO.has(n.normal))
    );
  });
}

/** The count question about the others the thread names, unless a statement already counts them or a question asks it. */
export function askOthersCount(ctx: ExtractContext, asked: readonly Unknown[]): Unknown | null {
  const speaks = ctx.items.filter((i) => i.role !== 'bot' && i.unit !== 'log' && !ctx.articleIds.has(i.id));
  for (const item of speaks) {
    for (const [n, s] of item.analyzed.entries()) {
      const hit = readOthersHit(s);
      if (!hit) continue;
      const all = speaks.flatMap((i) => i.analyzed);
      if (all.some((x) => counted(x, hit.head))) return null;
      const counts = (q: string) =>
        q.toLowerCase().includes('how many') && contentWords(q).includes(hit.head);
      if (asked.some((u) => counts(u.question))) return null;
      return fromSentence(
        countQuestion(hit),
        'How many others are hit decides severity and whether this is an incident.',
        'others-count',
        item.id,
        item.sentences[n] ?? s.text,
      );
    }
  }
  return null;
}
