/**
 * @module A customer question the thread already settled: a later public statement of ours that
 * answers it ("As we said on 10 December, …"), or the customer's own later message that settles it.
 */
import { contentWords } from '../extract/text/content-words.js';
import { crudeStem } from '../extract/text/word-stems.js';
import { analyze } from '../language/analyze.js';
import type { Said } from './update-material.js';

// words every ask has; they cannot tie a statement to a question
const NOISE = new Set(
  'need want like would please just also know tell let get make sure any anything something thing things way help able issue problem question should could can do does did'.split(
    ' ',
  ),
);
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const MAX_CHARS = 300;
// what to do: the answer is a recommendation, not a shared word ("what should we do meanwhile?")
const ADVISE = new Set(['recommend', 'suggest', 'advise']);

// "I", "we", and as the tagger may keep them whole, "I'm", "we're", "I'll", "we'll"
const FIRST_PERSON = /^(?:i|we)(?:['’](?:m|re|ll))?$/;

const NOW = new Set(['now', 'currently', 'today', 'tonight']);

/** Our side's own promise: "I'm checking this now", "we will come back to you", "I'll look into it". */
export function promises(text: string): boolean {
  return analyze(text).sentences.some((s) =>
    s.tokens.some((t, i) => {
      if (!FIRST_PERSON.test(t.normal)) return false;
      if (/['’]ll$/.test(t.normal)) return true;
      // "we will come back", "I'm reproducing it now": promised as they wrote, done or overtaken since
      const near = s.tokens.slice(i + 1, i + 4);
      if (near.some((n) => n.normal === 'will' || n.normal === "'ll")) return true;
      // work under way is a promise only when it says "now": "I'm using 5.2" is a state
      const underway = near.some((n) => n.pos === 'VERB' && /ing$/.test(n.normal));
      return underway && s.tokens.some((n) => NOW.has(n.normal));
    }),
  );
}

const stems = (text: string): Set<string> =>
  new Set(
    contentWords(text)
      .filter((w) => !NOISE.has(w))
      .map(crudeStem),
  );

const MODALS = new Set(['should', 'can', 'could', 'must', 'shall']);

/** "what should we do", "what can I do meanwhile": a what-question whose verb after a modal is "do". */
function asksWhatToDo(question: string): boolean {
  const tokens = analyze(question).sentences[0]?.tokens ?? [];
  if (tokens[0]?.normal !== 'what') return false;
  const modal = tokens.findIndex((t) => MODALS.has(t.normal));
  // the tagger reads this "do" as an auxiliary or a verb
  return modal > 0 && tokens.slice(modal + 1, modal + 3).some((t) => t.lemma === 'do');
}

/** Our sentence recommends: "we recommend that …", "we suggest you …" (first person, an advising verb). */
function recommends(sentence: string): boolean {
  const tokens = analyze(sentence).sentences[0]?.tokens ?? [];
  return tokens.some(
    (t, i) => ADVISE.has(t.lemma) && ['we', 'i'].includes(tokens[i - 1]?.normal ?? '') && !t.negated,
  );
}

/** A statement: no question, no request of the customer, no promise of what is still to come. */
function states(sentence: string): boolean {
  const s = analyze(sentence).sentences[0];
  if (!s || s.question || sentence.includes('?') || promises(sentence)) return false;
  // "could you confirm …", "please send …": asks them, tells them nothing
  const first = s.tokens[0];
  return !(first?.pos === 'AUX' || first?.normal === 'please' || first?.pos === 'VERB');
}

/** "Until we come back to you, we recommend …" → "we recommend …": the framing clause goes. */
function withoutLeadClause(sentence: string): string {
  const tokens = analyze(sentence).sentences[0]?.tokens ?? [];
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 2 || !['SCONJ', 'ADP'].includes(tokens[0]?.pos ?? '')) return sentence;
  const after = tokens[comma + 1];
  return after && ['PRON', 'DET', 'NOUN', 'PROPN'].includes(after.pos)
    ? sentence.slice(after.start)
    : sentence;
}

function day(at: string | undefined): string | null {
  const d = at ? new Date(at) : null;
  return d && !Number.isNaN(d.getTime()) ? `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` : null;
}

const later = (s: Said, after: string | undefined): boolean =>
  after !== undefined && typeof s.item.at === 'string' && s.item.at > after;

/** How many of the question's content words the sentence shares, when enough to tie them. */
function ties(question: ReadonlySet<string>, sentence: string): boolean {
  if (question.size === 0) return false;
  const shared = [...stems(sentence)].filter((w) => question.has(w)).length;
  return shared >= Math.min(2, question.size) && shared / question.size >= 0.6;
}

/**
 * The answer our side already gave in public after the question was asked, in our words, or null.
 * `asked` is the time of the customer's message.
 */
export function earlierAnswer(
  question: string,
  asked: string | undefined,
  ours: readonly Said[],
  usable: (sentence: string) => boolean = () => true,
): string | null {
  const q = stems(question);
  const toDo = asksWhatToDo(question);
  let found: Said | null = null;
  for (const s of ours) {
    if (!later(s, asked) || s.text.length > MAX_CHARS || !states(s.text) || !usable(s.text)) continue;
    if (ties(q, s.text) || (toDo && recommends(s.text))) found = s;
  }
  if (!found) return null;
  const text = withoutLeadClause(found.text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim());
  const when = day(found.item.at ?? undefined);
  // "We recommend" reads on after a comma; a name keeps its capital
  const first = analyze(text).sentences[0]?.tokens[0];
  const body =
    first && first.normal !== 'i' && ['PRON', 'DET', 'ADV'].includes(first.pos)
      ? text.charAt(0).toLowerCase() + text.slice(1)
      : text;
  const said = /[.!]$/.test(body) ? body : `${body}.`;
  const plain = said.charAt(0).toUpperCase() + said.slice(1);
  // "on 4 December" would read to the guard as a date we promise; "our reply of" names the day we wrote
  const dated = when && !found.scripted ? `As we wrote in our reply of ${when}, ${said}` : plain;
  return usable(dated) ? dated : plain;
}

/** True when the customer's own later message states what the question asked (it is settled). */
export function settledByCustomer(
  question: string,
  asked: string | undefined,
  customer: readonly Said[],
): boolean {
  const q = stems(question);
  // one shared word does not settle a question; a request ("please confirm …") settles nothing
  return q.size >= 2 && customer.some((s) => later(s, asked) && states(s.text) && ties(q, s.text));
}
