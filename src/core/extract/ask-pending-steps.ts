/** @module Steps left with the customer or with a third party that no later message reports done, asked as questions. */
import { askPending } from './ask-pending.js';
import type { ExtractContext, Item } from './context.js';
import { hasTakenQuestion, readStepStatements, type StepVoice } from './steps.js';
import type { Unknown } from './unknown.js';

const voiceOf = (item: Item): StepVoice => (item.isCustomer ? 'customer' : item.isPublic ? 'reply' : 'note');

/** One question per step our side told the customer (or said they must take, or they said they would take) that no later message reports done. */
export function askPendingSteps(ctx: ExtractContext): Unknown[] {
  return askPending(ctx, {
    max: 2,
    speaks: (item) =>
      (item.isStaff || item.isCustomer) && item.unit !== 'log' && !ctx.articleIds.has(item.id),
    read: (s, item) => readStepStatements(s, voiceOf(item), 'customer'),
    // a person of the thread reports it: not a bot, an article or a document nobody wrote in it
    hears: (later) => (later.isStaff || later.isCustomer) && !ctx.articleIds.has(later.id),
    settled: (later, step) => later.reportsDone(step),
    ask: (step) => ({
      question: hasTakenQuestion(step),
      why: 'Our side left this step with the customer; until it is done the problem stays.',
      kind: 'pending-customer-step',
    }),
  });
}

/**
 * One question per step the thread says a third party (the bank, a carrier, a registrar, Legal,
 * Finance) has ahead of it and no later message reports done: "Has the bank released the hold?".
 * `skip`: sentences another reader already asked about (a decision waiting on Legal is one question).
 */
export function askThirdPartySteps(ctx: ExtractContext, skip: (sentence: string) => boolean): Unknown[] {
  const who = new Map<string, string>();
  const asked = askPending(ctx, {
    max: 6,
    speaks: (item) =>
      (item.isStaff || item.isCustomer) && item.unit !== 'log' && !ctx.articleIds.has(item.id),
    read: (s, item, n) =>
      skip(item.sentences[n] ?? s.text)
        ? []
        : readStepStatements(s, voiceOf(item), 'third-party').filter((step) => step.state !== 'refused'),
    hears: (later) => (later.isStaff || later.isCustomer) && !ctx.articleIds.has(later.id),
    settled: (later, step) => later.reportsDone(step),
    ask: (step) => {
      const question = hasTakenQuestion(step);
      who.set(question, step.who.toLowerCase());
      return {
        question,
        why: step.internal
          ? 'Another team has to act first; what we can tell the customer waits on it.'
          : 'A third party has to act; until it does, the case waits on it.',
        kind: 'pending-third-party',
      };
    },
  });
  // one question per party: its latest step says where it stands
  const latest = new Map<string, Unknown>();
  for (const u of asked) latest.set(who.get(u.question) ?? u.question, u);
  return [...latest.values()].slice(0, 2);
}
