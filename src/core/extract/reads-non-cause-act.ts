/**
 * @module What a sentence does when it is not putting forward a cause, read from the language
 * layer's tokens: an instruction ("give her the ids", "Bruno: tell them …"), a plan or an inability
 * of the speaker ("I'll check tomorrow", "can't run it today"), a relayed request ("she wants a
 * count"), a refusal to guess ("I don't know what it needs"), or an apology or thanks. Also which tentative words are only
 * estimates ("tomorrow maybe", "~4h") and which "so"s give a purpose ("so she can push them"), so a
 * cause cue that is only one of those does not count.
 */
import { isHedged } from '../language/read-sentence.js';
import { isPastForm } from '../language/tense.js';
import type { Sentence, Token } from '../language/types.js';

export type NonCauseAct = 'instruction' | 'plan' | 'request' | 'no-guess' | 'courtesy' | 'schedule';

// an instruction to the team ("@Rui please don't …"), whatever verb follows
const INSTRUCTING = new Set(['please', 'pls', 'kindly', 'never']);
// discourse words that may open a sentence before its act ("ok, also please …")
const LEAD_IN = new Set(['ok', 'okay', 'also', 'and', 'fyi', 'btw', 'so', 'then', 'but']);
// stance verbs a chat message opens without a subject ("think it's the proxy"): a theory, not an order
const STANCE = new Set(['think', 'believe', 'bet', 'reckon', 'feel', 'know']);
// the modals of will and ability: what the speaker is going to do or cannot do
const PLAN_MODALS = new Set(['will', 'shall', 'can', 'must', 'gonna']);
// semi-modals that take "to": "need to check", "going to ask", "have to wait"
const PLAN_TO = new Set(['need', 'go', 'have', 'want', 'plan', 'try']);
// "I can confirm the credit is missing" reports a finding, it plans nothing
const FINDING = new Set(['confirm', 'see', 'verify', 'reproduce']);
const FIRST_PERSON = new Set(['i', 'we']);
// "it wants a column named email" is the system's behaviour, not a person's request
const IMPERSONAL = new Set(['it', 'this', 'that']);
// an apology or thanks to the reader ("I'm sorry the board has been down", "thanks for flagging this")
const COURTESY = new Set(['sorry', 'thank', 'thanks', 'apology', 'apologise', 'apologize']);
// a request passed on: "she wants a count", "they asked for the ids"
const REQUESTING = new Set(['want', 'ask', 'request']);
// "I don't know what it needs", "I won't guess", "no idea yet"
const NOT_KNOWING = new Set(['know', 'guess', 'idea', 'clue']);
// what a purpose clause's "so" is followed by: "so she can push" ("so it will fail" is a consequence)
const PURPOSE_MODALS = new Set(['can', 'could']);

// the nouns of "the issue is …"
const TROUBLE = new Set(['issue', 'problem', 'bug']);

// "I'm" can come as one token
const isFirstPerson = (t: Token | undefined): boolean =>
  t !== undefined && FIRST_PERSON.has(t.normal.split(/['’]/)[0] ?? '');

const isWord = (t: Token): boolean => t.kind === 'word' || t.kind === 'mention' || t.kind === 'number';

/** The index of the first token after names, interjections, a short label ("Bruno:") and lead-in words. */
function actStart(tokens: readonly Token[]): number {
  const colon = tokens.findIndex((t) => t.text === ':');
  // "workaround for now: put them …", "Bruno: give her …": a label or an addressee before the act
  // ("Found it: …" is a finding, not a label)
  const label = colon > 0 && colon <= 3 && tokens.slice(0, colon).every((t) => t.pos !== 'VERB');
  let k = label ? colon + 1 : 0;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    // a name addressed before a comma ("Ana, please …"); "Replicas then download …" names a subject
    let name = k;
    while (tokens[name]?.pos === 'PROPN') name++;
    const addressed =
      tokens[name]?.text === ',' || tokens[name]?.text === ':' || tokens[k - 1]?.kind === 'mention';
    if (name > k && addressed) {
      // "Ana, please …" skips the comma too; "@Ana Lee ask them …" goes on at the verb
      k = tokens[name]?.pos === 'PUNCT' ? name + 1 : name;
      continue;
    }
    const skip =
      t.kind === 'punctuation' ||
      t.kind === 'mention' ||
      t.pos === 'PUNCT' ||
      t.pos === 'INTJ' ||
      LEAD_IN.has(t.normal);
    if (!skip) return k;
    k++;
  }
  return k;
}

/** "give her the ids", "please don't", "do not ask them": the sentence opens with an order. */
function opensInstruction(s: Sentence | undefined): boolean {
  const tokens = s?.tokens ?? [];
  const k = actStart(tokens);
  const first = tokens[k];
  if (!first) return false;
  // "please note that the parser …", "keep in mind that …": the clause after "that" is the statement
  if (tokens.slice(k + 1, k + 5).some((t) => t.normal === 'that' && t.pos === 'SCONJ')) return false;
  if (INSTRUCTING.has(first.normal) || (first.normal === 'do' && tokens[k + 1]?.normal === 'not'))
    return true;
  // an imperative is a bare base-form verb; "Cause: …" and "Cause (eng): …" are labels, "guess it's …" a stance
  const next = tokens[k + 1];
  return (
    first.pos === 'VERB' &&
    first.normal === first.lemma &&
    !(next && (next.text === ':' || next.text === '(' || next.start === first.end)) &&
    !isHedged([first]) &&
    !STANCE.has(first.lemma) &&
    !subjectOfVerb(tokens, k)
  );
}

/** "Set-up lost its lease", "Set X broke Y": an inflected verb soon after makes the opening word a subject. */
function subjectOfVerb(tokens: readonly Token[], k: number): boolean {
  for (const t of tokens.slice(k + 1, k + 5)) {
    if (t.pos === 'PUNCT' && t.text !== '-') return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && t.normal !== t.lemma && !t.normal.endsWith('ing'))
      return true;
  }
  return false;
}

/** "I'll grep the logs tomorrow", "we can't run it today", "need to check": the speaker's own next step. */
function opensPlan(tokens: readonly Token[]): boolean {
  // "probably, I'll …", "we're going to …": stance words, the speaker and a "be" before the modal
  const aside = (t: Token | undefined): boolean =>
    t !== undefined && (t.pos === 'ADV' || t.pos === 'PUNCT' || isHedged([t]));
  let k = actStart(tokens);
  while (aside(tokens[k])) k++;
  if (isFirstPerson(tokens[k])) k++;
  while (aside(tokens[k]) || (tokens[k]?.lemma === 'be' && tokens[k + 1]?.normal === 'going')) k++;
  const verb = tokens[k];
  if (!verb) return false;
  const modal = verb.pos === 'AUX' && PLAN_MODALS.has(verb.lemma);
  // "need to check", "going to ask"; "tried to void it" and "it tries to run X" plan nothing
  const semi =
    PLAN_TO.has(verb.lemma) &&
    tokens[k + 1]?.normal === 'to' &&
    (verb.normal === verb.lemma || verb.normal === 'going');
  if (!(modal || semi)) return false;
  const next = tokens.slice(k + 1).find((t) => t.pos === 'VERB');
  return !(next && FINDING.has(next.lemma));
}

/** "she wants a count", "they asked for the ids": a person's request passed on; "could you check …?" asks for one. */
function relaysRequest(s: Sentence): boolean {
  const tokens = s.tokens;
  const k = actStart(tokens);
  if (s.question && tokens[k]?.pos === 'AUX' && tokens[k + 1]?.normal === 'you') return true;
  const verb = tokens.findIndex((t) => t.pos === 'VERB');
  const subject = tokens.slice(0, Math.max(0, verb)).filter((t) => isWord(t) && t.pos !== 'ADV');
  const who = subject[0];
  return (
    verb > 0 &&
    REQUESTING.has((tokens[verb] as Token).lemma) &&
    subject.length === 1 &&
    who?.pos === 'PRON' &&
    !IMPERSONAL.has(who.normal)
  );
}

/** "I don't know what it requires", "we won't guess", "no idea yet how": the speaker declines to say. */
function declinesToGuess(tokens: readonly Token[]): boolean {
  const words = tokens.filter(isWord);
  return words.some((t, i) => {
    if (!(t.negated && NOT_KNOWING.has(t.lemma))) return false;
    // "no idea", "no clue" open the act; "I dont have peers that know" is a guess about others
    if (i <= 1 && words[i - 1]?.normal === 'no') return true;
    const before = words.slice(Math.max(0, i - 4), i);
    return (
      before.some((b) => FIRST_PERSON.has(b.normal)) &&
      before.every((b) => b.pos !== 'NOUN' && b.pos !== 'VERB')
    );
  });
}

/** "Sorry about the confusion …", "I'm sorry the board …", "thanks for flagging …"; "Sorry, it's the cache" goes on to a cause. */
function opensCourtesy(tokens: readonly Token[]): boolean {
  let k = actStart(tokens);
  if (isFirstPerson(tokens[k])) k++;
  while (tokens[k]?.lemma === 'be' || tokens[k]?.pos === 'ADV') k++;
  const word = tokens[k];
  return (
    word !== undefined &&
    COURTESY.has(word.lemma) &&
    tokens[k + 1] !== undefined &&
    tokens[k + 1]?.pos !== 'PUNCT'
  );
}

/** "was", "did", "moved", "went": something that happened; "are kept", "has … left" describe a state. */
export function happened(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.pos === 'AUX') return t.normal !== 'been' && isPastForm(t);
  // "are kept", "for managed rollout": a participle after an auxiliary or a preposition describes
  const prev = tokens[i - 1];
  return (
    t.pos === 'VERB' && isPastForm(t) && !(prev && ['AUX', 'ADP', 'SCONJ', 'DET', 'ADJ'].includes(prev.pos))
  );
}

/**
 * "review takes a day or two, so realistically Friday", "so they stay restorable until 31 Dec": the
 * consequence drawn is a date or a time, with nothing in it that happened — a schedule, not a cause.
 */
export function drawsADate(s: Sentence): boolean {
  const tokens = s.tokens.filter((t) => t.pos !== 'PUNCT' || t.text === ',');
  const at = tokens.findIndex(
    (t, i) =>
      i > 0 && t.normal === 'so' && tokens[i + 1] !== undefined && !purpose(tokens.slice(i + 1, i + 5)),
  );
  if (at < 0) return false;
  const from = (tokens[at] as Token).end;
  const rest = tokens.slice(at + 1);
  // "until 31 December" is a point in time, though read as a duration
  const point = (e: Sentence['entities'][number]): boolean =>
    e.type === 'date' ||
    e.type === 'time' ||
    (e.type === 'duration' &&
      ['ADP', 'SCONJ'].includes(s.tokens.find((t) => t.start === e.start)?.pos ?? ''));
  return s.entities.some((e) => point(e) && e.start >= from) && !rest.some((_, i) => happened(rest, i));
}

// the modals of what someone would or could do
const WOULD = new Set([...PLAN_MODALS, 'could', 'would', 'should', 'might', 'may']);

// the prepositions that tie a result to the time it is due ("ready by 11:00", "out before Friday")
const DUE = new Set(['by', 'before']);
const CAUSAL = new Set(['because', 'since', 'as']);

/**
 * "the fix could be out by Friday", "the script should be ready by 11:00": a modal then a state due
 * by a point in time, with nothing in it that happened — a schedule, not a cause ("could be caused
 * by the 3.14 release" names no time after its "by").
 */
export function promisesATime(s: Sentence): boolean {
  if (s.question || s.conditional) return false;
  const words = s.tokens.filter((t) => t.pos !== 'PUNCT');
  // "… because the queue is full" goes on to a cause
  if (words.some((t) => t.pos === 'SCONJ' && CAUSAL.has(t.normal))) return false;
  return words.some((t, m) => {
    if (!(t.pos === 'AUX' && WOULD.has(t.lemma)) || t.negated) return false;
    // the modal, "be", one word for the state ("ready", "deployed", "out"), then "by" and a time
    let k = m + 1;
    if (words[k]?.lemma === 'be') k++;
    while (words[k]?.pos === 'ADV') k++;
    if (!['ADJ', 'VERB', 'ADP'].includes(words[k]?.pos ?? '')) return false;
    k++;
    while (words[k]?.pos === 'ADV') k++;
    // "by 02:00 cron" names an agent, not a time
    const after = words[k + 2]?.pos ?? '';
    return (
      DUE.has(words[k]?.normal ?? '') && isTimeToken(s, words[k + 1]) && !['NOUN', 'PROPN'].includes(after)
    );
  });
}

/** "if product agrees we could ship it in the next train", "if they can't wait they can poll": what someone would do on a condition. */
export function conditionalPlan(s: Sentence): boolean {
  if (!s.conditional || s.question) return false;
  const words = s.tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'ADV');
  return words.some(
    (t, i) =>
      t.pos === 'PRON' &&
      !IMPERSONAL.has(t.normal) &&
      t.normal !== 'it' &&
      words[i + 1]?.pos === 'AUX' &&
      WOULD.has(words[i + 1]?.lemma ?? ''),
  );
}

/** What the sentence does instead of putting forward a cause, or null when it may put one forward. */
export function nonCauseAct(s: Sentence | undefined): NonCauseAct | null {
  if (!s) return null;
  if (opensInstruction(s)) return 'instruction';
  if (opensPlan(s.tokens) || conditionalPlan(s)) return 'plan';
  if (drawsADate(s) || promisesATime(s)) return 'schedule';
  if (relaysRequest(s)) return 'request';
  if (declinesToGuess(s.tokens)) return 'no-guess';
  if (opensCourtesy(s.tokens)) return 'courtesy';
  return null;
}

/** "so that …", "so she can push": a purpose; "so it can't be parsed" is a consequence. */
function purpose(after: readonly Token[]): boolean {
  if (after[0]?.normal === 'that') return after[1]?.lemma !== 'be';
  const m = after.findIndex((a) => a.pos === 'AUX' && PURPOSE_MODALS.has(a.lemma));
  return m > 0 && after[m + 1]?.normal !== 'not' && after.slice(0, m).every((a) => a.pos !== 'VERB');
}

// a count or an amount, not a version or a decimal ("maybe 3.8.0 broke it" is a theory)
/** The words after the sentence's first "but" ("I can't share it, but I suspect the PR broke it"), or ''. */
export function afterContrast(s: Sentence | undefined): string {
  const tokens = s?.tokens ?? [];
  const at = tokens.findIndex((t) => t.normal === 'but' && t.pos === 'CCONJ');
  return at < 0
    ? ''
    : tokens
        .slice(at + 1)
        .map((t) => t.text)
        .join(' ');
}

/** "so clearly", "so far", "so good": "so" as a degree word; "so big files fail" starts a consequence. */
// "…, so ignore what it says", "so resend them": a bare verb after "so" tells someone what to do; "so
// deploy failed" has its own verb after the noun and is a consequence
function instruction(next: Token, after: Token | undefined): boolean {
  return (
    next.pos === 'VERB' &&
    next.normal === next.lemma &&
    !(after && (after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'PART'))
  );
}

function degree(next: Token, after: Token | undefined): boolean {
  return (
    (next.pos === 'ADJ' || next.pos === 'ADV') && !(after && (after.pos === 'NOUN' || after.pos === 'PROPN'))
  );
}

const isTimeToken = (s: Sentence, t: Token | undefined): boolean =>
  t !== undefined &&
  ((t.pos === 'NUM' && !t.text.includes('.')) ||
    s.entities.some(
      (e) =>
        (e.type === 'date' || e.type === 'time' || e.type === 'duration') &&
        t.start >= e.start &&
        t.end <= e.end,
    ));

/**
 * The words of `s` that sound like a cause cue but are not one, lower-cased: a hedge on a time or
 * an amount ("tomorrow maybe", "probably Thursday", "guess ~4h") and "so" with its next word when
 * the "so" gives a purpose ("so she can …") or a degree ("so clearly"), and "the issue is" before a
 * status ("the issue is still there").
 */
export function idleCues(s: Sentence | undefined): Set<string> {
  const out = new Set<string>();
  const tokens = (s?.tokens ?? []).filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM');
  if (!s) return out;
  tokens.forEach((t, i) => {
    if (isHedged([t]) && (isTimeToken(s, tokens[i - 1]) || isTimeToken(s, tokens[i + 1]))) out.add(t.normal);
    const next = tokens[i + 1];
    // "the issue is still there", "the problem is intermittent": a status; "the issue is that …" names a cause
    const status = tokens[i + 2];
    if (t.normal === 'the' && next && TROUBLE.has(next.normal) && status?.normal === 'is')
      if (['ADV', 'ADJ', 'VERB'].includes(tokens[i + 3]?.pos ?? '')) out.add(`the ${next.normal} is`);
    if (
      t.normal === 'so' &&
      next &&
      (purpose(tokens.slice(i + 1, i + 5)) || degree(next, tokens[i + 2]) || instruction(next, tokens[i + 2]))
    )
      out.add(`so ${next.normal}`);
  });
  return out;
}
