/** @module Our side's plans and checks with no later message reporting their result, asked as questions. */
import type { ExtractContext, Item } from './context.js';
import { planQuestion, readPlan, reportsResult } from './pending-plan.js';
import { fromSentence, type Unknown } from './unknown.js';

const MAX = 2;

// one conversation: the same source and channel
const sameConversation = (a: Item, b: Item): boolean =>
  a.ev.source === b.ev.source && a.ev.meta?.channel === b.ev.meta?.channel;

/** One question per plan or check stated internally whose result no later message of the conversation reports. */
export function askPendingPlans(ctx: ExtractContext, skip: (sentence: string) => boolean): Unknown[] {
  const out: Unknown[] = [];
  for (const [index, item] of ctx.items.entries()) {
    if (item.isCustomer || item.isPublic || item.role === 'bot' || item.unit === 'log') continue;
    for (const [n, s] of item.analyzed.entries()) {
      const sentence = item.sentences[n] ?? s.text;
      if (skip(sentence)) continue;
      const plan = readPlan(s);
      if (!plan) continue;
      const later = [
        ...item.analyzed.slice(n + 1),
        ...ctx.items
          .slice(index + 1)
          .filter((i) => i.role !== 'bot' && sameConversation(i, item))
          .flatMap((i) => i.analyzed),
      ];
      if (later.some((x) => reportsResult(x, plan))) continue;
      const question = planQuestion(plan);
      if (!question || out.some((u) => u.question === question)) continue;
      out.push(
        fromSentence(
          question,
          plan.kind === 'check'
            ? 'A check is under way and its result changes the scope or the fix.'
            : 'A step of the plan is not reported done; what we tell the customer depends on it.',
          `pending-${plan.kind}`,
          item.id,
          sentence,
        ),
      );
      if (out.length >= MAX) return out;
    }
  }
  return out;
}
