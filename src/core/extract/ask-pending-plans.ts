/** @module Our side's plans and checks with no later message reporting their result, asked as questions. */
import { askPending } from './ask-pending.js';
import type { ExtractContext } from './context.js';
import { directQuestion } from './direct-question.js';
import { readStepStatements, type StepStatement } from './steps.js';
import type { Unknown } from './unknown.js';

/** The lead's question: the check's own question ("Did the crawler fetch their ids?"), or when a plan will be done. */
export function planQuestion(p: StepStatement): string {
  if (p.check) {
    const asked = p.clause ? directQuestion(p.clause) : null;
    return asked ?? `Did we ${p.action}, and what did it show?`;
  }
  return `When will the plan to ${p.action} be done?`;
}

/** One question per plan or check stated internally whose result no later message of the conversation reports. */
export function askPendingPlans(ctx: ExtractContext, skip: (sentence: string) => boolean): Unknown[] {
  return askPending(ctx, {
    max: 2,
    speaks: (item) => !item.isCustomer && !item.isPublic && item.role !== 'bot' && item.unit !== 'log',
    read: (s, item, n) => {
      if (skip(item.sentences[n] ?? s.text)) return [];
      // a step asked of a colleague is the first move's; a plan or check of ours is the lead's question
      return readStepStatements(s, 'note', 'ours').filter((p) => p.state !== 'requested');
    },
    hears: (later) => later.role !== 'bot',
    // one conversation: the same source and channel
    conversation: (item) => `${item.ev.source}\u0000${item.ev.meta?.channel ?? ''}`,
    settled: (later, plan) => later.reportsDone(plan),
    ask: (plan) => ({
      question: planQuestion(plan),
      why: plan.check
        ? 'A check is under way and its result changes the scope or the fix.'
        : 'A step of the plan is not reported done; what we tell the customer depends on it.',
      kind: `pending-${plan.check ? 'check' : 'plan'}`,
    }),
  });
}
