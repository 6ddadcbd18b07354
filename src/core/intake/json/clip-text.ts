/** @module Bounds the text of one evidence item. */

/** No single item carries more text than this; longer bodies are cut with a marker. */
export const MAX_ITEM_TEXT = 20_000;

/** Normalises line ends, trims, and cuts text longer than `max` characters. */
export function clipText(text: string, max = MAX_ITEM_TEXT): string {
  const normalized = text.replace(/\r\n?/g, '\n').trim();
  return normalized.length > max ? `${normalized.slice(0, max)} …[truncated]` : normalized;
}
