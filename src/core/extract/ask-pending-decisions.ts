/** @module Decisions the thread leaves with someone named, asked as questions until a later message records them. */
import { askPending } from './ask-pending.js';
import type { ExtractContext, Item } from './context.js';
import { extractAccount } from './extract-account.js';
import {
  antecedentBefore,
  decisionQuestion,
  type PendingDecision,
  readPendingDecision,
  readStandingApproval,
  readsAsNounPhrase,
  recordsDecision,
} from './pending-decision.js';
import type { LaterStatements } from './steps.js';
import { contentWords } from './text/content-words.js';
import type { Unknown } from './unknown.js';

/** Whether a later statement records the decision (it shares a word with its decider or thing). */
const recorded = (later: LaterStatements, d: PendingDecision): boolean =>
  later.some([...contentWords(d.decider), ...contentWords(d.thing)], (s) => recordsDecision(s, d));

// nobody's own words about the case: the customer's side decides nothing of ours, a bot or an article says nothing
const speaker =
  (ctx: ExtractContext) =>
  (i: Item): boolean =>
    !i.isCustomer && i.role !== 'bot' && !ctx.articleIds.has(i.id) && i.unit !== 'log';

/** One question per pending decision, naming who decides, on what and by when. */
export function askPendingDecisions(ctx: ExtractContext): Unknown[] {
  const speaks = speaker(ctx);
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
    settled: recorded,
    ask: (d, item, n) => {
      // "Refund or credit? Finance decides at 5": the question before names the thing
      // "… a one-off increase but only the VP can approve it": the same sentence names it first
      const before = item.sentences[n - 1]?.trim() ?? '';
      const context = d.thing
        ? ''
        : before.endsWith('?')
          ? before
          : d.act === 'approve'
            ? antecedentBefore(item.sentences[n] ?? '', d.decider)
            : '';
      const question = decisionQuestion(d, context);
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

/**
 * Approvals our side states in internal notes that readPendingDecision leaves out: a standing rule
 * the case falls under ("any credit is approved by the VP CS"), asked of this case, and an approval
 * or policy exception with no one named ("the credit part needs approval"), asked as who approves.
 * `skip`: sentences another reader already asked about.
 */
export function askPendingApprovals(ctx: ExtractContext, skip: (sentence: string) => boolean): Unknown[] {
  const speaks = speaker(ctx);
  // a rule concerns this case when the customer speaks of its thing ("any credit …" and they ask for one)
  const asked = new Set(
    ctx.items.filter((i) => i.isCustomer).flatMap((i) => i.sentences.flatMap(contentWords)),
  );
  return askPending(ctx, {
    max: 2,
    speaks: (i) => speaks(i) && !i.isPublic,
    read: (s, item, n) => {
      const text = item.sentences[n] ?? s.text;
      const d = skip(text) ? null : readStandingApproval(text);
      return d && (!d.decider || contentWords(d.thing).some((w) => asked.has(w))) ? [d] : [];
    },
    hears: speaks,
    settled: recorded,
    ask: (d) => {
      const question = d.decider
        ? decisionQuestion(d)
        : !readsAsNounPhrase(d.thing)
          ? null
          : `Who must approve ${d.thing.charAt(0).toLowerCase()}${d.thing.slice(1)}?`;
      return question
        ? {
            question,
            why: 'No date or commitment about it can be given to the customer before this approval.',
            kind: 'pending-sign-off',
          }
        : null;
    },
  });
}
