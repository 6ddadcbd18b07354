/**
 * @module Finds internal tokens and names in a sentence by set lookup (not one regex per token), so
 * a handoff with a huge internal log stays fast.
 */
import { candidateTokens, type InternalTokens } from './internal-tokens.js';

export interface TokenMatcher {
  /** the first internal token or name found in the text, or null */
  find(text: string): { kind: 'token' | 'name'; value: string } | null;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const cache = new WeakMap<InternalTokens, TokenMatcher>();

/** Builds (once per token list) a matcher: tokens case-insensitively, names case-sensitively. */
export function tokenMatcher(internal: InternalTokens): TokenMatcher {
  const cached = cache.get(internal);
  if (cached) return cached;
  const tokens = new Set(internal.tokens);
  const names = new Set(internal.names);
  const matcher: TokenMatcher = {
    find(text) {
      for (const token of candidateTokens(text))
        if (tokens.has(token)) return { kind: 'token', value: token };
      const words = (text.match(WORD) ?? []).map((w) => w.replace(/['’]s$/, ''));
      for (let i = 0; i < words.length; i++) {
        const word = words[i] ?? '';
        const pair = `${word} ${words[i + 1] ?? ''}`;
        if (names.has(pair)) return { kind: 'name', value: pair };
        if (names.has(word)) return { kind: 'name', value: word };
      }
      return null;
    },
  };
  cache.set(internal, matcher);
  return matcher;
}
