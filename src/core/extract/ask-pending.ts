/** @module The one shape of every "still pending?" question: a thing said, no later message settling it. */
import type { Sentence } from '../language/types.js';
import type { ExtractContext, Item } from './context.js';
import { fromSentence, type Unknown } from './unknown.js';

/** The question a pending thing is asked as, why it matters, and the kind of unknown. */
export interface PendingAsk {
  readonly question: string;
  readonly why: string;
  readonly kind: string;
}

/** What differs between the pending questions: whose words, what they leave open, what settles it. */
export interface PendingReader<T> {
  /** at most this many questions */
  readonly max: number;
  /** the items whose sentences may leave something pending */
  readonly speaks: (item: Item) => boolean;
  /** what sentence `s` (sentence `n` of `item`) leaves pending: none, one or several */
  readonly read: (s: Sentence, item: Item, n: number) => readonly T[];
  /** whether a later item of the thread (after `item`) can settle what `item` left */
  readonly hears: (later: Item, item: Item) => boolean;
  /** whether a later sentence settles it */
  readonly settles: (later: Sentence, pending: T) => boolean;
  /** the question to ask, or null when nothing can be asked (it names nothing) */
  readonly ask: (pending: T, item: Item, n: number) => PendingAsk | null;
}

/**
 * One question per thing a sentence leaves pending that no later sentence settles (the rest of its
 * own item, then the later items the reader hears), in thread order, each question once.
 */
export function askPending<T>(ctx: ExtractContext, reader: PendingReader<T>): Unknown[] {
  const out: Unknown[] = [];
  for (const [index, item] of ctx.items.entries()) {
    if (!reader.speaks(item)) continue;
    for (const [n, s] of item.analyzed.entries()) {
      const found = reader.read(s, item, n);
      if (found.length === 0) continue;
      const later = [
        ...item.analyzed.slice(n + 1),
        ...ctx.items
          .slice(index + 1)
          .filter((i) => reader.hears(i, item))
          .flatMap((i) => i.analyzed),
      ];
      for (const pending of found) {
        if (later.some((x) => reader.settles(x, pending))) continue;
        const ask = reader.ask(pending, item, n);
        if (!ask || out.some((u) => u.question === ask.question)) continue;
        out.push(fromSentence(ask.question, ask.why, ask.kind, item.id, item.sentences[n] ?? s.text));
        if (out.length >= reader.max) return out;
      }
    }
  }
  return out;
}
