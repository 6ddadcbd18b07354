/**
 * @module What a customer question is about, as a noun phrase in our voice ("your download numbers",
 * "the route history from Monday"): the update names a question by its topic when its wording cannot
 * be said back cleanly ("why you not tell us …", "what did you do to …").
 */
import { analyze } from '../language/analyze.js';
import { isPastForm } from '../language/tense.js';
import { toSecondPerson } from './to-second-person.js';

// "the route history from Monday", "the relocation of the guests": one topic across a preposition
const LINKING = new Set(['of', 'from', 'for', 'in', 'on', 'at', 'with', 'between']);
// heads that say nothing on their own ("a way", "the thing", "one")
const EMPTY_HEADS = new Set(['thing', 'things', 'way', 'one', 'lot', 'bit', 'time', 'something', 'anything']);
const MAX_CHARS = 90;

interface Span {
  start: number;
  end: number;
  weight: number;
}

const OPENERS = new Set([
  'a',
  'an',
  'the',
  'our',
  'my',
  'your',
  'their',
  'his',
  'her',
  'this',
  'these',
  'those',
]);
const INSIDE = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
// a noun phrase with no article or possessive of its own: "of accounts", "of late fees"
const BARE = new Set(['ADJ', 'NOUN', 'PROPN']);

/**
 * The phrases of `text` that open with an article or a possessive and run over modifiers to a noun
 * ("our download numbers", "the walked guests": the tagger's verb between article and noun is a
 * participle), those joined by a preposition taken as one, in order.
 */
function topics(text: string): Span[] {
  const spans: Span[] = [];
  for (const { tokens } of analyze(text).sentences) {
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i];
      if (!t || !OPENERS.has(t.normal)) {
        i++;
        continue;
      }
      let j = i + 1;
      let head = -1;
      while (j < tokens.length) {
        const w = tokens[j];
        const next = tokens[j + 1];
        if (!w) break;
        const glued = w.start === tokens[j - 1]?.end && j > i + 1;
        // a verb between the article and a noun describes it ("the printed batches")
        const participle = w.pos === 'VERB' && INSIDE.has(next?.pos ?? '') && next?.pos !== 'ADJ';
        if (!(INSIDE.has(w.pos) || participle || glued || w.text === '-')) break;
        // "your product stops to work": the word before "to" + verb is the verb
        if (next?.normal === 'to' && tokens[j + 2]?.pos === 'VERB') break;
        if (['NOUN', 'PROPN'].includes(w.pos)) head = j;
        j++;
      }
      // "the exact list of accounts": a bare noun phrase after "of" completes the topic ("from March" does not)
      // "of damaged pallets": the tagger's verb before a noun is a participle describing it
      const describing = (k: number): boolean => isPastForm(tokens[k]) && tokens[k + 1]?.pos === 'NOUN';
      // "a lot of work" stays no topic
      const counted = EMPTY_HEADS.has(tokens[head]?.normal ?? '');
      if (
        head > i &&
        !counted &&
        tokens[j]?.normal === 'of' &&
        (BARE.has(tokens[j + 1]?.pos ?? '') || describing(j + 1))
      ) {
        let k = j + 1;
        let tail = -1;
        while (tokens[k] && (INSIDE.has(tokens[k]?.pos ?? '') || describing(k))) {
          if (['NOUN', 'PROPN'].includes(tokens[k]?.pos ?? '')) tail = k;
          k++;
        }
        if (tail > 0) {
          head = tail;
          j = k;
        }
      }
      const last = tokens[head];
      if (head > i && last && !EMPTY_HEADS.has(last.normal)) {
        const prev = spans.at(-1);
        const joined = prev && LINKING.has(text.slice(prev.end, t.start).trim().toLowerCase());
        const weight = head - i + 1;
        if (prev && joined) {
          prev.end = last.end;
          prev.weight += weight;
        } else spans.push({ start: t.start, end: last.end, weight });
      }
      i = Math.max(j, i + 1);
    }
  }
  return spans;
}

/** The heaviest (or, with `last`, the last) phrase of `text` as written, or null. */
export function topicSpan(text: string, options: { last?: boolean } = {}): string | null {
  const spans = topics(text);
  const pick = options.last
    ? spans.at(-1)
    : spans.reduce<Span | undefined>((b, s) => (b && b.weight >= s.weight ? b : s), undefined);
  if (!pick) return null;
  const phrase = text.slice(pick.start, pick.end).replace(/\s+/g, ' ').trim();
  return phrase.length > MAX_CHARS ? null : phrase.charAt(0).toLowerCase() + phrase.slice(1);
}

/**
 * The question's main topic in our voice (`said`: the question is in our voice already), or null when it names none: the heaviest noun phrase
 * (most words; the last on a tie, as "it" points at what came last).
 */
export function topicOf(question: string, options: { last?: boolean; said?: boolean } = {}): string | null {
  const spans = topics(question);
  if (spans.length === 0) return null;
  const pick = options.last ? spans.at(-1) : spans.reduce((best, s) => (s.weight >= best.weight ? s : best));
  if (!pick) return null;
  const phrase = question.slice(pick.start, pick.end).replace(/\s+/g, ' ').trim();
  if (phrase.length > MAX_CHARS) return null;
  // a question already said back in our voice keeps its pronouns
  const said = options.said ? phrase : toSecondPerson(phrase, 'customer');
  // a name keeps its capital; an article or a possessive does not open the sentence here
  return /^(?:The|A|An|Your|Our|This|That|These|Those)\b/.test(said)
    ? said.charAt(0).toLowerCase() + said.slice(1)
    : said;
}
