/**
 * @module Customer words said back calmly: no shouted capitals, no stacked "!!!", and sentences that
 * carry an insult or a jab are not repeated at all.
 */
import { analyze } from '../language/analyze.js';
import { QUOTED } from './gated-commitments.js';

// words that attack or mock; said back, they read as an echo of anger rather than understanding
const INSULT =
  /\b(?:ridiculous|unacceptable|pathetic|useless|incompetent|joke|absurd|insane|garbage|rubbish|terrible|awful|disgrace\w*|shambles|clowns?|idiots?|stupid|worst|wasted|furious|outrage\w*|seriously\??|honestly|wtf|ffs|damn\w*|hell)\b/i;

// everyday words people shout; an acronym (CSV, SAML, OAUTH) is none of these
const COMMON_SHOUTS = new Set(
  'not all any now why how you this that what when will have does work help down need dead fail just even with your they them here yet cant wont dont still asap every never again always nothing broken urgent please today right after before really single where which there their anything working cannot anyone nobody immediately completely totally unusable wrong'.split(
    ' ',
  ),
);

/** True for an everyday word people shout (EVERY, NOT), whatever else the text says. */
export function isCommonShout(word: string): boolean {
  return COMMON_SHOUTS.has(word.toLowerCase());
}

/** True when the sentence attacks, mocks or vents, so it must not be said back. */
export function isHeated(sentence: string): boolean {
  return INSULT.test(sentence);
}

/**
 * Lower-cases shouted words (EVERY, BROKEN) that the evidence also uses in lower case, so acronyms
 * (SAML, CSV) and quoted literals stay as they are; trims "!" to a full stop.
 */
export function calmText(sentence: string, vocabulary: ReadonlySet<string>): string {
  // a span the customer put in quotation marks is a literal (a label, a watermark, a button): kept as written
  const calm = sentence
    .split(new RegExp(`(${QUOTED.source})`))
    .map((part, i) => (i % 2 === 1 ? part : calmPart(part, vocabulary)))
    .join('');
  // what is still in capitals and reads as no noun or name ("going out TWICE") is shouted too
  const shouted = new Set(shoutedWords(calm));
  if (shouted.size === 0) return calm;
  return calm
    .split(new RegExp(`(${QUOTED.source})`))
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(CAPITALS, (w) => (shouted.has(w) ? w.toLowerCase() : w)),
    )
    .join('');
}

function calmPart(text: string, vocabulary: ReadonlySet<string>): string {
  return text
    .replace(/(?<![\p{L}\p{N}_/.-])\p{Lu}{3,}(?![\p{L}\p{N}_/.-]|\s+\/)/gu, (word) => {
      const lower = word.toLowerCase();
      // short acronyms (CSV, SSO, SAML) look like shouting; only common short words are lowered
      const shout = COMMON_SHOUTS.has(lower) || (lower.length >= 5 && vocabulary.has(lower));
      return shout ? lower : word;
    })
    .replace(/\s*!+/g, '.')
    .replace(/\.{2,}/g, '.');
}

// read in lower case, an acronym (CSV, SAML, JAN) is a noun or a name; a shouted word is anything else
const NAMING = new Set(['NOUN', 'PROPN', 'NUM', 'X', 'SYM']);
// a full stop may end the word ("TWICE."), where a dot inside a name ("SETUP.EXE") or a path after it
// ("POST /v2/quotes") does not
const CAPITALS = /(?<![\p{L}\p{N}_/.-])\p{Lu}{3,}(?![\p{L}\p{N}_/-]|\.[\p{L}\p{N}]|\s+\/)/gu;

/**
 * Words in capitals that, read in lower case in their sentence, are no noun or name: "SET IT TO …
 * AND IT SPINS", "going out TWICE". Acronyms (CSV, SSO, API) read as nouns and are left out.
 */
export function shoutedWords(text: string): string[] {
  const outside = text.replace(new RegExp(QUOTED.source, 'g'), (q) => ' '.repeat(q.length));
  if (outside.search(CAPITALS) < 0) return [];
  const tokens = analyze(outside.toLowerCase()).sentences.flatMap((s) => s.tokens);
  return [...outside.matchAll(CAPITALS)]
    .filter((m) => {
      const t = tokens.find((k) => k.start === m.index);
      return t !== undefined && !NAMING.has(t.pos);
    })
    .map((m) => m[0]);
}

/** Lower-case words the evidence uses in lower case (for calmText). */
export function lowerCaseVocabulary(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (const word of text
      .slice(0, 50_000)
      .match(/(?<![\p{L}\p{N}_./@-])\p{Ll}{3,}(?![\p{L}\p{N}_./@-])/gu) ?? [])
      out.add(word);
  }
  return out;
}
