/** @module Steps our side left with the customer that no later message reports done, asked as questions. */
import { askPending } from './ask-pending.js';
import type { ExtractContext } from './context.js';
import { readSteps, reportsStepDone, stepQuestion } from './pending-step.js';
import type { Unknown } from './unknown.js';

/** One question per step our side told the customer (or said they must take, or they said they would take) that no later message reports done. */
export function askPendingSteps(ctx: ExtractContext): Unknown[] {
  return askPending(ctx, {
    max: 2,
    speaks: (item) =>
      (item.isStaff || item.isCustomer) && item.unit !== 'log' && !ctx.articleIds.has(item.id),
    read: (s, item) => readSteps(s, item.isCustomer ? 'customer' : item.isPublic ? 'reply' : 'note'),
    // a person of the thread reports it: not a bot, an article or a document nobody wrote in it
    hears: (later) => (later.isStaff || later.isCustomer) && !ctx.articleIds.has(later.id),
    settles: reportsStepDone,
    ask: (step) => ({
      question: stepQuestion(step),
      why: 'Our side left this step with the customer; until it is done the problem stays.',
      kind: 'pending-customer-step',
    }),
  });
}
