/** @module Decisions the thread leaves with someone named, asked as questions until a later message records them. */
import type { Sentence } from '../language/types.js';
import type { ExtractContext, Item } from './context.js';
import { decisionQuestion, type PendingDecision, readPendingDecision } from './pending-decision.js';
import { contentWords } from './text/content-words.js';
import { fromSentence, type Unknown } from './unknown.js';

const MADE = new Set(['approve', 'decide', 'sign', 'reject', 'decline', 'agree', 'choose', 'confirm']);
const MAX = 3;

/** True when a sentence records the decision: a past "approved"/"decided" naming the decider or the thing. */
function records(s: Sentence, d: PendingDecision): boolean {
  const words = new Set([...contentWords(d.decider), ...contentWords(d.thing)]);
  const made = s.tokens.some(
    (t) => MADE.has(t.lemma || t.normal) && t.normal.endsWith('ed') && !t.negated && !s.question,
  );
  return made && contentWords(s.text).some((w) => words.has(w));
}

/** Nobody's own words about the case: the customer's side decides nothing of ours, a bot or an article says nothing. */
const speaks = (ctx: ExtractContext, i: Item): boolean =>
  !i.isCustomer && i.role !== 'bot' && !ctx.articleIds.has(i.id) && i.unit !== 'log';

/** One question per pending decision, naming who decides, on what and by when. */
export function askPendingDecisions(ctx: ExtractContext): Unknown[] {
  const out: Unknown[] = [];
  for (const [index, item] of ctx.items.entries()) {
    if (!speaks(ctx, item)) continue;
    for (const [n, sentence] of item.sentences.entries()) {
      const d = readPendingDecision(sentence);
      if (!d) continue;
      const later = ctx.items.slice(index + 1).flatMap((i) => (speaks(ctx, i) ? i.analyzed : []));
      if (later.some((s) => records(s, d))) continue;
      // "Refund or credit? Finance decides at 5": the question before names the thing
      const before = item.sentences[n - 1]?.trim() ?? '';
      const context = !d.thing && before.endsWith('?') ? before : '';
      const question = decisionQuestion(d, context);
      if (!question || out.some((u) => u.question === question)) continue;
      out.push(
        fromSentence(
          question,
          'Nothing about it can be promised to the customer before this decision.',
          'pending-decision',
          item.id,
          sentence,
        ),
      );
      if (out.length >= MAX) return out;
    }
  }
  return out;
}
