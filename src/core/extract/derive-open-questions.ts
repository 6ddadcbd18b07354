/** @module Open questions the team raised internally and nobody has settled yet. */
import type { Sentence } from '../language/types.js';
import type { ExtractContext } from './context.js';
import { directQuestion, opensQuestion } from './direct-question.js';
import { embeddedQuestion } from './embedded-question.js';
import { resolveIt } from './resolve-it.js';
import { cleanSentence } from './text/clean-sentence.js';
import { contentWords } from './text/content-words.js';
import { fromSentence, type Unknown } from './unknown.js';

const OPEN =
  /\b(?:(?:still )?need(?:s)? (?:confirmation|to (?:confirm|check|verify|know|find out))(?: that)?|checking(?= (?:whether|if)\b)|no idea(?: yet)?(?= (?:how|why|what|whether|if)\b)|until (?:we|they|i) (?:know|hear|confirm)|(?:haven'?t|have not|has not|hasn'?t) (?:yet )?(?:checked|confirmed|verified|looked at|tested)(?: yet)?|not (?:yet )?(?:sure|known|confirmed|verified|tested)(?: yet)?|don'?t (?:yet )?know(?: yet)?|unclear|tbd)\s+(whether|wether|if|how many|which|when|who|what)?\s*/i;
// a request, or asking leave to write to the customer ("can I send her the list?"): no unknown about the case
const REQUEST =
  /^(?:(?:can|could|would) (?:you|one of you|someone|somebody|anyone|we get)\b|(?:can|could|may|should|shall) i (?:send|tell|give|share|forward|cc|reply|promise|offer)\b)/i;
const FILLER = /^(?:(?:ok|okay|also|and|so|bump|q|question|fyi|hm+|btw|but)\b[,:]?\s*)+/i;
const ASKED =
  /^(?:has|have|did) (?:anyone|someone|somebody|anybody|we|you) (?:checked|confirmed|verified)\s+/i;
// "do we know who else is on p7?" asks the embedded question
const DO_WE_KNOW = /^do (?:we|you|they|i) know\s+(?=(?:who|what|which|when|how|whether|if|where|why)\b)/i;
// a note's own list of open points: "Unknown: how many orders in DLQ; whether Contoso is hit"
const LABELLED =
  /^(?:unknowns?|open(?: questions?| points?)?|not (?:yet )?known|unknown so far|tbc|tbd|to be (?:confirmed|determined))\s*:\s*(.+)$/i;
const MAX = 6;
// "@Hemi Walker do we …": the mention with its surname, unless that word starts the question
const MENTION =
  /\s*@[\p{L}\w.-]+(?:\s+(?!(?:Please|Pls|Thanks|Also|And|So|But|Quick|Q|Re|FYI)\b)(\p{Lu}[\p{L}'-]+))?/gu;
// the surname goes with the mention; a word that opens the question stays ("@sam Is the queue …")
const withoutMention = (s: string): string =>
  s.replace(MENTION, (_m, word?: string) => (word && opensQuestion(word) ? ` ${word}` : ''));
// a reply that settles the question before it: "no, they tried it", "yes – done this morning"
export const ANSWER =
  /^(?:no|nope|nah|yes|yep|yeah|yup|correct|confirmed|done|checked|(?:i )?don'?t think so|(?:i )?doubt it|unlikely|not (?:it|that|the \w+))\b/i;

// what we may tell the customer is ours to decide, not an unknown about the case
const COMMS_QUESTION =
  /^(?:so )?(?:what|how) (?:can|could|should|shall|do|may) (?:i|we) (?:tell|say to|say|answer|reply to|reply|respond to|respond|write to|write|offer|give) (?:them|him|her|the customer|the client|\w+)?\b/i;
// a reply that says it cannot answer yet leaves the question open
const NOT_YET =
  /\b(?:don'?t know|no idea|not sure|unclear|tbd|checking|need to check|have to (?:check|reconcile|verify|confirm)|not yet)\b/i;

const FIRST_PERSON = new Set(['i', 'me', 'mine', 'we']);
const ASKER = new Set(['i', 'me', 'my']);

/**
 * A question put to colleagues as talk, not an open point of the case: the asker's own need
 * ("any angle I should know about?"), a fallback ask ("can we at least …?"), a call for someone to
 * act ("is anyone looking?", "any chance someone can …?") or a guess put as a question ("could it be …?").
 */
function chat(s: Sentence | undefined): boolean {
  if (!s) return false;
  const words = s.tokens.filter((t) => t.pos !== 'PUNCT').map((t) => t.normal);
  // (a pronoun, not a path part: "/me/documents")
  const asker = (t: Sentence['tokens'][number], n: number): boolean =>
    ASKER.has(t.normal) &&
    (t.pos === 'PRON' || t.pos === 'DET') &&
    s.tokens[n - 1]?.pos !== 'SYM' &&
    s.tokens[n + 1]?.pos !== 'SYM';
  if (s.tokens.some(asker)) return true;
  if (words.some((w, n) => w === 'at' && words[n + 1] === 'least')) return true;
  const [first, second] = words;
  if (first === 'any' && second === 'chance') return true;
  if (
    (first === 'is' || first === 'are') &&
    (second === 'anyone' || second === 'someone' || second === 'anybody')
  )
    return words.length <= 5;
  return first === 'could' && (second === 'be' || (second === 'it' && words[2] === 'be'));
}

const COPULA = new Set(['is', 'was', 'are', 'were']);
const SITUATION = new Set(['this', 'that']);
/**
 * "Is this a known gap?", "is that expected?": the subject is the situation, pointed at and never
 * named; out of the thread the question asks nothing a lead can look up (a pronoun, not "that queue").
 */
function unnamed(s: Sentence | undefined): boolean {
  const [aux, subject, next, after] = s?.tokens ?? [];
  if (!COPULA.has(aux?.normal ?? '') || !SITUATION.has(subject?.normal ?? '')) return false;
  // "is that retry queue drained?": a noun right after, or one word on, names the thing
  const names = next?.pos === 'NOUN' || (after?.pos === 'NOUN' && next?.pos !== 'DET' && next?.pos !== 'ADP');
  // "is this the logging or a real slowdown?" weighs two causes; "is that possible to get the old
  // build?" names its matter in the infinitive: both ask something of their own
  const tokens = s?.tokens ?? [];
  const infinitive = tokens.some((t, i) => t.normal === 'to' && tokens[i + 1]?.pos === 'VERB');
  return !names && !infinitive && !tokens.some((t) => t.normal === 'or');
}

// "can we escalate to product?", "should this be routed to billing?": where the case goes is the
// packet's own decision (policy and rules), not an unknown about the case
// (the language layer gives "routed" the lemma "rout")
const ROUTING = new Set(['escalate', 'route', 'rout']);
const routing = (s: Sentence | undefined): boolean =>
  s?.tokens.some((t) => t.pos === 'VERB' && ROUTING.has(t.lemma)) ?? false;

/** The next item of the same conversation (source and channel), when someone else wrote it. */
function replyItem(ctx: ExtractContext, index: number): ExtractContext['items'][number] | null {
  const item = ctx.items[index];
  if (!item) return null;
  for (const next of ctx.items.slice(index + 1)) {
    if (next.ev.source !== item.ev.source || next.ev.meta?.channel !== item.ev.meta?.channel) continue;
    if (next.role === 'bot') continue;
    const same = next.ev.author?.name && next.ev.author.name === item.ev.author?.name;
    return same ? null : next;
  }
  return null;
}

/** True when the next message opens with a verdict ("no, they tried it") that is neither "no idea yet" nor "yes, if …". */
function settledNext(ctx: ExtractContext, index: number): boolean {
  const reply = replyItem(ctx, index);
  const first = cleanSentence(reply?.sentences[0] ?? '');
  return ANSWER.test(first) && !NOT_YET.test(first) && !reply?.analyzed[0]?.conditional;
}

/**
 * True when a later colleague's message in the same conversation speaks to `question` with a plain
 * statement: not a question, not hedged ("should be possible"), not "can't say yet". "Who …?" is
 * answered by the next colleague taking it ("mine", "on it") or naming the one who will.
 */
function answeredLater(ctx: ExtractContext, index: number, question: string): boolean {
  const asker = ctx.items[index];
  const reply = replyItem(ctx, index);
  const who = /^who\b/i.test(question);
  // "who owns it?" — "mine", "on it": the first reply takes it, whatever it asks next
  const first = reply?.analyzed[0];
  if (who && reply && !reply.isCustomer && first && !first.question) {
    const opener = first.tokens[0]?.normal ?? '';
    if (FIRST_PERSON.has(opener) || (first.tokens.length <= 4 && !NOT_YET.test(first.text))) return true;
  }
  // "how many tenants?" asks about tenants: the quantifier is not a word the answer repeats
  const asked = new Set(contentWords(question).filter((w) => w !== 'many' && w !== 'much'));
  const need = Math.min(2, asked.size);
  if (!asker) return false;
  for (const later of ctx.items.slice(index + 1)) {
    if (later.isCustomer || later.role === 'bot' || later.ev.source !== asker.ev.source) continue;
    if (later.ev.author?.name && later.ev.author.name === asker.ev.author?.name) continue;
    // the next reply answers with its first sentence ("not through the store, no"): when that is
    // plain, the rest may hedge; otherwise only what a message states plainly answers
    const verdict = later === reply && first !== undefined && !first.hedged && !first.question;
    const stated = later.analyzed.filter(
      (x) => !x.question && (verdict || !x.hedged) && !x.text.trim().endsWith('?'),
    );
    const text = stated.map((x) => cleanSentence(x.text)).join(' ');
    if (NOT_YET.test(text)) continue;
    // "how many tenants?" — "23 tenants had …": a short question needs only its own words back
    if (contentWords(text).filter((w) => asked.has(w)).length >= need) return true;
    // "who can sign this off?" — "needs Finance to sign off": one of its words and someone named
    const named = (x: Sentence) => x.tokens.some((t) => t.pos === 'PROPN');
    if (who && stated.some((x) => named(x) && contentWords(x.text).some((w) => asked.has(w)))) return true;
  }
  return false;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * "Seun, roll back 3.14 or …?": the name a note opens with to address a colleague is no part of the
 * question (a proper noun, then a comma, then more words).
 */
function withoutVocative(s: string, analyzed: Sentence | undefined): string {
  const tokens = analyzed?.tokens ?? [];
  const [name, comma] = tokens;
  if (name?.pos !== 'PROPN' || comma?.text !== ',' || !s.startsWith(name.text) || tokens.length < 5) return s;
  return capitalize(s.slice(s.indexOf(',') + 1).trim());
}

/**
 * A question that offers a choice without a question word, as notes write them: "roll back or
 * hotfix?", "same cause or separate limit?". Two sides joined by "or" before the question mark,
 * plainly asked (not hedged: "first guess: X or Y?" is a theory) and with no label before a colon.
 */
function offersChoice(s: Sentence | undefined): boolean {
  if (!s || s.hedged) return false;
  const tokens = s.tokens.filter((t) => t.pos !== 'PUNCT' || t.text === ':');
  const or = tokens.findIndex((t) => t.normal === 'or');
  return or >= 1 && or < tokens.length - 1 && !tokens.some((t) => t.text === ':') && tokens.length >= 5;
}

/** Questions raised by staff (never the customer, a bot or the draft), as questions, oldest first. */
export function deriveOpenQuestions(ctx: ExtractContext): string[] {
  return openQuestions(ctx).map((u) => u.question);
}

/** The same questions as unknowns, each citing the message that raised it. */
export function openQuestions(ctx: ExtractContext): Unknown[] {
  const out: string[] = [];
  const found: Unknown[] = [];
  const push = (question: string, item: ExtractContext['items'][number], sentence: string): void => {
    if (out.includes(question)) return;
    out.push(question);
    found.push(
      fromSentence(
        question,
        'The team raised it and the evidence does not settle it yet.',
        'open-question',
        item.id,
        sentence,
      ),
    );
  };
  for (const [index, item] of ctx.items.entries()) {
    // public staff questions are asked of the customer; the team's own open questions are internal
    if (
      item.isCustomer ||
      item.isPublic ||
      item.role === 'bot' ||
      item.unit === 'field' ||
      item.unit === 'log'
    )
      continue;
    for (const raw of item.sentences) {
      const analyzed = item.analyzed[item.sentences.indexOf(raw)];
      const s = withoutVocative(
        withoutMention(cleanSentence(raw).replace(FILLER, '')).replace(FILLER, '').trim(),
        analyzed,
      );
      let q: string | null = null;
      const labelled = LABELLED.exec(s);
      if (labelled?.[1]) {
        for (const part of labelled[1].split(/\s*;\s*/)) {
          const point = part.replace(/[.?!]+$/, '').trim();
          const question = opensQuestion(point) ? `${capitalize(point)}?` : `What about ${point}?`;
          if (point.split(/\s+/).length >= 2) push(question, item, raw);
        }
        continue;
      }
      // "I want to know how many stores …": the question inside, read from the sentence's structure
      const earlier = item.sentences.slice(0, item.sentences.indexOf(raw));
      const embedded =
        analyzed && !s.endsWith('?') ? embeddedQuestion(analyzed, (c) => resolveIt(c, earlier)) : null;
      if (embedded) {
        if (!answeredLater(ctx, index, embedded)) push(embedded, item, raw);
        continue;
      }
      const open = OPEN.exec(s);
      // "don't know the customer list offhand" names no question of its own
      if (open && !open[1] && /\bknow\b/i.test(open[0])) continue;
      if (open) {
        const rest = s
          .slice(open.index + open[0].length)
          .replace(/^yet\b[\s,]*/i, '')
          // the open point ends where the writer turns to something else: "… and I won't guess", "… but"
          .split(/\s[—–-]\s|[;!?,:]|\.(?=\s|$)|\s(?:but|and (?:i|we)|so)\s/i)[0]
          ?.replace(/\s+yet$/i, '')
          .trim();
        const wh = (open[1] ?? 'whether')
          .toLowerCase()
          .replace('wether', 'whether')
          .replace(/^if$/, 'whether');
        if (
          rest &&
          rest.split(/\s+/).length >= 3 &&
          !/^(?:no|not|none|will|would|can|could|should|let|going)\b/i.test(rest) &&
          // "not sure we should" is a doubt; "don't know whether we can" asks
          (open[1] !== undefined || !/^(?:i|we)\b/i.test(rest))
        ) {
          // "not sure how to …" asks "how", not "whether how"
          const asked = /^(?:how|why|where|what|which|who|when)\b/i.test(rest) && !open[1];
          const said = resolveIt(rest, item.sentences.slice(0, item.sentences.indexOf(raw)));
          // asked in the writer's own clause, turned round; a clause without its verb is skipped
          q = directQuestion(asked ? said : `${wh} ${said}`);
        }
      } else if (s.endsWith('?') && (opensQuestion(s) || offersChoice(analyzed)) && !REQUEST.test(s)) {
        // the item's last question (remarks may follow it), answered straight away by the next message
        const last = !item.sentences
          .slice(item.sentences.indexOf(raw) + 1)
          .some((x) => x.trim().endsWith('?'));
        if (last && settledNext(ctx, index)) continue;
        if (COMMS_QUESTION.test(s) || chat(analyzed) || unnamed(analyzed) || routing(analyzed)) continue;
        // "why are the pods still on the old IP?" — "JVM DNS cache: the pods keep the old IP": settled
        if (answeredLater(ctx, index, s)) continue;
        q = capitalize(
          s
            .replace(ASKED, '')
            .replace(DO_WE_KNOW, '')
            .replace(/\bwether\b/gi, 'whether')
            .replace(/\?+$/, '?'),
        );
      }
      if (q && q.length >= 15 && q.length <= 220) push(q, item, raw);
    }
  }
  return found.slice(-MAX);
}
