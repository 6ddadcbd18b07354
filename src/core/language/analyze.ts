/**
 * @module analyze(): the language layer's one entry. Text in; sentences with tokens, part of
 * speech, negation scope, questions, hedges, conditions and typed entities out (wink-nlp, offline).
 */
import { loadNlp } from './load-nlp.js';
import { maskDots } from './mask-dots.js';
import { mergeSentences } from './merge-sentences.js';
import { findNegators, isConditional, isHedged, isQuestion } from './read-sentence.js';
import { splitBlocks } from './split-blocks.js';
import type { Analysis, Entity, EntityType, Sentence, Token } from './types.js';

const MAX_TEXT = 20_000;
const MAX_SENTENCE = 400;
const CACHE_LIMIT = 4096;
const cache = new Map<string, Analysis>();
// while above 0, the cache is not cleared (see holdAnalyses)
let holding = 0;

const ENTITY_TYPES: Record<string, EntityType> = {
  DATE: 'date',
  TIME: 'time',
  DURATION: 'duration',
  CARDINAL: 'number',
  ORDINAL: 'ordinal',
  MONEY: 'money',
  PERCENT: 'percent',
  URL: 'url',
  EMAIL: 'email',
  MENTION: 'mention',
  HASHTAG: 'hashtag',
};
// a version by shape: "v12.1", "4.8.1", "2.0.0-rc.1" (not "2.5", not an IP address)
const VERSION = /(?<![\w.])(?:v\d+(?:\.\d+){1,3}|\d+\.\d+\.\d+)(?:[-+][\w.]*\w)?(?![\w.]*\w)/gi;
// a list marker at the start ("- ", "2. "), not the start of a version number ("4.8.0 moved …")
// a consequence arrow opening a sentence: "=>", "->", "→"
const ARROW = /^(?:=>|->|→)/;
const LIST_MARKER = /^\s*(?:[-*•>]+|\d+[.)](?=\s|$))\s*/;

/** Tidies a raw sentence as extractors read it: marker dropped, spaces collapsed, bounded. */
function readable(raw: string): string {
  const s = raw.replace(LIST_MARKER, '').replace(/\s+/g, ' ').trim();
  return s.length > MAX_SENTENCE ? `${s.slice(0, MAX_SENTENCE - 1)}…` : s;
}

/** The entities from `from` on (sorted by start) that lie within [start, end], in order. */
function entitiesWithin(entities: readonly Entity[], from: number, start: number, end: number): Entity[] {
  const within: Entity[] = [];
  for (let k = from; k < entities.length; k++) {
    const e = entities[k] as Entity;
    if (e.start > end) break;
    if (e.start >= start && e.end <= end) within.push(e);
  }
  return within;
}

function analyzeBlock(text: string, offset: number, out: Sentence[]): void {
  const nlp = loadNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(maskDots(text));
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const normal = all.out(its.normal) as string[];
  const lemma = all.out(its.lemma as never) as string[];
  const pos = all.out(its.pos) as string[];
  const kind = all.out(its.type) as string[];
  const stop = all.out(its.stopWordFlag) as unknown as boolean[];
  const negated = all.out(its.negationFlag) as unknown as boolean[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    cursor += spaces[i]?.length ?? 0;
    const start = cursor;
    cursor += value.length;
    // most tokens read as written: wink's own string then, no copy cut from the text
    const masked = !text.startsWith(value, start);
    const original = masked ? text.slice(start, cursor) : value;
    const lower = masked ? original.toLowerCase() : '';
    tokens.push({
      text: original,
      normal: masked ? lower : (normal[i] ?? ''),
      lemma: masked ? lower : (lemma[i] ?? ''),
      pos: pos[i] ?? 'X',
      kind: kind[i] ?? 'word',
      stop: stop[i] === true,
      negated: negated[i] === true,
      start: offset + start,
      end: offset + cursor,
    });
  }
  const entities: Entity[] = [];
  const found = doc.entities();
  const entityTypes = found.out(its.type) as string[];
  const entitySpans = found.out(its.span as never) as unknown as [number, number][];
  entitySpans.forEach(([from, to], k) => {
    const type = ENTITY_TYPES[entityTypes[k] ?? ''];
    const first = tokens[from];
    const last = tokens[to];
    if (type && first && last)
      entities.push({
        type,
        text: text.slice(first.start - offset, last.end - offset),
        start: first.start,
        end: last.end,
      });
  });
  for (const m of text.matchAll(VERSION))
    entities.push({
      type: 'version',
      text: m[0],
      start: offset + m.index,
      end: offset + m.index + m[0].length,
    });
  entities.sort((a, b) => a.start - b.start || a.end - b.end);
  const sentenceSpans = doc.sentences().out(its.span as never) as unknown as [number, number][];
  const firstOfBlock = out.length;
  // entities are sorted by start and sentences come in order: the first entity a sentence may hold
  let firstEntity = 0;
  for (const [from, to] of sentenceSpans) {
    const own = tokens.slice(from, to + 1);
    const first = own[0];
    const last = own[own.length - 1];
    if (!first || !last) continue;
    while (firstEntity < entities.length && (entities[firstEntity] as Entity).start < first.start)
      firstEntity++;
    const sentenceText = readable(text.slice(first.start - offset, last.end - offset));
    if (sentenceText.length < 3) continue;
    const previous = out.length > firstOfBlock ? out[out.length - 1] : undefined;
    // "… either. => their receiver verifies with an old secret": an arrow states the previous
    // sentence's consequence, so the two are read as one
    if (previous && ARROW.test(sentenceText)) {
      const joined = readable(text.slice(previous.start - offset, last.end - offset));
      const merged = mergeSentences(joined, [
        previous,
        { ...previous, tokens: own, end: last.end, entities: [] },
      ]);
      if (merged) {
        out[out.length - 1] = {
          ...merged,
          entities: entities.filter((e) => e.start >= previous.start && e.end <= last.end),
        };
        continue;
      }
    }
    out.push({
      text: sentenceText,
      start: first.start,
      end: last.end,
      tokens: own,
      negators: findNegators(own),
      question: isQuestion(sentenceText, own),
      hedged: isHedged(own),
      conditional: isConditional(own),
      entities: entitiesWithin(entities, firstEntity, first.start, last.end),
    });
  }
}

/**
 * Reads `text` (bounded to 20,000 characters): layout first (blank lines, list items), then
 * wink-nlp's sentence boundaries inside each block. Same text, same analysis (cached).
 *
 * @example analyze("It isn't a bug. Could it be DNS?").sentences.map((s) => s.question) // [false, true]
 */
export function analyze(text: string): Analysis {
  const hit = cache.get(text);
  if (hit) return hit;
  const bounded = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const sentences: Sentence[] = [];
  for (const block of splitBlocks(bounded)) analyzeBlock(block.text, block.start, sentences);
  const analysis: Analysis = { sentences };
  if (holding === 0 && cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, analysis);
  return analysis;
}

/**
 * Runs `run` with every analysis it makes kept until it returns, then bounds the cache again. Several
 * extractors read the same texts: a handoff of more texts than the cache holds would otherwise have
 * them cleared midway and read again (a 5,000-message export: 958 of its texts analysed twice).
 */
export function holdAnalyses<T>(run: () => T): T {
  holding++;
  try {
    return run();
  } finally {
    holding--;
    if (holding === 0 && cache.size > CACHE_LIMIT) cache.clear();
  }
}

/** The sentences of `text` as extractors read them. */
export function sentencesOf(text: string): string[] {
  return analyze(text).sentences.map((s) => s.text);
}
