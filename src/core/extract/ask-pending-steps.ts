/** @module Steps our side left with the customer that no later message reports done, asked as questions. */
import type { ExtractContext } from './context.js';
import { readSteps, reportsStepDone, stepQuestion } from './pending-step.js';
import { fromSentence, type Unknown } from './unknown.js';

const MAX = 2;

/** One question per step our side told the customer (or said they must take, or they said they would take) that no later message reports done. */
export function askPendingSteps(ctx: ExtractContext): Unknown[] {
  const out: Unknown[] = [];
  for (const [index, item] of ctx.items.entries()) {
    if ((!item.isStaff && !item.isCustomer) || item.unit === 'log' || ctx.articleIds.has(item.id)) continue;
    const by = item.isCustomer ? 'customer' : item.isPublic ? 'reply' : 'note';
    for (const [n, s] of item.analyzed.entries()) {
      const steps = readSteps(s, by);
      if (steps.length === 0) continue;
      const later = [
        ...item.analyzed.slice(n + 1),
        ...ctx.items
          .slice(index + 1)
          // a person of the thread reports it: not a bot, an article or a document nobody wrote in it
          .filter((i) => (i.isStaff || i.isCustomer) && !ctx.articleIds.has(i.id))
          .flatMap((i) => i.analyzed),
      ];
      for (const step of steps) {
        if (later.some((x) => reportsStepDone(x, step))) continue;
        const question = stepQuestion(step);
        if (out.some((u) => u.question === question)) continue;
        out.push(
          fromSentence(
            question,
            'Our side left this step with the customer; until it is done the problem stays.',
            'pending-customer-step',
            item.id,
            item.sentences[n] ?? s.text,
          ),
        );
        if (out.length >= MAX) return out;
      }
    }
  }
  return out;
}
