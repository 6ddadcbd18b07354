/** @module The sentences a reader of one message has just read: the message up to a sentence, and the conversation's messages before it. */
import type { Sentence } from '../language/types.js';
import type { ExtractContext } from './context.js';

// how many earlier messages a pointing word can reach back to
const REACH = 2;

/** Sentences before `sentence` of item `id`: earlier ones of the item, after up to REACH earlier messages of its conversation; oldest first. */
export function conversationBefore(ctx: ExtractContext, id: string, sentence: string): Sentence[] {
  const index = ctx.items.findIndex((i) => i.id === id);
  const item = ctx.items[index];
  if (!item) return [];
  const at = item.sentences.indexOf(sentence);
  const own = item.analyzed.slice(0, Math.max(at, 0));
  const before: Sentence[][] = [];
  for (const prev of ctx.items.slice(0, index).reverse()) {
    if (before.length >= REACH) break;
    if (prev.role === 'bot' || prev.ev.source !== item.ev.source) continue;
    if (prev.ev.meta?.channel !== item.ev.meta?.channel) continue;
    before.unshift([...prev.analyzed]);
  }
  return [...before.flat(), ...own];
}
