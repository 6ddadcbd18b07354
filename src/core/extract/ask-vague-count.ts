/**
 * @module A scope the thread states without a count: "some of our drivers lost …", "a few orders
 * came in twice", "several invoices were rejected". The quantifier is vague, the plural noun it
 * picks out is the subject of a clause, and no statement anywhere in the thread puts a number on
 * that noun: the lead asks "How many drivers lost …?", in the thread's own clause.
 */
import type { Sentence, Token } from '../language/types.js';
import type { ExtractContext } from './context.js';
import { fromSentence, type Unknown } from './unknown.js';

// quantifiers that say "more than none" and no more; "a few", "a handful of", "lots of", "a number of"
const VAGUE = new Set(['some', 'several', 'many', 'multiple', 'few', 'handful', 'lots', 'number']);
// "a few", "a handful", "a number": only with the article; "few" alone denies ("few users noticed")
const WITH_ARTICLE = new Set(['few', 'handful', 'number']);
const NOUN_START = new Set(['DET', 'PRON']);
// the clause ends where a new one starts with its subject ("… and we", "… because they")
const CLAUSE_START = new Set(['because', 'since', 'while', 'and', 'but', 'so', 'when', 'which', 'that']);
const MAX_CLAUSE = 12;
const SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'this', 'that', 'there']);
const NUMBER_WORDS = new Set(['hundred', 'thousand', 'dozen', 'hundreds', 'thousands', 'dozens']);
// "would get", "might see": what could happen counts nothing that did
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may', 'should']);
const OWNER = new Set(['our', 'your', 'their', 'my']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
const POINTING_BACK = new Set(['they', 'them', 'these', 'those']);

const plural = (t: Token | undefined): boolean =>
  t !== undefined && t.pos === 'NOUN' && t.normal !== t.lemma && t.normal.endsWith('s');

/** The noun phrase a vague quantifier at `i` picks out, as [first, head] token indexes, or null. */
function quantified(tokens: readonly Token[], i: number): [number, number] | null {
  const q = tokens[i] as Token;
  if (!VAGUE.has(q.normal)) return null;
  const before = tokens[i - 1]?.normal ?? '';
  // "how many", "so many", "too many" ask or exclaim; they state no scope
  if (q.normal === 'many' && ['how', 'so', 'too', 'as'].includes(before)) return null;
  if (WITH_ARTICLE.has(q.normal) && before !== 'a') return null;
  // "I see lots of functions named …": the phrase is a verb's object, not the subject of a clause
  const lead = tokens[WITH_ARTICLE.has(q.normal) ? i - 2 : i - 1];
  if (lead?.pos === 'VERB' || lead?.pos === 'AUX') return null;
  let k = i + 1;
  if (tokens[k]?.normal === 'of') k++;
  // "some of our", "a few of the": the possessive or article is no part of what is counted
  if (NOUN_START.has(tokens[k]?.pos ?? '') && tokens[k - 1]?.normal === 'of') k++;
  // "many hundreds of invoices": an order of magnitude is a rough count already
  if (NUMBER_WORDS.has(tokens[k]?.normal ?? '')) return null;
  const first = k;
  while (k < tokens.length && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[k]?.pos ?? '')) k++;
  const head = k - 1;
  return head >= first && plural(tokens[head]) ? [first, head] : null;
}

// a verb right after a noun phrase of its own: "… about the importer indicate"
const startsOwnClause = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  return (t.pos === 'VERB' || t.pos === 'AUX') && (prev?.pos === 'NOUN' || prev?.pos === 'PROPN');
};

/** "some of our drivers lost their routes" → "How many drivers lost their routes?"; null when no clause follows. */
function countQuestion(s: Sentence, first: number, head: number): string | null {
  const tokens = s.tokens;
  const verb = tokens[head + 1];
  // the counted noun is the clause's subject: a verb follows it straight away
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || HYPOTHETICAL.has(verb.normal)) return null;
  // this case's own things ("some of our orders") or what happened ("some orders failed"), not a
  // general truth ("some ad blockers interfere with charts")
  const owned = tokens.slice(first - 2, first).some((t) => OWNER.has(t.normal));
  const past =
    PAST_AUX.has(verb.normal) ||
    (verb.pos === 'VERB' &&
      verb.normal !== verb.lemma &&
      !verb.normal.endsWith('s') &&
      !verb.normal.endsWith('ing'));
  if (!owned && !past) return null;
  // "the cases solved by X": a participle describing the noun, not the clause's verb
  if (tokens[head + 2]?.normal === 'by' && verb.pos === 'VERB') return null;
  let end = head + 1;
  while (end < tokens.length && end - head <= MAX_CLAUSE) {
    const t = tokens[end] as Token;
    // "issues opened about X indicate …": a second verb, no conjunction, no "to": the first one
    // described the noun and the clause's own verb comes later
    if (end > head + 1 && startsOwnClause(tokens, end)) return null;
    const glued = tokens[end - 1]?.end === t.start && tokens[end + 1]?.start === t.end;
    if (t.pos === 'PUNCT' && !glued) break;
    const next = tokens[end + 1];
    if (
      CLAUSE_START.has(t.normal) &&
      (next?.pos === 'DET' || SUBJECTS.has((next?.normal ?? '').split("'")[0] ?? ''))
    )
      break;
    end++;
  }
  // a clause cut short ("… came in with the") asks nothing whole
  const last = tokens[end - 1] as Token;
  // …and a bare verb ("several of them do") says nothing to count
  if (end - head > MAX_CLAUSE || end - head < 3 || ['DET', 'ADP', 'CCONJ', 'SCONJ'].includes(last.pos))
    return null;
  const start = tokens[first] as Token;
  let text = s.text.slice(start.start - s.start, last.end - s.start);
  while (text.endsWith(':') || text.endsWith(';') || text.endsWith(',')) text = text.slice(0, -1);
  // (offsets that do not hold the counted noun read nothing whole)
  return text.includes((tokens[head] as Token).text) ? `How many ${text}?` : null;
}

/**
 * The nouns the statements put a number on, in one pass over the thread: "23 drivers", "three of the
 * drivers", and a bare count whose "they" points back at the last plural noun before it ("are the
 * failed orders lost?" – "no, they are parked in the queue, 212 so far").
 */
function countedNouns(items: ExtractContext['items']): Set<string> {
  const out = new Set<string>();
  let lastPlural = '';
  for (const item of items)
    for (const s of item.analyzed) {
      if (!s.question) {
        const back = s.tokens.some((t) => t.pos === 'PRON' && POINTING_BACK.has(t.normal));
        for (const [i, t] of s.tokens.entries()) {
          if (t.pos !== 'NUM') continue;
          const after = s.tokens.slice(i + 1, i + 5).filter((n) => n.pos === 'NOUN');
          for (const n of after) out.add(n.lemma);
          const bare = s.tokens[i + 1]?.pos !== 'NOUN' && plainNumber(s, t);
          if (bare && back && lastPlural) out.add(lastPlural);
        }
      }
      for (const t of s.tokens) if (plural(t)) lastPlural = t.lemma;
    }
  return out;
}

// a number that is a count: not a date, a time, a duration, a version or an amount
const plainNumber = (s: Sentence, t: Token): boolean =>
  s.entities.some((e) => e.type === 'number' && e.start <= t.start && t.end <= e.end);

/**
 * The first scope the thread states vaguely and never counts, as a how-many question citing the
 * sentence, or null. Bots, logs, ticket fields and published articles state no scope of this case.
 */
export function askVagueCount(ctx: ExtractContext): Unknown | null {
  const speaks = ctx.items.filter(
    (i) => i.role !== 'bot' && i.unit !== 'log' && i.unit !== 'field' && !ctx.articleIds.has(i.id),
  );
  let counted: Set<string> | null = null;
  for (const item of speaks) {
    for (const [n, s] of item.analyzed.entries()) {
      if (s.question || s.conditional) continue;
      for (let i = 0; i < s.tokens.length; i++) {
        const np = quantified(s.tokens, i);
        if (!np) continue;
        const question = countQuestion(s, np[0], np[1]);
        const lemma = s.tokens[np[1]]?.lemma ?? '';
        if (!question) continue;
        counted ??= countedNouns(speaks);
        if (counted.has(lemma)) continue;
        return fromSentence(
          question,
          'How many are hit decides the severity, the clean-up and what the customer is told.',
          'vague-count',
          item.id,
          item.sentences[n] ?? s.text,
        );
      }
    }
  }
  return null;
}
