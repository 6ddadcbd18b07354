/** @module Our remedies under review or on their way that no later message reports out, asked as questions. */
import type { ExtractContext } from './context.js';
import { readRemedy, remedyQuestion, reportsRemedyOut } from './pending-remedy.js';
import { fromSentence, type Unknown } from './unknown.js';

const MAX = 1;

/** One question per remedy our side says is on its way (review, in the making, due) and no later message reports out. */
export function askPendingRemedies(ctx: ExtractContext): Unknown[] {
  const out: Unknown[] = [];
  for (const [index, item] of ctx.items.entries()) {
    if (!item.isStaff || item.isCustomer || item.unit === 'log' || ctx.articleIds.has(item.id)) continue;
    for (const [n, s] of item.analyzed.entries()) {
      const remedy = readRemedy(s);
      if (!remedy) continue;
      const later = [
        ...item.analyzed.slice(n + 1),
        ...ctx.items
          .slice(index + 1)
          .filter((i) => !ctx.articleIds.has(i.id))
          .flatMap((i) => i.analyzed),
      ];
      if (later.some((x) => reportsRemedyOut(x, remedy))) continue;
      out.push(
        fromSentence(
          remedyQuestion(remedy),
          'Our remedy is not out yet; the date we can give the customer depends on it.',
          'pending-remedy',
          item.id,
          item.sentences[n] ?? s.text,
        ),
      );
      if (out.length >= MAX) return out;
    }
  }
  return out;
}
