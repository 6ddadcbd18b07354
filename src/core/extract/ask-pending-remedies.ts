/** @module Our remedies under review or on their way that no later message reports out, asked as questions. */
import { askPending } from './ask-pending.js';
import type { ExtractContext } from './context.js';
import { readRemedy, remedyQuestion, reportsRemedyOut } from './pending-remedy.js';
import type { Unknown } from './unknown.js';

/** One question per remedy our side says is on its way (review, in the making, due) and no later message reports out. */
export function askPendingRemedies(ctx: ExtractContext): Unknown[] {
  return askPending(ctx, {
    max: 1,
    speaks: (item) => item.isStaff && !item.isCustomer && item.unit !== 'log' && !ctx.articleIds.has(item.id),
    read: (s) => {
      const remedy = readRemedy(s);
      return remedy ? [remedy] : [];
    },
    hears: (later) => !ctx.articleIds.has(later.id),
    settled: (later, remedy) =>
      later.some(remedy.name.toLowerCase().split(' '), (s) => reportsRemedyOut(s, remedy)),
    ask: (remedy) => ({
      question: remedyQuestion(remedy),
      why: 'Our remedy is not out yet; the date we can give the customer depends on it.',
      kind: 'pending-remedy',
    }),
  });
}
