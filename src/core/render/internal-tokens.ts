/**
 * @module Tokens that appear only in internal evidence: host names, pod-style names, config keys,
 * version numbers, staff names and proper names from internal notes. The customer must not see them.
 */
import type { Evidence, Source } from '../model/evidence.js';
import { compareText } from './compare.js';

const MAX_TEXT = 200_000;
// host-like (erp-bridge.internal, db.eu-1.example), pod-like (orders-db-3), config keys
// (client_max_body_size), versions (4.12, v2.3.1), numbered references (#4412)
const TOKEN_PATTERNS: readonly RegExp[] = [
  /\b[a-z0-9][a-z0-9-]*\.[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\b/gi,
  /\b[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d+\b/gi,
  /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/gi,
  // not money: "13,788.49", "$4.12", "13 788,49 $"
  /(?<![\d,.$€£¥]|[$€£¥]\s)\bv?\d+\.\d+(?:\.\d+)*\b(?!\s?[$€£¥%])/gi,
  // pull requests and internal tickets cited by number (PR #4412)
  /(?<![\w#&])#\d{3,}\b/g,
];
// a capitalised word right after a lower-case word: a proper name, not a sentence start
const PROPER_NAME = /(?<=\b[a-z][a-z,]*\s)[A-Z][a-z]{2,}\b/g;
const WORDS = /[\p{L}\p{N}]+/gu;
const COMMON_CAPITALISED = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December I Slack Zendesk Jira Support Engineering Product Security Leadership Customer Success'.split(
    ' ',
  ),
);

/** Host-, pod-, key- and version-like tokens in a text, lower-cased (the same shapes the guard looks for). */
export function candidateTokens(text: string): string[] {
  const out: string[] = [];
  for (const pattern of TOKEN_PATTERNS) {
    for (const match of text.matchAll(pattern)) out.push(match[0].toLowerCase().replace(/\.+$/, ''));
  }
  return out;
}

export interface InternalTokens {
  /** lower-case tokens matched case-insensitively (hosts, keys, versions) */
  readonly tokens: readonly string[];
  /** staff and proper names matched case-sensitively as whole words */
  readonly names: readonly string[];
}

function bounded(text: string): string {
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

/** Staff names (full and first) of every internal-side author, in any source. */
export function staffNames(evidence: readonly Evidence[]): string[] {
  const names = new Set<string>();
  for (const item of evidence) {
    const author = item.author;
    if (author?.side !== 'internal' || author.role === 'bot') continue;
    const full = author.name.trim();
    if (full.length < 3) continue;
    names.add(full);
    const first = full.split(/\s+/)[0] ?? '';
    if (first.length >= 3 && /^[A-Z]/.test(first)) names.add(first);
    // a chat handle such as "lena.f" or "sam_ortiz" still names Lena or Sam in a reply
    const handle = /^([a-z]{3,})[._-][a-z]+$/.exec(full);
    if (handle?.[1]) names.add(handle[1].charAt(0).toUpperCase() + handle[1].slice(1));
  }
  return [...names].sort(compareText);
}

/**
 * Tokens from internal evidence (the draft reply excluded) that never appear in public evidence,
 * plus every internal author's name. Sorted, so the result is stable.
 */
export function internalOnlyTokens(
  evidence: readonly Evidence[],
  sources: readonly Source[],
  /** published help-article items: the names in them (Outlook, Excel) are public, not staff */
  published: ReadonlySet<string> = new Set(),
): InternalTokens {
  const drafts = new Set(sources.filter((s) => s.kind === 'draft').map((s) => s.id));
  const kept = evidence.filter((e) => !drafts.has(e.source) && e.meta?.unit !== 'draft');
  // public vocabulary as sets: lookups stay linear however large the handoff is
  const publicTokens = new Set<string>();
  const publicWords = new Set<string>();
  const publicNames = new Set<string>();
  for (const item of kept) {
    if (published.has(item.id)) {
      for (const word of bounded(item.text).match(WORDS) ?? []) publicNames.add(word);
    }
    if (item.visibility !== 'public') continue;
    const text = bounded(item.text).toLowerCase();
    for (const token of candidateTokens(text)) publicTokens.add(token);
    for (const word of text.match(WORDS) ?? []) publicWords.add(word);
  }
  const isPublic = (token: string) => publicTokens.has(token) || publicWords.has(token);
  const customerNames = new Set(
    kept.filter((e) => e.author?.side === 'external').flatMap((e) => (e.author?.name ?? '').split(/\s+/)),
  );
  const candidates = new Set<string>();
  const properNames = new Set<string>();
  for (const item of kept) {
    if (item.visibility !== 'internal') continue;
    const text = bounded(item.text);
    for (const token of candidateTokens(text)) candidates.add(token);
    for (const match of text.matchAll(PROPER_NAME)) properNames.add(match[0]);
  }
  const tokens = [...candidates].filter((t) => t.length >= 3 && !isPublic(t));
  const names = new Set<string>(staffNames(kept));
  for (const name of properNames) {
    if (COMMON_CAPITALISED.has(name) || customerNames.has(name) || publicNames.has(name)) continue;
    if (!isPublic(name.toLowerCase())) names.add(name);
  }
  return { tokens: tokens.sort(compareText), names: [...names].sort(compareText) };
}
