/** @module Our side's plans and checks with no later message reporting their result, asked as questions. */
import { askPending } from './ask-pending.js';
import type { ExtractContext, Item } from './context.js';
import { planQuestion, readPlan, reportsResult } from './pending-plan.js';
import type { Unknown } from './unknown.js';

// one conversation: the same source and channel
const sameConversation = (a: Item, b: Item): boolean =>
  a.ev.source === b.ev.source && a.ev.meta?.channel === b.ev.meta?.channel;

/** One question per plan or check stated internally whose result no later message of the conversation reports. */
export function askPendingPlans(ctx: ExtractContext, skip: (sentence: string) => boolean): Unknown[] {
  return askPending(ctx, {
    max: 2,
    speaks: (item) => !item.isCustomer && !item.isPublic && item.role !== 'bot' && item.unit !== 'log',
    read: (s, item, n) => {
      if (skip(item.sentences[n] ?? s.text)) return [];
      const plan = readPlan(s);
      return plan ? [plan] : [];
    },
    hears: (later, item) => later.role !== 'bot' && sameConversation(later, item),
    settles: reportsResult,
    ask: (plan) => {
      const question = planQuestion(plan);
      return question
        ? {
            question,
            why:
              plan.kind === 'check'
                ? 'A check is under way and its result changes the scope or the fix.'
                : 'A step of the plan is not reported done; what we tell the customer depends on it.',
            kind: `pending-${plan.kind}`,
          }
        : null;
    },
  });
}
