/** @module Internal theories that survive: later contradictions discard earlier guesses. */
import { analyze } from '../language/analyze.js';
import { onlyAThingSays, reportedBy } from '../language/reported-speech.js';
import type { Sentence, Token } from '../language/types.js';
import { type Claim, claim } from './claim.js';
import type { ExtractContext, Item } from './context.js';
import {
  carriesOn,
  concludesOnly,
  leansBack,
  MAX_SENTENCES,
  MAX_WORDS,
  wordCount,
} from './explanation-unit.js';
import {
  affirmedReply,
  briefConfirmation,
  type Confirmation,
  type ConfirmationKind,
  channelOf,
  confirmsOpenGuess,
  joined,
  type OpenGuess,
  ownershipIn,
  confirmsBriefly as readsBriefConfirmation,
} from './hypothesis-confirmation.js';
import { statesSkippedStep } from './hypothesis-never.js';
import {
  affirms,
  hypothesisSupport,
  isNotACause,
  opensWithConfirmation,
  rankHypotheses,
} from './hypothesis-state.js';
import { withStructure } from './hypothesis-structure.js';
import { readAssessment } from './read-assessment.js';
import { afterContrast, idleCues, nonCauseAct } from './reads-non-cause-act.js';
import { readsRequest } from './reads-request.js';
import { suggestsAction } from './suggests-action.js';
import { cleanSentence } from './text/clean-sentence.js';
import { contentWords } from './text/content-words.js';
import { crudeStem as stem } from './text/word-stems.js';

// support-domain synonyms, so "not throttling" reaches "rate limiting" and "not cache" reaches "CDN"
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  throttl: ['rate', 'limit'],
  'rate-limit': ['throttl'],
  cach: ['cdn', 'edge'],
  cdn: ['cach'],
  tz: ['timezon', 'time', 'zone'],
  timezon: ['tz'],
  timeout: ['latency', 'slow'],
  network: ['dns', 'firewall'],
  permission: ['role', 'access'],
};
const stems = (text: string): string[] => contentWords(text).map(stem);
// what a negation names is often short ("not tz", "not UI"): keep two-letter words there
const targetStems = (text: string): string[] =>
  (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}_'-]+/gu) ?? [])
    .filter(
      (w) =>
        !/^(?:the|a|an|it|is|to|of|on|in|at|by|or|and|so|we|us|my|our|their|that|this|then|just|also)$/.test(
          w,
        ),
    )
    .map(stem);
const withSynonyms = (words: string[]): string[] => words.flatMap((w) => [w, ...(SYNONYMS[w] ?? [])]);

const THEORY =
  /\b(?:prob|maybe|perhaps|guess|sounds like|looks like|seems|i think|suspect\w*|root cause|probably|likely|might be|could be|because|theory|hypothes\w+|the (?:issue|problem|bug) is|turn(?:s|ed) out|culprit|instead of|went out|changed the|found it|found the (?:bug|cause|issue|problem)|lowered|created a|needs a|requires|expects|same (?:thing|bug|issue) as|that'?s why|causing|(?:the |real |actual )?(?:cause|reason) (?:is|was)|that'?s (?:the cause|the reason)|so (?!yes\b|sorry\b|thanks\b|ok\b|i\b|no\b|not\b|we\b|please\b|let\b|can\b)[a-z]+\b|since the [\w-]+ (?:change|deploy|release|upgrade|migration)|broke|introduced|sends|drops|dropping|exhaust\w*|skips?|(?:did )?move[ds]? (?:the |our |their )?[\w-]+(?: [\w-]+){0,3} (?:(?:out of|into|onto) (?:the |a |an )?[\w-]+|to (?:the|a|an))|reads? (?:from )?the [\w-]+ (?:snapshot|cache|replica|copy|index|table|view|store)|dead-?letters?|throws)\b/i;
// "Cause (from #privacy-eng): …", "Root cause: …": a labelled cause, whatever its wording
const CAUSE_LABEL = /^(?:(?:likely|probable|suspected|possible|root|the)\s+)?causes?\b[^:\n]{0,60}:\s*\S/i;
// a business note ("CSM note: renewal is 31 Jan, already shaky because of the price uplift") is not about the fault
// ("the renewal job fell back to list price" names a system: the word modifies the noun after it)
const COMMERCIAL = new Set(['renewal', 'arr', 'mrr', 'upsell', 'churn']);

/** A business word heading its own phrase ("renewal is 31 Jan"), not modifying a system's name ("renewal job"). */
function speaksCommercially(read: Sentence | undefined): boolean {
  const tokens = read?.tokens ?? [];
  return tokens.some(
    (t, k) => COMMERCIAL.has(t.normal) && !['NOUN', 'PROPN'].includes(tokens[k + 1]?.pos ?? ''),
  );
}
const DISCARD =
  /(?:^|[,;:]\s*)not (?:(?:the|a|an|their|our|his|her) (?=\w)|(?!sure|yet|only|just|really|all|much|very|too|quite|promising|that|now|today|tonight|here|me|us|always|ideal|great|good|ok|okay)(?=\w+\b))|\b(?:so|prob(?:ably)?|likely|confirmed|definitely|def|so it'?s)\s+not\b|\b(?:ruled out|rule out|not (?:the|a) (?:cause|problem|issue|culprit)|it'?s not|it is not|(?:that|this)'?s not|(?:that|this) is not|isn'?t (?:the|a|it)|wasn'?t|was not|not it|red herring|false alarm|scratch (?:that|my|the)|(?:scrap|ditch|drop|forget|bin|kill)(?:ped|ping|ed|ing)? (?:that|my|the|this|our)(?= (?:[\w-]+ ){0,4}(?:theory|idea|guess|hypothesis|angle|lead)\b)|(?:i|we|you|he|she|they) (?:was|were) wrong|(?:theory|idea|guess|hypothesis|angle|that|this) (?:was|is) wrong|(?:theory|idea|guess|hypothesis|angle|lead) is (?:out|dead|off the table|gone)|wrong (?:guess|call)|my bad|dropped|wrong about|no longer think|nothing to do with|can rule|unrelated|not related)\b/i;
const THEORY_ALL = new RegExp(THEORY.source, 'gi');
const AFTER_NEGATION =
  /\b(?:it'?s (?:the|a|an)|(?:that|this)'?s (?:the|a|an|our)|instead|actually|regression)\b/i;
const GENERIC = new Set([
  'issue',
  'problem',
  'cause',
  'thing',
  'guess',
  'theory',
  'idea',
  'hypothesis',
  'culprit',
  'either',
]);
const MAX = 6;

interface Candidate {
  value: string;
  readonly id: string;
  /** the message of ours that confirmed it, how, and in which words (hypothesis-confirmation.ts) */
  confirmedBy?: string;
  confirmedKind?: ConfirmationKind;
  confirmedSaid?: string;
  readonly author: string | undefined;
  readonly words: Set<string>;
  /** the item and sentence that ruled it out */
  droppedBy: { readonly item: Item; readonly sentence: string } | null;
  /** how many sentences it holds (bounded: explanation-unit.ts) */
  sentences: number;
  /** from a public reply that speaks to the customer ("your key …") anywhere: the whole reply is for them */
  readonly addressed: boolean;
  /** our side's verdict only ("documented behaviour", "their side"): no reading of the mechanism */
  readonly verdictOnly: boolean;
  /** a guess put only as a question ("could it be their import again?"): it can be ruled out, never lead */
  readonly asked?: boolean;
}

/** A theory the thread ruled out, with who ruled it out: itself a check that was made. */
export interface RuledOut {
  readonly theory: string;
  /** put only as a question ("could it be …?"): a guess, whatever its words */
  readonly asked: boolean;
  readonly theoryId: string;
  readonly by: Item;
  readonly sentence: string;
}

// only recent theories can be the one a negation refers to; keeps long chats linear
const LOOKBACK = 40;
// plans and release logistics are not theories about the cause
const PLAN =
  /\b(?:hotfix|pr is up|eta|don'?t quote me|frozen|(?:stays?|keep(?:s|ing)?(?: it)?) (?:in|with) (?:support|us|l[12]))\b/i;
// what we may tell the customer ("we can tell them we found the cause") is not a theory
const COMMS = /^(?:we|you|i) (?:can|could|should|will|'ll|may) (?:tell|let|inform|update|reply|write)\b/i;
// a theory the same sentence rejects: "their first guess was the IP location, which it isn't"
const SELF_REJECTED =
  /,?\s*(?:which|but|and) (?:it|that|this|they|he|she) (?:isn'?t|wasn'?t|aren'?t|weren'?t|doesn'?t|didn'?t)\s*[.!]?$/i;
// estimates and idioms that only sound tentative: "maybe 40 min", "in theory yes"
const NOT_A_THEORY =
  /\b(?:(?:maybe|perhaps|prob(?:ably)?|likely|could be|might be)\s+(?:~\s*|about\s+|around\s+)?\d+(?:[.,]\d+)?(?:\s*-\s*\d+)?\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|days?|weeks?|%)\b|in theory)/gi;

// a log or stack-trace line ("Caused by: java.sql.SQLException: …", "at com.x.Y.z(Y.java:42)") reports, it does not theorise
const LOG_LINE =
  /^(?:\.{3}\s*)?(?:\d+ (?:common )?frames? omitted\s*)?caused by:\s*[\w$]+(?:\.[\w$]+)+|\bat [\w$]+(?:\.[\w$<>]+){2,}\((?:[\w$]+\.\w+:\d+|Native Method|Unknown Source)\)|^\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d[^\]]*\]?\s+(?:trace|debug|info|warn(?:ing)?|error|fatal)\b/i;
// "it's the DNS cache on the checkout pods: they kept the old IP": a named cause, then how it works
const NAMED_CAUSE =
  /^(?:(?:ok|okay|so|yeah|yes|right|found it|got it)[,!.:]?\s+)*it(?:'s| is) (?:the|a|an|our|their)\b[^:?]{2,80}:\s*\S/i;
// "why are the pods still dialling the old IP?": the next colleague's answer states the cause
const WHY_QUESTION = /(?:^|[.!]\s+)(?:(?:so|but|then|and|ok|okay|hm+)[,\s]+)*why\b[^?]*\?$/i;
// "we have found the cause and are applying a fix" announces a cause without naming it
const ANNOUNCED_CAUSE =
  /\b(?:found|identified|located|know) the (?:root )?(?:cause|issue|problem|bug)\b(?!\s*(?::|—|–|-|\bis\b|\bwas\b|,? which\b))/i;
// counts and asides in parentheses ("(72 h, so the first ones stop Thursday)") are not reasoning about the cause
const PARENTHETICAL = /\([^()]*\)/g;

// the parts of speech a discourse opener before a verdict is made of ("ok, so not …", "No, not …")
const OPENER_POS = new Set(['INTJ', 'ADV', 'CCONJ', 'PUNCT', 'SYM']);
const CONTRAST = new Set(['but', 'though', 'however', 'although']);

/**
 * "Not the proxy, the request log shows one call": a verdict that opens its sentence (only a
 * discourse opener before the negation) and goes on with the check behind it, giving no reason or
 * consequence of its own (the language layer's reason and consequence clauses, hypothesis-structure.ts).
 */
function verdictWithCheck(s: string, at: number, rest: string): boolean {
  const tokens = analyze(s).sentences[0]?.tokens ?? [];
  const opens = tokens.filter((t) => t.end <= at).every((t) => OPENER_POS.has(t.pos));
  // "not confirmed yet but the diff is clear: …" turns, after the contrast, to a finding
  const turns = tokens.some((t) => t.start >= at && CONTRAST.has(t.normal));
  const markers = withStructure(rest);
  return opens && !turns && !markers.includes('zzreason') && !markers.includes('zzconsequence');
}

const WORKAROUND = new Set(['workaround', 'workarounds', 'work-around', 'work-arounds']);

/**
 * "Admins can revoke the tokens by hand, so the manual workaround exists": a plain sentence about a
 * workaround is about getting round the problem, not about its cause; a hedged one ("it could be
 * expected behaviour and a workaround is required") may still guess at the cause.
 */
function speaksOfWorkaround(read: Sentence | undefined): boolean {
  return read !== undefined && !read.hedged && read.tokens.some((t) => WORKAROUND.has(t.normal));
}

// a record's field label is short ("Who can use it: …")
const MAX_LABEL_WORDS = 5;

/**
 * "Method: SSO; Who can use it: counts only when …": a table row or a record, every "; "-part of it
 * a short label and its value — a lookup of what holds for everyone, no theory about this case.
 */
function readsAsRecord(s: string): boolean {
  const fields = s.split('; ');
  return (
    fields.length >= 2 &&
    fields.every((f) => {
      const colon = f.indexOf(': ');
      return colon > 0 && f.slice(0, colon).split(' ').length <= MAX_LABEL_WORDS;
    })
  );
}

// a rebuttal is at most the rejecting sentence and the two before it
const REBUTTAL_BEFORE = 2;

/**
 * What rules a theory out: the rejecting sentence, and when it only concludes what came before
 * ("… loaded 212 entries, errors=0. … they don't use rota import at all. So not the rota.") the
 * sentences of the same message it concludes from.
 */
function rebuttal(item: Item, i: number, s: string): string {
  const read = item.analyzed[i];
  if (!read || !leansBack(read)) return s;
  const before: string[] = [];
  for (let j = i - 1; j >= Math.max(0, i - REBUTTAL_BEFORE); j--) {
    const prior = cleanSentence(item.sentences[j] ?? '');
    if (prior.endsWith('?') || prior.endsWith(':')) break;
    before.unshift(prior);
  }
  return [...before, s].join(' ');
}

/**
 * "… the uninstall handler only deletes from oauth_grants → the token survives. confirmed in code:
 * uninstall_handler never touches legacy_oauth_grants.": a confirmation label whose statement carries
 * on the sentence before it (explanation-unit.ts) establishes that sentence's mechanism; a test
 * result reported on its own ("confirmed on staging: renaming the header → all rows validate") does not.
 */
function confirmsTheSentenceBefore(item: Item, i: number): boolean {
  const read = item.analyzed[i];
  const before = item.analyzed[i - 1];
  return (
    read !== undefined &&
    before !== undefined &&
    !before.question &&
    opensWithConfirmation(read) &&
    carriesOn(before, read) &&
    joinable(item, i - 1, i)
  );
}

// "nothing broke", "nobody changed anything": a cause word whose subject denies there is one
const NO_ONE = new Set(['nothing', 'nobody', 'noone']);

/** The word just before offset `at` of `text`, lower-cased. */
const wordBefore = (text: string, at: number): string =>
  text.slice(0, at).trimEnd().split(' ').pop()?.toLowerCase() ?? '';

/**
 * The first cause cue in `text` that is not only an estimate's hedge, a purpose's or a degree's
 * "so" (see idleCues), nor denied by its subject ("nothing broke").
 */
function firstCue(text: string, read: Sentence | undefined): RegExpExecArray | null {
  // the idle words are read only once a cue matched: most sentences hold none
  let idle: Set<string> | undefined;
  for (const m of text.matchAll(THEORY_ALL)) {
    idle ??= idleCues(read);
    if (!idle.has(m[0].toLowerCase()) && !NO_ONE.has(wordBefore(text, m.index ?? 0)))
      return m as RegExpExecArray;
  }
  return null;
}

function hasCue(s: string, read: Sentence | undefined): boolean {
  if (read && statesSkippedStep(read)) return true;
  return firstCue(s.replace(PARENTHETICAL, ' ').replace(NOT_A_THEORY, ' '), read) !== null;
}

// "confirmed.", "found it.", "yep, verified": a confirmation that names nothing of its own
const CONFIRMING = new Set(['confirm', 'verify', 'reproduce', 'find']);
const BARE_WORDS = 3;

/**
 * A bare confirmation: at most three words, one of them a confirming verb in its past form, not
 * denied or asked. Said just before a statement of ours, it confirms that statement.
 */
function bareConfirmation(read: Sentence | undefined): boolean {
  if (!read || read.question) return false;
  const words = read.tokens.filter((t) => t.kind === 'word');
  return (
    words.length <= BARE_WORDS &&
    words.some((t) => CONFIRMING.has(t.lemma) && t.normal !== t.lemma && !t.negated)
  );
}

/**
 * An instruction, a plan, a relayed request, a hedged suggestion ("maybe offer a credit?") or a
 * refusal to guess proposes no cause, unless a "but" goes on to one ("can't share the repro, but I
 * suspect the 2.1 change broke it").
 */
function proposesNoCause(read: Sentence | undefined): boolean {
  // "maybe offer a month's credit?" suggests what to do
  if (read && suggestsAction(read)) return true;
  const act = nonCauseAct(read);
  if (act === null) return false;
  const rest = act === 'instruction' ? '' : afterContrast(read);
  return !(rest && hasCue(rest, read));
}

// "it", "this", "that": a letter or a screen only pointed at, not a source of ours such as "the help doc"
const POINTED = new Set(['it', 'this', 'that']);
// the reporting clause's last token: "It says", "This one says"
const RELAY_OPENING = 3;

/** "whether Legal treats this as notifiable, and who sends the notices": an open question put as a clause, not a cause. */
function opensAsQuestion(read: Sentence | undefined): boolean {
  return read?.tokens.find((t) => t.kind === 'word')?.normal === 'whether';
}

/** "It says the update changed the scaling": the cause is only in words a pointed-at thing says, not our reading. */
function relaysALetter(read: Sentence | undefined): boolean {
  if (!read) return false;
  const reported = reportedBy(read);
  // "It says …" opening the sentence relays all of it; "…, where it says X" later is an aside
  const opens = reported !== null && reported.from > 0 && reported.from <= RELAY_OPENING;
  return opens && POINTED.has(reported.by.normal) && onlyAThingSays(read, THEORY);
}

function isTheorist(item: Item): boolean {
  return (
    !item.isCustomer &&
    item.role !== 'bot' &&
    item.unit !== 'field' &&
    item.unit !== 'account' &&
    item.unit !== 'log' &&
    item.unit !== 'request' &&
    item.unit !== 'ocr'
  );
}

// words of the subject are in every message about it ("charts"), so they cannot tie a negation to a theory
function topicWords(ctx: ExtractContext): Set<string> {
  const subject = ctx.items.find((i) => i.unit === 'field' && /subject|title/i.test(i.ev.meta?.field ?? ''));
  const first = ctx.items.find((i) => i.isCustomer && i.unit !== 'field');
  return new Set(stems(`${subject?.ev.text ?? ''} ${first?.sentences[0] ?? ''}`));
}

/** The answer to a colleague's "why …?": the whole message, when it is a plain statement. */
function whyAnswer(item: Item): string | null {
  const sentences = item.sentences.map(cleanSentence).filter((x) => x.length > 0);
  if (sentences.length === 0 || sentences.some((x) => x.endsWith('?'))) return null;
  const text = sentences.slice(0, 4).join(' ');
  if (contentWords(text).length < 6 || DISCARD.test(text) || LOG_LINE.test(text) || PLAN.test(text))
    return null;
  return text;
}

/** The words of a negated phrase that can name a theory: "not ours to answer" names none. */
function namedIn(target: string): string {
  const tokens = analyze(target).sentences.flatMap((x) => x.tokens);
  const naming = (t: Token, k: number): boolean =>
    t.pos !== 'PRON' && !(t.pos === 'VERB' && tokens[k - 1]?.normal === 'to');
  return tokens.length === 0
    ? target
    : tokens
        .filter(naming)
        .map((t) => t.text)
        .join(' ');
}

function insideParentheses(s: string, at: number): boolean {
  const before = s.slice(0, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** Where a sentence rules something out; "the snapshot, which was not added to the job" explains, it rejects nothing. */
function rejection(s: string): RegExpExecArray | null {
  const cue = DISCARD.exec(s);
  if (cue) return /\b(?:which|who|where)\s+$/i.test(s.slice(0, cue.index)) ? null : cue;
  return deniedConclusion(s);
}

/**
 * "the log shows one call per order so it isn't the client": a check whose conclusion ("so" + a
 * subject + a denied "be") denies a theory — evidence against it, not a theory of its own. The
 * match runs from "so" to the negation, as a cue does, so what follows is the theory denied.
 */
const NAMED = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'NUM']);

function deniedConclusion(s: string): RegExpExecArray | null {
  // a token whose normal form is "so" is the text's own "so" in some case (no contraction expands
  // to it), so a sentence without those two letters is passed before it is analysed again
  if (!s.toLowerCase().includes('so')) return null;
  const read = analyze(s).sentences[0];
  // "could someone rewrite it so it's not …?" asks for a change
  const tokens = read && !read.question ? read.tokens : [];
  const at = tokens.findIndex(
    (so, k) =>
      k > 0 &&
      so.normal === 'so' &&
      ['PRON', 'DET'].includes(tokens[k + 1]?.pos ?? '') &&
      tokens[k + 2]?.lemma === 'be' &&
      tokens[k + 3]?.normal === 'not' &&
      read?.negators.includes(k + 3) &&
      // what is denied is a thing named ("not their store"), not a quality ("not so bad")
      NAMED.has(tokens[k + 4]?.pos ?? ''),
  );
  const so = tokens[at];
  const not = tokens[at + 3];
  if (so && not) {
    const match = [s.slice(so.start, not.end)] as unknown as RegExpExecArray;
    match.index = so.start;
    match.input = s;
    return match;
  }
  return null;
}

/** Whether sentence `j` may join an explanation: a statement in the same line or list item that refutes, plans or asks nothing. */
function joinable(item: Item, j: number, from: number): boolean {
  const raw = item.sentences[j];
  if (raw === undefined) return false;
  const text = item.ev.text;
  const start = text.indexOf(item.sentences[from] ?? '');
  const at = text.indexOf(raw);
  // a new list item or paragraph starts a new point; a line break inside a chat message does not
  const between = text.slice(Math.min(start, at), Math.max(start, at));
  if (start < 0 || at < 0 || /\n\s*(?:[-*•]|\d{1,2}[.)])\s|\n\s*\n/.test(between)) return false;
  const s = cleanSentence(raw);
  return !(
    s.endsWith('?') ||
    rejection(s) ||
    PLAN.test(s) ||
    LOG_LINE.test(s) ||
    isNotACause(s) ||
    nonCauseAct(item.analyzed[j]) !== null
  );
}

// "Found it.", "ok, that's it.": an announcement, not a sentence of the explanation's bound
const ANNOUNCEMENT_WORDS = 3;

interface Unit {
  /** the cleaned sentences, in order */
  readonly parts: string[];
  readonly reads: Sentence[];
  /** where the sentence that named the cause sits in `parts` */
  readonly seed: number;
  /** the last sentence index taken */
  readonly to: number;
}

/**
 * The explanation around sentence `i` (see explanation-unit.ts): the finding before it when it is
 * short or points back, then the sentences after it while they carry the chain on, at most
 * `room` sentences (announcements aside) and MAX_WORDS words. A short theory takes the detail after
 * it; a labelled cause ("Cause: …") or one announced with a colon takes what follows in its line.
 */
function explanation(item: Item, i: number, floor: number, room: number, confirmsBefore = false): Unit {
  const s = cleanSentence(item.sentences[i] ?? '');
  const read = item.analyzed[i];
  // a confirmation of the sentence before takes that sentence, whatever its own length
  const short = contentWords(s).length < 8 || confirmsBefore;
  const parts: string[] = [];
  const reads: Sentence[] = [];
  let words = 0;
  let counted = 0;
  const take = (j: number): void => {
    const r = item.analyzed[j];
    parts.push(cleanSentence(item.sentences[j] ?? ''));
    if (r) reads.push(r);
    const n = r ? wordCount(r) : 0;
    words += n;
    if (n > ANNOUNCEMENT_WORDS) counted++;
  };
  const prev = item.sentences[i - 1];
  const leaning = short || (read !== undefined && leansBack(read) && !concludesOnly(read));
  if (
    room > 1 &&
    i - 1 > floor &&
    prev !== undefined &&
    ((leaning && !DISCARD.test(prev) && contentWords(prev).length >= 3 && joinable(item, i - 1, i)) ||
      // "confirmed. the resolver never goes through the filter": the confirmation is part of the finding
      bareConfirmation(item.analyzed[i - 1]))
  ) {
    // "v1 rendered in-region. So every preview …": a short finding taken back points back in turn
    const prior = cleanSentence(item.sentences[i - 2] ?? '');
    if (
      !bareConfirmation(item.analyzed[i - 1]) &&
      room > 2 &&
      i - 2 > floor &&
      contentWords(prev).length < 8 &&
      prior !== '' &&
      !DISCARD.test(prior) &&
      contentWords(prior).length >= 3 &&
      joinable(item, i - 2, i)
    )
      take(i - 2);
    take(i - 1);
  }
  const seed = parts.length;
  take(i);
  const labelled = CAUSE_LABEL.test(s) || s.endsWith(':');
  let to = i;
  for (let j = i + 1; j < item.sentences.length && counted < room; j++) {
    const before = item.analyzed[j - 1];
    const next = item.analyzed[j];
    // a sentence that ends in a colon announces the one after it
    const goesOn =
      labelled ||
      (parts[parts.length - 1] ?? '').endsWith(':') ||
      (j === i + 1 && short && !(read && leansBack(read))) ||
      (before !== undefined && next !== undefined && carriesOn(before, next));
    if (!goesOn || !joinable(item, j, i)) break;
    if (words + (next ? wordCount(next) : 0) > MAX_WORDS && counted > 0) break;
    take(j);
    to = j;
  }
  return { parts, reads, seed, to };
}

/** "you", "your": the sentence speaks to its reader — in a public reply, to the customer. */
function addressesReader(s: Sentence): boolean {
  return s.tokens.some((t) => t.normal === 'you' || t.normal === 'your' || t.normal === 'yours');
}

// extractHypotheses and ruledOutTheories (via extractTried) read the same pass: run it once per context
const analysed = new WeakMap<ExtractContext, readonly Candidate[]>();

function analyse(ctx: ExtractContext): readonly Candidate[] {
  const hit = analysed.get(ctx);
  if (hit) return hit;
  const kept = analyseOnce(ctx);
  analysed.set(ctx, kept);
  return kept;
}

function analyseOnce(ctx: ExtractContext): Candidate[] {
  const kept: Candidate[] = [];
  let lastAt = { id: '', index: -2 };
  let consumed = lastAt;
  const topic = topicWords(ctx);
  // per channel, the author of an open "why …?" question, answered by the next colleague's message there
  const whyFrom = new Map<string, string>();
  let previous: Item | null = null;
  // per channel, the nearest guess of our side and how many messages came after it
  const guesses = new Map<string, OpenGuess<Candidate>>();
  for (const item of ctx.items) {
    if (!isTheorist(item)) continue;
    const before = kept.length;
    const last = kept[kept.length - 1];
    if (last?.asked && previous?.id === last.id && answersNo(last, previous, item)) {
      last.droppedBy = { item, sentence: item.sentences[0] ?? '' };
      consumed = { id: item.id, index: 0 };
    }
    const where = channelOf(item);
    const open = guesses.get(where);
    readItem(item);
    const how = open && !open.theory?.droppedBy ? confirmsOpenGuess(open, item, rejects) : null;
    if (open && how) {
      affirmedGuess(open, item, kept.splice(before), how);
      guesses.delete(where);
    } else {
      if (kept.length === before && last && !last.asked && previous?.id === last.id)
        confirmedNext(last, previous, item);
      noteGuess(where, item, kept.slice(before));
    }
    previous = item;
  }
  return kept;

  /** the channel's nearest guess: this item's own, or none when it states another theory */
  function noteGuess(where: string, item: Item, fresh: readonly Candidate[]): void {
    const newest = fresh[fresh.length - 1];
    if (newest) {
      if (newest.asked || hypothesisSupport(newest.value) !== 'guessed') guesses.delete(where);
      else
        guesses.set(where, {
          theory: newest,
          text: newest.value,
          id: newest.id,
          author: newest.author,
          since: 0,
        });
      return;
    }
    const text = [...item.sentences].map(cleanSentence).reverse().find(guessed);
    const open = guesses.get(where);
    if (text !== undefined)
      guesses.set(where, { theory: null, text, id: item.id, author: item.ev.author?.name, since: 0 });
    // a question asked after the guess is what a "yes" then answers ("can we ship a hotfix?" "yes")
    else if (item.sentences.some((x) => cleanSentence(x).endsWith('?'))) guesses.delete(where);
    else if (open) open.since++;
  }

  /**
   * "Smells like the X change." … "yep. X does …": the reply confirms the guess; what it goes on to
   * say (its first theory, from its opening on) joins the guess, with both cites.
   */
  function affirmedGuess(
    open: OpenGuess<Candidate>,
    item: Item,
    fresh: readonly Candidate[],
    how: ConfirmationKind,
  ): void {
    const first = fresh.find((c) => c.id === item.id);
    const reply = affirmedReply(item, first?.value);
    const value = joined(open.text, reply);
    kept.push(...fresh.filter((c) => c !== first));
    if (open.theory) {
      settle(open.theory, value, item.id, how, reply);
      return;
    }
    kept.push({
      value,
      id: open.id,
      confirmedBy: item.id,
      confirmedKind: how,
      confirmedSaid: reply,
      author: open.author,
      words: new Set(stems(value)),
      droppedBy: null,
      sentences: MAX_SENTENCES,
      addressed: false,
      verdictOnly: false,
    });
  }

  function readItem(item: Item): void {
    const author = item.ev.author?.name ?? '';
    const where = channelOf(item);
    const asker = whyFrom.get(where);
    if (asker !== undefined && author !== asker && author !== '') {
      const answer = whyAnswer(item);
      whyFrom.delete(where);
      if (answer) {
        kept.push({
          value: answer,
          id: item.id,
          author,
          words: new Set(stems(answer)),
          droppedBy: null,
          sentences: MAX_SENTENCES,
          addressed: false,
          verdictOnly: false,
        });
        return;
      }
    }
    if (item.sentences.some((x) => WHY_QUESTION.test(cleanSentence(x)))) whyFrom.set(where, author);
    item.sentences.forEach((raw, i) => {
      const s = cleanSentence(raw);
      if (LOG_LINE.test(s)) return;
      // sentences already taken as a theory's continuation are not read again
      if (consumed.id === item.id && i <= consumed.index) return;
      const neg = rejection(s);
      if (neg) {
        // what is negated: the words right after the cue, up to the next clause
        const target =
          s.slice(neg.index + neg[0].length).split(/[,;:—–]|\s-\s|\bbut\b|\b(?:it|that|this)'?s\b/i)[0] ?? '';
        const before = s.slice(Math.max(0, neg.index - 60), neg.index);
        const named = targetStems(namedIn(target));
        const words = new Set(
          // the words before the cue only when it names nothing after it ("the rename theory is dropped")
          withSynonyms([
            ...named,
            ...(targetStems(target).length === 0 ? stems(before).slice(-3) : []),
          ]).filter(
            (w) => !topic.has(w) && !GENERIC.has(w) && !GENERIC.has(`${w}e`) && !GENERIC.has(`${w}s`),
          ),
        );
        const recent = kept.slice(-LOOKBACK);
        // a bare "not X" in an aside or against a cause the thread confirmed is no refutation of it
        const bare = /^[\s,;:]*not\b/i.test(neg[0]);
        const aside = insideParentheses(s, neg.index);
        for (const c of recent) {
          if (c.droppedBy || aside || ![...c.words].some((w) => words.has(w))) continue;
          // a guess put as a question falls to a check of ours, not to a bare verdict or a public reply
          if (c.asked && (item.isPublic || !item.analyzed.some(observes))) continue;
          // nor does a sentence of the explanation itself ("…, so not a browser problem")
          if (
            (bare && hypothesisSupport(c.value) === 'confirmed') ||
            (c.id === item.id && c.value.includes(s))
          )
            continue;
          c.droppedBy = { item, sentence: rebuttal(item, i, s) };
        }
        // "scratch my theory": no object named, so it takes back the author's latest theory ("not a 7.1
        // problem" names one, though not in words a theory shares)
        const namesNothing =
          !analyze(target).sentences.some((x) => x.tokens.some((t) => t.pos === 'NUM')) &&
          targetStems(target).every((w) => GENERIC.has(w) || topic.has(w));
        if (words.size === 0 && namesNothing) {
          const author = item.ev.author?.name;
          const own = recent.filter((c) => !c.droppedBy && !c.asked && c.author === author).pop();
          if (own) own.droppedBy = { item, sentence: rebuttal(item, i, s) };
        }
        // what follows the dropped theory's own name ("the CDN theory, …") is the new part
        const rest = s
          .slice(neg.index + neg[0].length)
          .replace(/^[^,;:]{0,60}?\b(?:theory|idea|guess|hypothesis|angle|lead)\b/i, '');
        const turn = AFTER_NEGATION.exec(rest);
        const positive = turn ?? firstCue(rest, item.analyzed[i]);
        // "scratch my theory." names no new theory of its own
        if (!positive || contentWords(rest).filter((w) => !GENERIC.has(w)).length < 3) return;
        // "Not the proxy, the request logs show one call": a verdict that opens the sentence, then the
        // check behind it — evidence against a theory, no theory of its own unless it turns to one
        // ("it's the …", "instead") or gives a reason ("because …", "so …")
        if (!turn && verdictWithCheck(s, neg.index, rest)) return;
        // "not Okta, so prob not Okta": the follow-up negates again, no new theory
        if (DISCARD.test(rest.slice(positive.index))) return;
      } else if (
        !(
          hasCue(s, item.analyzed[i]) ||
          NAMED_CAUSE.test(s) ||
          CAUSE_LABEL.test(s) ||
          confirmsTheSentenceBefore(item, i)
        )
      ) {
        // "… so the retry resends it. Confirmed in the mailer logs.": the confirmation joins the theory before it
        const last = kept[kept.length - 1];
        if (
          last?.id === item.id &&
          lastAt.id === item.id &&
          lastAt.index === i - 1 &&
          confirmsBriefly(last, s)
        ) {
          last.value = `${last.value} ${s}`;
          lastAt = { id: item.id, index: i };
          consumed = lastAt;
        } else if (asksColleague(item, item.analyzed[i])) {
          const guess = askedGuess(item.analyzed[i]);
          if (guess)
            kept.push({
              value: guess,
              id: item.id,
              author: item.ev.author?.name,
              words: new Set(stems(guess)),
              droppedBy: null,
              sentences: MAX_SENTENCES,
              addressed: false,
              verdictOnly: false,
              asked: true,
            });
        }
        return;
      } else if (
        proposesNoCause(item.analyzed[i]) ||
        opensAsQuestion(item.analyzed[i]) ||
        speaksCommercially(item.analyzed[i]) ||
        relaysALetter(item.analyzed[i]) ||
        // "could be the timezone thing again?" is a theory put as a question (the language layer's hedge)
        (s.endsWith('?') && !item.analyzed[i]?.hedged) ||
        PLAN.test(s) ||
        ANNOUNCED_CAUSE.test(s) ||
        COMMS.test(s) ||
        isNotACause(s) ||
        SELF_REJECTED.test(s) ||
        readsAsRecord(s) ||
        speaksOfWorkaround(item.analyzed[i])
      )
        return;
      // the next sentence of the same explanation joins the theory before it, within the bound
      const last = kept[kept.length - 1];
      if (
        last &&
        !neg &&
        lastAt.id === item.id &&
        lastAt.index === i - 1 &&
        !(item.analyzed[i] && concludesOnly(item.analyzed[i])) &&
        last.sentences < MAX_SENTENCES
      ) {
        const unit = explanation(item, i, i - 1, MAX_SENTENCES - last.sentences);
        for (const part of unit.parts) if (!last.value.includes(part)) last.value = `${last.value} ${part}`;
        for (const w of stems(unit.parts.join(' '))) last.words.add(w);
        last.sentences += unit.parts.length;
        lastAt = { id: item.id, index: unit.to };
        consumed = lastAt;
        return;
      }
      const unit = explanation(
        item,
        i,
        consumed.id === item.id ? consumed.index : -1,
        MAX_SENTENCES,
        confirmsTheSentenceBefore(item, i),
      );
      // "That's why Chrome still showed it this morning." after the explanation in the same message
      // settles that explanation: it joins it (so the explanation reads as settled), not a cause of
      // its own that would lead without saying what the cause is
      const read = item.analyzed[i];
      if (
        last &&
        !last.droppedBy &&
        !last.asked &&
        last.id === item.id &&
        read &&
        leansBack(read) &&
        hypothesisSupport(s) === 'confirmed'
      ) {
        for (const part of unit.parts) if (!last.value.includes(part)) last.value = `${last.value} ${part}`;
        lastAt = { id: item.id, index: unit.to };
        consumed = lastAt;
        return;
      }
      kept.push({
        value: unit.parts.join(' '),
        id: item.id,
        author: item.ev.author?.name,
        words: new Set(stems(unit.parts.slice(unit.seed).join(' '))),
        droppedBy: null,
        sentences: unit.parts.length,
        addressed: item.isPublic && item.analyzed.some(addressesReader),
        verdictOnly: unit.reads.length > 0 && readAssessment(unit.reads[0] as Sentence) !== null,
      });
      lastAt = { id: item.id, index: unit.to };
      consumed = lastAt;
    });
  }
}

/** "could be the new cache layer": a hedged statement (no question, no rejection) that names something. */
function guessed(s: string): boolean {
  return (
    !s.endsWith('?') &&
    !rejection(s) &&
    contentWords(s).length >= MIN_GUESS_WORDS &&
    hypothesisSupport(s) === 'guessed'
  );
}

const rejects = (s: string): boolean => rejection(s) !== null;

/** A short confirmation (hypothesis-confirmation.ts) of a theory still standing. */
function confirmsBriefly(theory: Candidate, s: string): boolean {
  return !theory.droppedBy && readsBriefConfirmation(theory.value, s, rejects);
}

/** Records on `theory` that `by` confirmed it, in the words `said`, with what it reads as now. */
function settle(theory: Candidate, value: string, by: string, kind: ConfirmationKind, said: string): void {
  theory.value = value;
  theory.confirmedBy = by;
  theory.confirmedKind = kind;
  theory.confirmedSaid = said;
}

/**
 * "tmpl-v2 shipped the 3rd -> looks like it" then, on the next line of the same note, "repro in
 * staging: same error": the line that confirms a theory and names no cause of its own joins it, so
 * the theory reads as confirmed, with both cites. A colleague's next message there does the same
 * when it is a short confirmation ("yep, repro'd on staging").
 */
function confirmedNext(theory: Candidate, from: Item, item: Item): void {
  if (theory.confirmedBy || theory.droppedBy) return;
  const said = briefConfirmation(theory.value, from, item, rejects);
  if (said !== null) settle(theory, joined(theory.value, said), item.id, 'brief', said);
}

/**
 * "It's ours." beside our stated reading of the mechanism, or "Eng confirms it's ours" in a later
 * message of our side: the ownership joins the leading reading (before it when it comes first in
 * the same message, after it otherwise), so the reading reads as confirmed, with both cites. Only a
 * plain statement is settled this way: a guess stays a guess, and an ownership said before the
 * reading in an earlier message owned something else.
 */
function ownedBy(ctx: ExtractContext, lead: Candidate): Confirmation | null {
  if (lead.confirmedBy || hypothesisSupport(lead.value) !== 'stated') return null;
  const from = ctx.items.findIndex((item) => item.id === lead.id);
  if (from < 0) return null;
  for (const item of ctx.items.slice(from).filter(isTheorist)) {
    const own = ownershipIn(item);
    if (own === null || lead.value.includes(own.said)) continue;
    const base = { kind: 'ownership', guessId: lead.id, byId: item.id, said: own.said } as const;
    if (item.id === lead.id) {
      const next = item.sentences[own.at + 1];
      const first = next !== undefined && lead.value.includes(next);
      return { ...base, value: first ? `${own.said} ${lead.value}` : `${lead.value} ${own.said}` };
    }
    return { ...base, value: joined(lead.value, own.said) };
  }
  return null;
}

// what opens a guess put as a question before the thing guessed: "could it be", "is this", "maybe"
const ASKING_POS = new Set(['AUX', 'PRON', 'ADV', 'PART', 'SCONJ', 'INTJ']);
const MIN_GUESS_WORDS = 2;

/**
 * "could it be their rota import at 01:35?" → "their rota import at 01:35": the thing a question
 * guesses at, without its asking words and question mark; null when it names too little to rule out.
 */
function askedGuess(s: Sentence): string | null {
  const words = s.tokens.filter((t) => t.kind !== 'punctuation');
  let k = 0;
  while (k < words.length && ASKING_POS.has(words[k]?.pos ?? '')) k++;
  const from = words[k];
  const to = words.at(-1);
  if (!from || !to) return null;
  const guess = s.text.slice(from.start - s.start, to.end - s.start);
  return contentWords(guess).length < MIN_GUESS_WORDS ? null : guess;
}

const SUBJECT_POS = new Set(['NOUN', 'PROPN']);

/**
 * "the gateway shows one POST per order", "the import for fvh loaded 212 entries": a thing named as
 * the subject of a verb that is not denied — an observation, a check made; "agree it's not the cert"
 * and "it is on our side" are verdicts.
 */
function observes(s: Sentence): boolean {
  if (s.question || s.hedged || s.conditional) return false;
  return s.tokens.some(
    (t, i) => SUBJECT_POS.has(t.pos) && s.tokens[i + 1]?.pos === 'VERB' && !s.tokens[i + 1]?.negated,
  );
}

/**
 * "could it be their import again?" in our internal channel: a guess put to a colleague as a
 * question. A question in a public reply, or one that asks its reader to do something ("could you
 * check …?"), is a request, not a guess.
 */
function asksColleague(item: Item, s: Sentence | undefined): s is Sentence {
  return (
    item.isStaff &&
    !item.isPublic &&
    s !== undefined &&
    s.question &&
    s.hedged &&
    !readsRequest(s) &&
    !s.tokens.some((t) => t.normal === 'you' || t.normal === 'your')
  );
}

/**
 * A colleague's next message in the same channel that opens with "No," and goes on with a statement
 * ("No, the gateway log shows one request per order."): the answer to a guess put as a question.
 */
function answersNo(guess: Candidate, asked: Item, item: Item): boolean {
  const sameSource = asked.id.split(':')[0] === item.id.split(':')[0];
  const first = item.analyzed[0];
  const [no, mark] = first?.tokens ?? [];
  return (
    sameSource &&
    item.ev.author?.name !== guess.author &&
    first !== undefined &&
    observes(first) &&
    no?.normal === 'no' &&
    (mark?.text === ',' || mark?.text === '.' || mark?.text === '!')
  );
}

/** Theories later ruled out, oldest first. */
export function ruledOutTheories(ctx: ExtractContext): RuledOut[] {
  return analyse(ctx).flatMap((c) =>
    c.droppedBy
      ? [
          {
            theory: c.value,
            asked: c.asked === true,
            theoryId: c.id,
            by: c.droppedBy.item,
            sentence: c.droppedBy.sentence,
          },
        ]
      : [],
  );
}

// "the connector update is at least part of the story": a hedge that names no mechanism
const PARTIAL = /\b(?:at least (?:part|some) of (?:the story|it|the problem|the cause)|contribut\w+)\b/i;

/**
 * Surviving hypotheses from staff and internal items in the order to read them: what the thread
 * confirms, then what our side states, then guesses (newest first within each); partial hedges
 * after the rest. A workaround or an fyi put as a label is not a cause and is left out, and so is
 * what a public reply says to the customer when an internal line gives a reading of its own.
 */
export function extractHypotheses(ctx: ExtractContext): Claim<string>[] {
  const list = ordered(ctx);
  const lead = list[0];
  const owned = lead ? ownedBy(ctx, lead) : null;
  return list
    .slice(0, MAX)
    .map((c) =>
      c === lead && owned
        ? claim(owned.value, owned.byId === c.id ? [c.id] : [c.id, owned.byId])
        : claim(c.value, c.confirmedBy ? [c.id, c.confirmedBy] : [c.id]),
    );
}

/** The surviving hypotheses, in reading order (see extractHypotheses), before they become claims. */
function ordered(ctx: ExtractContext): Candidate[] {
  const all = analyse(ctx).filter((c) => !c.droppedBy && !c.asked && !isNotACause(c.value));
  // what a public reply tells the customer restates our side's reading for them: only when no line of
  // ours reads the mechanism (a bare verdict such as "documented behaviour" does not)
  const surviving = (
    all.some((c) => !c.addressed && !c.verdictOnly) ? all.filter((c) => !c.addressed) : all
  ).reverse();
  const ranked = rankHypotheses(surviving).map((r) => r.claim);
  return [...ranked.filter((c) => !PARTIAL.test(c.value)), ...ranked.filter((c) => PARTIAL.test(c.value))];
}

/**
 * The guesses our side confirmed and that still stand: each with the cites of the guess and of the
 * confirming message (an affirmative reply, a short confirming line, our side owning the fault).
 */
export function confirmations(ctx: ExtractContext): Confirmation[] {
  const standing = ordered(ctx).slice(0, MAX);
  const out: Confirmation[] = standing.flatMap((c) =>
    c.confirmedBy && c.confirmedKind && c.confirmedSaid !== undefined
      ? [{ kind: c.confirmedKind, value: c.value, guessId: c.id, byId: c.confirmedBy, said: c.confirmedSaid }]
      : [],
  );
  const lead = standing[0];
  const owned = lead ? ownedBy(ctx, lead) : null;
  return owned ? [owned, ...out] : out;
}
