/** @module The one shape of every "still pending?" question: a thing said, no later message settling it. */
import type { Sentence } from '../language/types.js';
import type { ExtractContext, Item } from './context.js';
import { LaterStatements } from './steps.js';
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
  /** whether a later item can settle what an earlier one left (a person, not a bot or an article) */
  readonly hears: (later: Item) => boolean;
  /** the conversation an item belongs to: only later items of the same one settle (one thread when absent) */
  readonly conversation?: (item: Item) => string;
  /** whether the statements said after it settle it */
  readonly settled: (later: LaterStatements, pending: T) => boolean;
  /** the question to ask, or null when nothing can be asked (it names nothing) */
  readonly ask: (pending: T, item: Item, n: number) => PendingAsk | null;
}

/**
 * One question per thing a sentence leaves pending that no later sentence settles (the rest of its
 * own item, then the later items the reader hears), in thread order, each question once. Read from
 * the newest sentence back, each heard sentence indexed once as it passes, so a long thread costs
 * one pass and not one pass per pending thing.
 */
export function askPending<T>(ctx: ExtractContext, reader: PendingReader<T>): Unknown[] {
  const found: Array<{ pending: T; item: Item; n: number; s: Sentence }> = [];
  const indexes = new Map<string, LaterStatements>();
  for (let m = ctx.items.length - 1; m >= 0; m--) {
    const item = ctx.items[m] as Item;
    const key = reader.conversation?.(item) ?? '';
    let later = indexes.get(key);
    if (!later) {
      later = new LaterStatements();
      indexes.set(key, later);
    }
    const heard = reader.hears(item);
    const speaks = reader.speaks(item);
    // an item not heard is still read to its own end: the rest of it is said after its sentence
    const own = !heard && speaks ? new LaterStatements() : later;
    for (let n = item.analyzed.length - 1; n >= 0; n--) {
      const s = item.analyzed[n] as Sentence;
      if (speaks) {
        const read = reader.read(s, item, n);
        for (let k = read.length - 1; k >= 0; k--) {
          const pending = read[k] as T;
          if (!reader.settled(own, pending)) found.push({ pending, item, n, s });
        }
      }
      if (heard || speaks) own.add(s);
    }
  }
  const out: Unknown[] = [];
  for (let k = found.length - 1; k >= 0; k--) {
    const { pending, item, n, s } = found[k] as (typeof found)[number];
    const ask = reader.ask(pending, item, n);
    if (!ask || out.some((u) => u.question === ask.question)) continue;
    out.push(fromSentence(ask.question, ask.why, ask.kind, item.id, item.sentences[n] ?? s.text));
    if (out.length >= reader.max) return out;
  }
  return out;
}
