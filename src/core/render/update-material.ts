/**
 * @module The public material a customer update is written from: the customer's own sentences,
 * what our side already said in public, and published help articles, each sentence with its item.
 */

import { publicEvidenceIds, publishedArticleIds } from '../evidence/visibility.js';
import type { Evidence } from '../model/evidence.js';
import { lowerCaseVocabulary } from './calm-text.js';
import type { RenderInput } from './render-input.js';
import { scriptFor } from './script-for-customer.js';
import { splitSentences } from './split-sentences.js';

export interface Said {
  readonly text: string;
  readonly item: Evidence;
  /** worded for the customer inside ("tell them …"), not yet said to them */
  readonly scripted?: boolean;
}

export interface UpdateMaterial {
  readonly publicIds: ReadonlySet<string>;
  /** sentences the customer wrote to us (not ticket fields), oldest first */
  readonly customer: readonly Said[];
  /** sentences our people already wrote to the customer in public, oldest first */
  readonly ours: readonly Said[];
  /** what our side, inside, words for the customer ("tell them …"), said to them, oldest first */
  readonly scripted: readonly Said[];
  /** public lines read from screenshots */
  readonly screens: readonly Said[];
  /** sentences of published help articles, in article order */
  readonly articles: readonly Said[];
  /** words the evidence uses in lower case (to calm shouted words) */
  readonly vocabulary: ReadonlySet<string>;
  /** every public item's text, lower-cased (to check that a word from inside is already known outside) */
  readonly publicText: string;
  /** ids of published help-article evidence */
  readonly articleIds: ReadonlySet<string>;
  /** capitalised words seen mid-sentence: names that keep their capital */
  readonly names: ReadonlySet<string>;
}

const MAX_ITEM_TEXT = 8000;
// greetings, sign-offs and pleasantries carry nothing to say back
const PLEASANTRY =
  /^(?:hi|hello|hey|dear|thanks|thank you|many thanks|cheers|best|regards|kind regards|sent from|--)\b|^[\p{L}'.-]+(?: [\p{L}'.-]+){0,2},?$/iu;

const GREETING = /^(?:hi|hello|hey|dear)(?: [\p{Lu}][\p{L}'-]*)?\s*[,!.:—–-]\s*/iu;
// "Thanks Declan, that explains it, and nothing was changed": the thanks goes, what follows it stays
const THANKS_LEAD = /^(?:many )?(?:thanks|thank you)\b[^.?!]*?,\s*(?:and|but)\s+(?=\p{L})/iu;
// "thanks, the Received faxes page works": a bare thanks before a clause of its own
const THANKS_COMMA =
  /^(?:many )?(?:thanks|thank you)(?: [\p{Lu}][\p{L}'-]+)?\s*,\s+(?=(?:the|this|that|it|we|our|i|your)\b)/iu;
// "e.g. switch SSO off" is one sentence
const ABBREVIATION = /\b(e\.g|i\.e|etc|vs|approx|incl)\.\s+/gi;
const JOINER = '\u2060';

function sentencesOf(item: Evidence, joinLines = false): Said[] {
  let body = item.text.slice(0, MAX_ITEM_TEXT).replace(/^>.*$/gm, '');
  // an article wraps its paragraphs; a chat message's line breaks separate thoughts
  if (joinLines) body = body.replace(/([^\n])\n(?![\n\s]*(?:[-*•]|\d{1,2}[.)])\s)(?=[^\n])/g, '$1 ');
  // a mail wrapped at 72 characters ("We\ndid not ask …"): a line that goes on in lower case, after a
  // line that did not end its sentence, is the same sentence
  else body = body.replace(/([\p{L}\p{N},])[ \t]*\n(?=[ \t]*\p{Ll})/gu, '$1 ');
  body = body.replace(ABBREVIATION, `$1.${JOINER}`);
  return splitSentences(body)
    .map((text) =>
      text
        .split(JOINER)
        .join(' ')
        .replace(/^[-*•]\s+/, '')
        .replace(GREETING, '')
        .replace(THANKS_LEAD, '')
        .replace(THANKS_COMMA, '')
        .trim(),
    )
    .filter((text) => text.length >= 8 && !PLEASANTRY.test(text))
    .map((text) => ({ text, item }));
}

/** Gathers the public material once per update. */
export function gatherMaterial(input: RenderInput): UpdateMaterial {
  const publicIds = publicEvidenceIds(input.evidence, input.sources);
  const articleIds = publishedArticleIds(input.evidence, input.sources);
  const customer: Said[] = [];
  const ours: Said[] = [];
  const articles: Said[] = [];
  const screens: Said[] = [];
  const scripted: Said[] = [];
  const screenSources = new Set(input.sources.filter((s) => s.kind === 'screenshot').map((s) => s.id));
  for (const item of input.evidence) {
    if (articleIds.has(item.id)) {
      articles.push(...sentencesOf(item, true));
      continue;
    }
    if (item.meta?.unit === 'field' || item.meta?.unit === 'account') continue;
    const ourSide = ['support', 'engineering', 'success', 'leadership'].includes(item.author?.role ?? '');
    if (!publicIds.has(item.id)) {
      // a lead's "for the customer: …" inside: its content, only as the customer may read it
      if (ourSide && item.author?.side !== 'external')
        for (const s of sentencesOf(item)) {
          const text = scriptFor(s.text);
          if (text) scripted.push({ text, item, scripted: true });
        }
      continue;
    }
    if (screenSources.has(item.source)) {
      screens.push({ text: item.text, item });
      continue;
    }
    const role = item.author?.role;
    if (role === 'customer' && item.author?.side === 'external') customer.push(...sentencesOf(item));
    else if (
      (role === 'support' || role === 'engineering' || role === 'success') &&
      item.meta?.unit !== 'ocr'
    )
      ours.push(...sentencesOf(item));
  }
  const vocabulary = lowerCaseVocabulary(input.evidence.map((e) => e.text));
  const names = new Set<string>();
  for (const e of input.evidence)
    for (const m of e.text.slice(0, MAX_ITEM_TEXT).matchAll(/(?<=[a-z,] )[A-Z][\w'-]+/g)) names.add(m[0]);
  const publicText = input.evidence
    .filter((e) => publicIds.has(e.id))
    .map((e) => e.text.slice(0, MAX_ITEM_TEXT).toLowerCase())
    .join('\n');
  return {
    publicIds,
    publicText,
    articleIds,
    customer,
    ours,
    scripted,
    screens,
    articles,
    vocabulary,
    names,
  };
}
