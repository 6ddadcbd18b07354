/** @module Decisions the thread leaves with someone named, asked as questions until a later message records them. */
import type { Sentence } from '../language/types.js';
import { askPending } from './ask-pending.js';
import type { ExtractContext, Item } from './context.js';
import { extractAccount } from './extract-account.js';
import { decisionQuestion, type PendingDecision, readPendingDecision } from './pending-decision.js';
import { contentWords } from './text/content-words.js';
import type { Unknown } from './unknown.js';

const MADE = new Set(['approve', 'decide', 'sign', 'reject', 'decline', 'agree', 'choose', 'confirm']);

/** True when a sentence records the decision: a past "approved"/"decided" naming the decider or the thing. */
function records(s: Sentence, d: PendingDecision): boolean {
  const words = new Set([...contentWords(d.decider), ...contentWords(d.thing)]);
  const made = s.tokens.some(
    (t) => MADE.has(t.lemma || t.normal) && t.normal.endsWith('ed') && !t.negated && !s.question,
  );
  return made && contentWords(s.text).some((w) => words.has(w));
}

/** One question per pending decision, naming who decides, on what and by when. */
export function askPendingDecisions(ctx: ExtractContext): Unknown[] {
  // nobody's own words about the case: the customer's side decides nothing of ours, a bot or an article says nothing
  const speaks = (i: Item): boolean =>
    !i.isCustomer && i.role !== 'bot' && !ctx.articleIds.has(i.id) && i.unit !== 'log';
  // the customer's own decision ("a decision from <their company> on how they treat …") is theirs
  // to take and to be asked of them, not one our side chases
  const account = contentWords(extractAccount(ctx)?.value ?? '');
  const theirs = (decider: string): boolean => {
    const words = contentWords(decider);
    return words.length > 0 && words.every((w, k) => account[k] === w);
  };
  return askPending(ctx, {
    max: 3,
    speaks,
    read: (s, item, n) => {
      const d = readPendingDecision(item.sentences[n] ?? s.text);
      return d && !theirs(d.decider) ? [d] : [];
    },
    hears: speaks,
    settles: records,
    ask: (d, item, n) => {
      // "Refund or credit? Finance decides at 5": the question before names the thing
      const before = item.sentences[n - 1]?.trim() ?? '';
      const question = decisionQuestion(d, !d.thing && before.endsWith('?') ? before : '');
      return question
        ? {
            question,
            why: 'Nothing about it can be promised to the customer before this decision.',
            kind: 'pending-decision',
          }
        : null;
    },
  });
}
