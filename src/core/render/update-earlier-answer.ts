/**
 * @module A customer question the thread already settled: a later public statement of ours that
 * answers it ("As we said on 10 December, …"), or the customer's own later message that settles it.
 */
import { contentWords } from '../extract/text/content-words.js';
import { crudeStem } from '../extract/text/word-stems.js';
import { analyze } from '../language/analyze.js';
import { asksFaultOrCause, statesVerdict } from './fault-verdict.js';
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

// the frame of a question ("whether", "what", "you", "the", "at all") ties it to no answer
const FRAME_POS = new Set(['ADP', 'SCONJ', 'PRON', 'DET', 'AUX', 'CCONJ', 'PART', 'PUNCT']);

/** The words that carry what is asked or said: its frame (wh-words, pronouns, auxiliaries) left out. */
function carrying(text: string): string {
  return analyze(text)
    .sentences.flatMap((s) => s.tokens.filter((t) => !FRAME_POS.has(t.pos)).map((t) => t.text))
    .join(' ');
}

const stems = (text: string): Set<string> =>
  new Set(
    contentWords(carrying(text))
      .filter((w) => !NOISE.has(w))
      .map(crudeStem),
  );

/** The lemma of the first noun that heads the question's clause ("whether [the results] … went …"). */
function questionSubject(question: string): string | null {
  const tokens = analyze(question).sentences[0]?.tokens ?? [];
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const noun = tokens.findIndex((t) => t.pos === 'NOUN');
  return noun >= 0 && (verb < 0 || noun < verb || tokens[verb]?.pos === 'AUX')
    ? (tokens[noun]?.lemma ?? null)
    : null;
}

/** Whether `lemma` is the subject of a clause in the sentence: a noun followed closely by its verb. */
function hasSubject(sentence: string, lemma: string): boolean {
  return analyze(sentence).sentences.some((s) =>
    s.tokens.some(
      (t, i) =>
        t.pos === 'NOUN' &&
        t.lemma === lemma &&
        s.tokens.slice(i + 1, i + 3).some((n) => n.pos === 'AUX' || (n.pos === 'VERB' && n.lemma !== lemma)),
    ),
  );
}

const MODALS = new Set(['should', 'can', 'could', 'must', 'shall']);

/**
 * "what should we do", "what can I do meanwhile", "whether there is anything you need to do": a
 * question whose "do" follows a modal or "need", asked as a what-question or a yes/no question.
 */
function asksWhatToDo(question: string): boolean {
  const tokens = analyze(question).sentences[0]?.tokens ?? [];
  if (!TO_DO_OPENER.has(tokens[0]?.normal ?? '')) return false;
  // the tagger reads this "do" as an auxiliary or a verb
  return tokens.some(
    (t, i) =>
      t.lemma === 'do' &&
      i > 1 &&
      tokens.slice(Math.max(0, i - 3), i).some((m) => MODALS.has(m.normal) || m.lemma === 'need'),
  );
}
const TO_DO_OPENER = new Set(['what', 'whether', 'is', 'are', 'do', 'should', 'can', 'anything']);

/**
 * Our sentence tells them what to do: "we recommend that …", "we suggest you …" (first person, an
 * advising verb), or an instruction ("Please carry on with …", "Keep the old key until …") that asks
 * nothing of us ("please send us …" asks for something, it is no advice).
 */
function recommends(sentence: string): boolean {
  const tokens = analyze(sentence).sentences[0]?.tokens ?? [];
  const advises = tokens.some(
    (t, i) => ADVISE.has(t.lemma) && ['we', 'i'].includes(tokens[i - 1]?.normal ?? '') && !t.negated,
  );
  const verb = tokens[0]?.normal === 'please' ? tokens[1] : tokens[0];
  // "please check them afterwards" names nothing: it points back at a sentence not said with it
  const names = tokens.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  const instructs =
    names && verb?.pos === 'VERB' && verb.normal === verb.lemma && !tokens.some((t) => US.has(t.normal));
  return advises || instructs;
}
const US = new Set(['us', 'me', 'our', 'my']);

/** A statement: no question, no request of the customer, no promise of what is still to come. */
function states(sentence: string): boolean {
  const s = analyze(sentence).sentences[0];
  if (!s || s.question || sentence.includes('?') || promises(sentence)) return false;
  // "before we delete anything, one important thing:" leads into what follows; alone it states nothing
  if (/:\s*$/.test(sentence)) return false;
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

/**
 * "Thanks Declan, that explains it, and nothing was changed on your account" → "nothing was changed
 * on your account": the leading parts (up to ", and" / ", but" / ";") that share none of the
 * question's words are thanks or asides, not the answer.
 */
function withoutAside(sentence: string, question: ReadonlySet<string>): string {
  let from = 0;
  for (const m of sentence.matchAll(/(?:,\s*(?:and|but|so)|;)\s+/g)) {
    const part = sentence.slice(from, m.index);
    if ([...stems(part)].some((w) => question.has(w))) break;
    from = m.index + m[0].length;
  }
  return sentence.slice(from);
}

function day(at: string | undefined): string | null {
  const d = at ? new Date(at) : null;
  return d && !Number.isNaN(d.getTime()) ? `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` : null;
}

const later = (s: Said, after: string | undefined): boolean =>
  after !== undefined && typeof s.item.at === 'string' && s.item.at > after;

/**
 * The time of our last public reply before the question: the message the customer was answering
 * when they asked. What it already stated answers the question asked again; older replies may have
 * been overtaken since, and words only scripted inside were never said.
 */
function lastReplyBefore(ours: readonly Said[], asked: string | undefined): string | null {
  let last: string | null = null;
  for (const s of ours) {
    const at = s.item.at;
    if (s.scripted || asked === undefined || typeof at !== 'string' || at > asked) continue;
    if (last === null || at > last) last = at;
  }
  return last;
}

const SUPPOSING = new Set(['would', 'could', 'might', 'may', "'d"]);

/** A hedged or hypothetical sentence: "this would also tell us a lot", "it may be the proxy". */
function supposes(text: string): boolean {
  return analyze(text).sentences.some(
    (s) => s.hedged || s.conditional || s.tokens.some((t) => SUPPOSING.has(t.normal)),
  );
}

// "again" asks for what a re- verb says: "send them all again" / "does not need to resend"
const AGAIN = /\bagain\b/i;
const RE_VERB = /^re-?(?=[a-z]{3,})/;

// "After your fix, do we …": a leading phrase before the comma frames the question, it is not its subject
const LEAD_PHRASE = /^(?:after|before|once|until|when|with|in|for|on|during|since|if)\b[^,?]{0,60},\s*/i;

/**
 * Whether the sentence answers the question: it shares most of the question's content words, or it
 * states something of the very thing the question is about (the question's subject is the subject of
 * one of its clauses, "the results … went" / "the results reached us") and shares one more word.
 */
function ties(
  question: ReadonlySet<string>,
  sentence: string,
  subject: string | null = null,
  again = false,
): boolean {
  if (question.size === 0) return false;
  // "resend" answers "send … again"; "again" itself is then no word of the question's thing
  const words = [...stems(sentence)].map((w) => (again && !question.has(w) ? w.replace(RE_VERB, '') : w));
  const shared = words.filter((w) => question.has(w)).length;
  if (shared >= Math.min(2, question.size) && shared / question.size >= 0.6) return true;
  return subject !== null && shared >= 2 && hasSubject(sentence, subject);
}

/**
 * The answer our side already gave in public, in our words, or null: a statement after the question
 * was asked, or one in our last reply before it (a question asked again is answered again).
 * `asked` is the time of the customer's message.
 */
export function earlierAnswer(
  question: string,
  asked: string | undefined,
  ours: readonly Said[],
  usable: (sentence: string) => boolean = () => true,
): string | null {
  const again = AGAIN.test(question);
  const q = stems(question);
  if (again) q.delete(crudeStem('again'));
  const subject = questionSubject(question.replace(LEAD_PHRASE, ''));
  const toDo = asksWhatToDo(question);
  const lastReply = lastReplyBefore(ours, asked);
  let found: Said | null = null;
  let byWords = false;
  // "is it a bug?" is answered by "this is not a bug: …" though they share one word
  const fault = asksFaultOrCause(question);
  let verdict: Said | null = null;
  for (const s of ours) {
    // from the reply they were answering, only a plain statement: "a sync would tell us a lot" answers nothing
    const answering =
      later(s, asked) || (!s.scripted && lastReply !== null && s.item.at === lastReply && !supposes(s.text));
    if (!answering || s.text.length > MAX_CHARS || !usable(s.text)) continue;
    // an instruction answers what to do, though it states nothing
    const advice = toDo && !s.text.includes('?') && !promises(s.text) && recommends(s.text);
    if (!advice && !states(s.text)) continue;
    const tied = !advice && ties(q, s.text, subject, again);
    if (tied || advice) [found, byWords] = [s, tied];
    else if (fault && later(s, asked) && statesVerdict(s.text) && !supposes(s.text)) verdict = s;
  }
  found ??= verdict;
  if (!found) return null;
  const whole = found.text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
  // a recommendation answers as a whole; a sentence tied by words loses the asides before them
  const text = withoutLeadClause(byWords ? withoutAside(whole, q) : whole);
  const when = day(found.item.at ?? undefined);
  // "We recommend" reads on after a comma; a name keeps its capital
  const first = analyze(text).sentences[0]?.tokens[0];
  // "As a precaution we …" reads on lower-cased too; a name, "I" or an acronym keeps its capital
  const keepsCapital =
    !first || first.pos === 'PROPN' || first.normal === 'i' || /^\p{Lu}{2,}/u.test(first.text);
  const body = keepsCapital ? text : text.charAt(0).toLowerCase() + text.slice(1);
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

// parts of speech that carry what a sentence is about
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/** The lemmas of the content words (nouns, names, verbs, adjectives, numbers), frame and noise left out. */
function contentLemmas(text: string): Set<string> {
  return new Set(
    analyze(text)
      .sentences.flatMap((s) => s.tokens)
      .filter((t) => t.kind === 'word' && CONTENT_POS.has(t.pos) && !t.stop)
      .map((t) => t.lemma.toLowerCase())
      .filter((w) => w.length > 2 && !NOISE.has(w)),
  );
}

/**
 * True when a later public statement of ours speaks to the question's subject: it shares at least two
 * content lemmas with it ("are the labels still valid?" / "the labels you printed stay valid"). A
 * promise, a question or words only scripted inside settle nothing. The question is then no longer
 * open: it is neither put off to the next update nor given a slot to answer again.
 */
export function settledByUs(question: string, asked: string | undefined, ours: readonly Said[]): boolean {
  const q = contentLemmas(question);
  if (q.size < 2) return false;
  return ours.some((s) => {
    if (s.scripted || !later(s, asked) || s.text.length > MAX_CHARS || !states(s.text)) return false;
    let shared = 0;
    for (const w of contentLemmas(s.text)) if (q.has(w)) shared++;
    return shared >= 2;
  });
}
