/**
 * @module The customer's questions in an update: each answered from what our side or a published
 * help article already says in public, or named once as what the next update will confirm.
 */

import { askWords } from '../extract/extract-asks.js';
import { contentWords } from '../extract/text/content-words.js';
import { crudeStem } from '../extract/text/word-stems.js';
import { analyze } from '../language/analyze.js';
import type { Evidence } from '../model/evidence.js';
import type { Claim } from '../model/packet.js';
import { askState } from './ask-state.js';
import { calmText, isHeated } from './calm-text.js';
import { claimText } from './claim-text.js';
import { FAULT_ASK } from './fault-verdict.js';
import { neutralTopic } from './legal-terms.js';
import { asksForAnswer, NEXT_QUESTION, namedClause, phraseQuestion, youAsked } from './question-phrasing.js';
import { topicOf } from './question-topic.js';
import { splitSentences } from './split-sentences.js';
import { earlierAnswer, settledByCustomer, settledByUs } from './update-earlier-answer.js';
import type { Said, UpdateMaterial } from './update-material.js';
import { withoutOwnLabel } from './update-own-label.js';
import {
  type AskMode,
  asksWhen,
  type CustomerRequest,
  findRequests,
  questionPart,
  requestLines,
  type UsePlaceholder,
} from './update-requests.js';

export const ETA_ASK =
  /\b(?:when|how long|how soon|eta|timeline|time ?frame|by when|fixed by|expect|today|tonight|tomorrow|this week|(?:a|the) date|before (?:then|friday|monday|tuesday|wednesday|thursday|saturday|sunday|the))\b/i;
// an amount asked back: "the € 19.152,00 back on our account", "I still want the $35"
const MONEY_BACK =
  /(?:[$€£]\s?\d[\d.,]*|\b\d[\d.,]*\s?(?:€|eur|euros?|usd|dollars?|gbp|pounds?)\b)[^.?!]{0,30}\bback\b|\b(?:want|need|expect)\b[^.?!]{0,12}[$€£]\s?\d/i;
// who bears a cost: "who pays the relocation of the guests", "why must we pay for a new gateway"
const WHO_PAYS =
  /\b(?:who (?:pays|will pay|is (?:going to )?pay(?:ing)?)|pay(?:ing)? for)\s+(?:for\s+)?(.{3,120})/i;
// a credit card or a discount code is not a request for compensation
export const COMPENSATION_ASK = new RegExp(
  `\\b(?:credit(?!\\s*cards?\\b)s?|refund\\w*|compensat\\w*|reimburs\\w*|money back|free months?|months? free|discount(?!\\s*codes?\\b)s?|goodwill|waive[ds]?|waiv(?:er|ing))\\b|${MONEY_BACK.source}|${WHO_PAYS.source}`,
  'i',
);
// words every ask has; they cannot tie an answer to a question
const ASK_NOISE = new Set(
  'need want like would please just also know tell let get make sure any anything something thing things way help able issue problem question'.split(
    ' ',
  ),
);
const MAX_ANSWER_CHARS = 300;
// a question asked without a question mark, as an item of "I need:" ("Whether …", "Which …", "Confirmation that …")
const INDIRECT_QUESTION =
  /^(?:(?:and|also|so|but),?\s+)?(?:(?:please )?(?:tell|let) (?:me|us)(?: know)? |(?:please )?(?:confirm|check|clarify|explain)(?: (?:to )?(?:me|us))?,? |(?:she|he|they|my \w+|our \w+) (?:asks|asked|wants to know|needs to know)(?: me| us)? )?(?:whether|which|what|who|how|why|confirmation (?:that|of|whether))\b(?!.*\b(?:i|we) (?:will|'ll|would|shall)\b)/i;
// "can you change it from your side?" asks us to act, not whether the fault is ours; "can you tell me …" still asks
const ASKS_US_TO_ACT =
  /^(?:can|could|will|would) you (?!(?:tell|confirm|say|explain|check|let|have|be)\b)\p{L}+/iu;
// the update names at most this many open questions and answers; statements and dropped asks do not count
const MAX_ASKS = 5;
// an action asked of us without a question: "Someone to re-run the import", "We need your team to …"
const ACTION_REQUEST =
  /^(?:(?:we|i)(?: really| still)? (?:need|want|would like|expect|ask for) )?(?:someone|somebody|a person|an engineer|your team)(?: (?:from|on) your (?:side|team|end))? to (.{6,200})$/i;

// a time offered for a call or meeting, and nothing else: "Can we do 15:30?", "whether you can talk tomorrow at 9"
const PROPOSAL_FRAME =
  /^(?:whether\s+)?(?:(?:can|could|shall|would) (?:we|you|i)|(?:we|you|i) (?:can|could)) (?:do|make it|meet|talk|speak|call|have it)\b(.*)$/i;
const TIME_WORD =
  /^(?:at|on|by|this|instead|today|tomorrow|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?:[:.]\d{2})?(?:am|pm|h)?|am|pm)$/i;

function proposesTime(question: string): boolean {
  const rest = PROPOSAL_FRAME.exec(question.trim().replace(/[?.!\s]+$/, ''))?.[1]?.trim();
  const words = rest ? rest.split(/\s+/) : [];
  return (
    words.length > 0 && words.every((w) => TIME_WORD.test(w)) && words.some((w) => /\d|day|tomorrow/i.test(w))
  );
}

export interface AskPlan {
  /** "- question? answer" lines, answered from public material */
  readonly answered: string[];
  /** the questions still to answer, in our voice and unquoted ("Should you roll back to 5.1?") */
  readonly open: string[];
  readonly eta: string[];
  readonly compensation: string[];
  /** what the customer needs, said back ("you need all rows for your carrier reconciliation") */
  readonly needs: string[];
  /** requests that are not questions (a call, a named owner, a written report, a list), once per kind */
  readonly requests: CustomerRequest[];
}

// "grade-sync" and "grade sync" are the same words
const stems = (text: string): Set<string> =>
  new Set(
    contentWords(text.replace(/(?<=\p{L})-(?=\p{L})/gu, ' '))
      .filter((w) => !ASK_NOISE.has(w))
      .map(crudeStem),
  );

function bestAnswer(
  ask: string,
  pool: readonly Said[],
  articleIds: ReadonlySet<string>,
  usable: (sentence: string) => boolean,
): Said | null {
  // an aside in brackets ("(header format, timestamp tolerance)") details the question; the answer need not repeat it
  const q = stems(ask.replace(/\s*\([^)]*\)/g, ''));
  if (q.size === 0) return null;
  let best: Said | null = null;
  let bestShared = 0;
  for (const s of pool) {
    if (s.text.endsWith('?') || s.text.length > MAX_ANSWER_CHARS || !usable(clean(s.text))) continue;
    // an article speaks to every reader: one shared word ("who was it sent to?" / "replays are sent …")
    // does not make its sentence the answer to this customer's question
    // one shared word ("will this work?" / "it works alongside …") ties no sentence of ours either
    if (q.size < 2) continue;
    // "one important thing:" leads into what follows; alone it answers nothing
    if (/:\s*$/.test(s.text)) continue;
    const shared = [...stems(s.text)].filter((w) => q.has(w)).length;
    // later statements supersede earlier ones on a tie
    if (shared >= Math.min(2, q.size) && shared / q.size >= 0.6 && shared >= bestShared) {
      best = s;
      bestShared = shared;
    }
  }
  return best;
}

// "As we wrote in our reply of 4 March, …": the frame an earlier answer is given in
const EARLIER_FRAME = /^As we wrote in our reply of [^,]+,\s*/;
const sameWords = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * "You asked whether …", or "You asked about <topic>." when the question's own words may not reach
 * the customer (the guard would cut them), or '' when neither may.
 */
export function sayable(
  phrased: string,
  names: ReadonlySet<string>,
  usable: (sentence: string) => boolean,
): string {
  // a legal characterisation is not said back: the ask is named by what we can tell them
  const neutral = neutralTopic(phrased);
  if (neutral) return `You asked ${neutral}.`;
  const said = youAsked(phrased, names);
  if (!said || usable(said)) return said;
  const topic = topicOf(phrased, { said: true });
  const byTopic = topic ? `You asked about ${topic}.` : '';
  return byTopic && usable(byTopic) ? byTopic : '';
}

const OPENING = new Set(['the', 'a', 'an', 'our', 'my', 'any', 'which', 'what']);
const RELATIVE = new Set(['which', 'that', 'who', 'whom', 'where', 'when', 'whether']);

/**
 * An ask that is only the thing wanted ("the format in which the audit trail will be delivered", "a
 * plan for moving the archive"): a noun phrase with no verb of its own before its relative clause.
 */
function isThingAsked(text: string): boolean {
  const tokens = analyze(text).sentences[0]?.tokens ?? [];
  if (!OPENING.has(tokens[0]?.normal ?? '') || tokens.length < 3) return false;
  const words = tokens.filter((t) => t.kind === 'word');
  for (const [i, t] of words.entries()) {
    if (i === 0) continue;
    if (RELATIVE.has(t.normal)) return true;
    // "a plan for clawing back the points": an -ing form after a preposition belongs to the noun phrase
    if (t.pos === 'VERB' && t.normal.endsWith('ing') && AFTER_PREPOSITION.has(words[i - 1]?.pos ?? ''))
      continue;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  // "A plan for the extra points.": a noun phrase with no verb at all is the thing wanted
  return words.length >= MIN_THING_WORDS;
}

const MIN_THING_WORDS = 4;
// the tagger reads "for" before an -ing form as a subordinating word
const AFTER_PREPOSITION = new Set(['ADP', 'SCONJ']);

/** "- You asked whether … <answer>", or the answer alone when the question cannot be named cleanly. */
const answeredLine = (asked: string, answer: string): string => `- ${asked ? `${asked} ` : ''}${answer}`;

function clean(text: string): string {
  return (
    text
      .replace(/\*\*/g, '')
      .replace(/`([^`]+)`/g, '"$1"')
      .replace(/^(?:thanks?(?: you)?(?: for [^,.—–-]+)?|hi [\p{L}'-]+)[,!.—–-]*\s*/iu, '')
      // "Then go to Trash …": a connective that led on from the sentence before reads oddly alone
      .replace(/^(?:then|so|and|also|ok(?:ay)?)\b[,\s]+(?=\p{L})/iu, '')
      .replace(/^\p{Ll}/u, (c) => c.toUpperCase())
      .replace(/\s+/g, ' ')
      .trim()
  );
}

// a numbered, lettered or bulleted line of a list: "1. …", "2) …", "(b) …", "- …"
const LIST_ITEM = /^\s*(?:\d{1,2}[.)]|\(?[a-h]\)|[-*•])\s+(\S.*)$/;
const MAX_LISTED = 6;

/** The list items right under the lead-in `lead` in `text` (its message), in order; none when no list follows. */
export function listedUnder(lead: string, text: string): string[] {
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => l.trim().endsWith(lead.slice(-Math.min(lead.length, 40))));
  if (at < 0) return [];
  const items: string[] = [];
  for (const line of lines.slice(at + 1)) {
    const m = LIST_ITEM.exec(line);
    if (!m?.[1]) break;
    items.push(m[1].trim());
  }
  return items.slice(0, MAX_LISTED);
}

/**
 * Sorts the customer's asks into answered, open, timing, compensation and stated needs.
 * `notOurFault` answers a question whether this is a bug or our fault when the packet's public
 * facts (a chosen help article of a customer-side or documented kind, our assessment) already do.
 * `usable` says whether a sentence may reach the customer (the leak guard): an answer it would cut
 * leaves the question open instead of unanswered.
 */
export function planAsks(
  asks: readonly Claim[],
  material: UpdateMaterial,
  notOurFault: string | null = null,
  usable: (sentence: string) => boolean = () => true,
  /** what our status page said in public about the incident the thread is about */
  status: readonly Said[] = [],
): AskPlan {
  const plan: AskPlan = { answered: [], open: [], eta: [], compensation: [], needs: [], requests: [] };
  const pool = [...material.articles, ...status, ...material.ours];
  // the question said back, by its topic when its own words may not reach the customer
  const asked = (phrased: string): string => sayable(phrased, material.names, usable);
  const seen = new Set<string>();
  // "We need to know 1) when … and 2) whether …": each numbered part is an ask of its own
  const parts = asks
    .filter((ask) => ask.cites.slice(0, 1).every((c) => material.publicIds.has(c)))
    .flatMap((ask): { words: string; at: string | undefined; item: string | undefined }[] => {
      const item = ask.cites[0];
      const at = material.customer.find((c) => c.item.id === item)?.item.at ?? undefined;
      // the problem context extraction adds may itself hold parentheses: "(re: … (street1 too long) …)"
      const words = askWords(claimText(ask.value)).replace(/ \(re: .*\)$/s, '');
      // "Under our agreement we'd like:" leads in to the items listed under it in their message
      const listed = words.trim().endsWith(':')
        ? listedUnder(
            words.trim(),
            material.customer.find((c) => c.item.id === ask.cites[0])?.item.text ?? '',
          )
        : [];
      if (listed.length > 0) return listed.map((p) => ({ words: p, at, item }));
      if (!/(?:^|\s)1\)\s/.test(words) || !/\s2\)\s/.test(words)) return [{ words, at, item }];
      return words
        .split(/\s*(?:,?\s*and\s+)?(?:^|\s)\d\)\s+/)
        .slice(1)
        .map((p) => ({ words: p.trim().replace(/[,;]\s*$/, ''), at, item }));
    });
  // the same sentence of ours is given as the answer once, however many questions it answers
  const givenAlready = (answer: string): boolean => {
    const core = sameWords(answer.replace(EARLIER_FRAME, ''));
    return core.length > 0 && plan.answered.some((line) => sameWords(line).includes(core));
  };
  // an open question: a part our side answered since in public is answered from that reply
  const openOrAnswered = (phrased: string, at: string | undefined): void => {
    const pieces = phrased.split(NEXT_QUESTION);
    const left: string[] = [];
    // each part of a direct question is a direct question: "where is it?" is not "where it is"
    const mark = phrased.trim().endsWith('?') ? '?' : '';
    // parts one sentence of ours answers are asked back together, answered once
    const byReply = new Map<string, string[]>();
    for (let k = 0; k < pieces.length; k += 2) {
      const piece = (pieces[k] ?? '').replace(/[?.,;\s]+$/, '');
      const reply = piece ? earlierAnswer(piece, at, [...material.scripted, ...material.ours], usable) : null;
      if (reply) byReply.set(reply, [...(byReply.get(reply) ?? []), piece]);
      // a part our later public reply spoke to is settled: not put off again, not given a slot
      else if (piece && !settledByUs(piece, at, material.ours)) left.push(piece);
    }
    for (const [reply, parts] of byReply)
      if (!givenAlready(reply))
        plan.answered.push(answeredLine(asked(`${capital(parts.join(', and '))}${mark}`), reply));
    if (left.length === (pieces.length + 1) / 2) plan.open.push(withoutOwnLabel(phrased));
    else if (left.length > 0) plan.open.push(withoutOwnLabel(capital(left.join(', and '))));
  };
  for (const { words: part, at, item } of parts) {
    // "Should we roll back? Rollback means we lose …": the question is what to answer, the rest is context
    const end = part.lastIndexOf('? ');
    const words = end > 0 && !part.trim().endsWith('?') ? part.slice(0, end + 1) : part;
    const text = calmText(words.trim(), material.vocabulary);
    if (text.length === 0 || seen.has(text) || isHeated(text)) continue;
    seen.add(text);
    const question = text.endsWith('?');
    const indirect = !question && INDIRECT_QUESTION.test(text);
    // a status ping, a guess with a question mark, a plea to hurry: the update itself is the answer
    const unasked = (question || indirect) && !asksForAnswer(questionPart(text));
    // one state per ask (ask-state.ts): a question or request our side already spoke to in public
    // after it was asked is settled — the customer has that answer, so it is neither asked back nor
    // given a slot; a timing or compensation ask stays with its gate
    const gated = COMPENSATION_ASK.test(text) || (question && asksWhen(questionPart(text)));
    const asks = question || indirect || ACTION_REQUEST.test(text) || findRequests(text).length > 0;
    if (!unasked && !gated && asks) {
      const state = askState({ text: question ? questionPart(text) : text, at, item }, material, usable);
      if (state.state === 'settled') continue;
    }
    // a when-question is answered by a time, which only the ETA gate gives; a statement is not asked
    const answer =
      unasked || (!question && !indirect) || (question && asksWhen(questionPart(text)))
        ? null
        : bestAnswer(text, pool, material.articleIds, usable);
    // a request of a kind the update answers on its own line (a call, an owner, a report, a list)
    // a refund asked as "please refund …" is a compensation ask, which its gate decides
    const requests = answer
      ? []
      : findRequests(text).filter((r) => r.kind !== 'action' || !COMPENSATION_ASK.test(text));
    // one line per kind; a statement to confirm or an action asked stands on its own
    const distinct = (r: CustomerRequest, p: CustomerRequest): boolean =>
      p.kind !== r.kind || ((r.kind === 'action' || r.kind === 'confirm') && p.what !== r.what);
    for (const r of requests) if (plan.requests.every((p) => distinct(r, p))) plan.requests.push(r);
    if (answer) {
      // one answer is given once: a second question it answers is answered by the first line
      if (!givenAlready(clean(answer.text)))
        plan.answered.push(answeredLine(asked(phraseQuestion(questionPart(text))), clean(answer.text)));
    } else if (
      (question || indirect) &&
      !unasked &&
      notOurFault &&
      FAULT_ASK.test(text) &&
      !asksWhen(questionPart(text)) &&
      !ASKS_US_TO_ACT.test(questionPart(text))
    )
      plan.answered.push(answeredLine(asked(phraseQuestion(questionPart(text))), notOurFault));
    else if (COMPENSATION_ASK.test(text)) plan.compensation.push(text);
    else if (requests.length > 0 || unasked) continue;
    else if (question) {
      // "I need X today: what is the plan?" asks the question after the colon
      const asked = questionPart(text);
      if (asksWhen(asked)) plan.eta.push(asked);
      else if (!settledByCustomer(asked, at, material.customer)) openOrAnswered(phraseQuestion(asked), at);
    } else if (indirect && !settledByCustomer(text, at, material.customer))
      openOrAnswered(phraseQuestion(text), at);
    else if (ACTION_REQUEST.test(text)) {
      // "Someone to remove the duplicates on your side – …": an action asked of us, named like a question
      const action =
        ACTION_REQUEST.exec(text)?.[1]
          ?.split(/\s[-–—]\s|;/)[0]
          ?.trim() ?? '';
      if (action) plan.open.push(phraseQuestion(`Whether someone can ${action}`));
    } else if (ETA_ASK.test(text)) plan.eta.push(text);
    else if (/^(?:we|i)(?: really| still| urgently)? (?:need|want|must have|have to)\b/i.test(text))
      plan.needs.push(text);
    else if (
      isThingAsked(text) &&
      !settledByCustomer(text, at, material.customer) &&
      !settledByUs(text, at, material.ours)
    )
      // "(b) the format in which the audit trail will be delivered": an item of "please confirm:"
      plan.open.push(withoutOwnLabel(phraseQuestion(text)));
  }
  // "Can we do 15:30?" proposes a time for the call the request line already says we will confirm
  if (plan.requests.some((r) => r.kind === 'call')) {
    const kept = plan.open.filter((q) => !proposesTime(q));
    plan.open.splice(0, plan.open.length, ...kept);
  }
  plan.open.splice(MAX_ASKS);
  plan.answered.splice(MAX_ASKS);
  return plan;
}

// "Delayed receipts (EU) — postmortem: Postmortem | | On 7 December …": the page's own heading and components
const STATUS_HEAD = /^.*?\s[—–-]\s(\w+):\s*/;
const COMPONENTS = /\s*(?:\||\n)\s*Components:.*$/s;

/**
 * The sentences our status page published about the incident named `name`, as statements of ours
 * that may answer a question, and whether it published a postmortem.
 */
export function statusStatements(
  evidence: readonly Evidence[],
  publicIds: ReadonlySet<string>,
  name: string | null,
): { said: Said[]; postmortem: boolean } {
  const said: Said[] = [];
  let postmortem = false;
  if (!name) return { said, postmortem };
  for (const item of evidence) {
    if (item.meta?.unit !== 'update' || item.meta?.subject !== name || !publicIds.has(item.id)) continue;
    const state = STATUS_HEAD.exec(item.text)?.[1]?.toLowerCase();
    if (state === 'postmortem') postmortem = true;
    const body = item.text
      .replace(STATUS_HEAD, '')
      .replace(COMPONENTS, '')
      .replace(/\s*\|\s*/g, '\n');
    for (const text of splitSentences(body)) if (text.length >= 20) said.push({ text, item });
  }
  return { said, postmortem };
}

/** The written account a published postmortem already gives. */
export const POSTMORTEM_LINE =
  'The postmortem on our status page is our written account of what happened; you are welcome to use it.';

const FIX_WORDS = /\b(?:fix\w*|resolv\w*|work\w*|back|restor\w*|running|solved|sorted|again)\b/i;

const joinAnd = (parts: readonly string[]): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;

/**
 * A compensation ask said back by kind, as the customer's ask ("You asked for a refund and a
 * goodwill gesture", "You asked who covers the cost of the relocation of the walked guests"): the
 * gate decides it, the update only names it.
 */
export function compensationAsked(asks: readonly string[]): string {
  const wanted: string[] = [];
  const costs: string[] = [];
  const want = (label: string): void => {
    if (!wanted.includes(label)) wanted.push(label);
  };
  for (const ask of asks) {
    const pays = WHO_PAYS.exec(ask);
    const topic = pays?.[1] ? topicOf(pays[1]) : null;
    if (topic && !costs.includes(`who covers the cost of ${topic}`))
      costs.push(`who covers the cost of ${topic}`);
    if (/\brefund|reimburs|money back/i.test(ask) || MONEY_BACK.test(ask)) want('a refund');
    if (/\bcredit(?!\s*cards?\b)/i.test(ask)) want('a credit');
    if (/\bwaive|waiv(?:er|ing)\b/i.test(ask)) want('a waiver of your fees');
    if (/\bgoodwill\b/i.test(ask)) want('a goodwill gesture');
    if (/\b(?:compensat\w*|free months?|months? free|discount)/i.test(ask)) want('compensation');
  }
  const parts = [...(wanted.length > 0 ? [`for ${joinAnd(wanted)}`] : []), ...costs];
  return parts.length > 0 ? `You asked ${parts.join(', and ')}` : 'You asked about the charges';
}

/** The open questions as the update names them: "whether …", "your question about …", or as asked. */
interface OpenItem {
  /** the question as an item of "Our next update will answer:" */
  readonly item: string;
  /** the question as its own reported sentence ("You asked …"), for an item the guard would cut */
  readonly asked: string;
}

function openItems(
  open: readonly string[],
  names: ReadonlySet<string>,
  usable: (sentence: string) => boolean,
): OpenItem[] {
  return open.flatMap((q) => {
    const asked = sayable(q, names, usable);
    if (!asked) return [];
    const named =
      asked === youAsked(q, names) ? namedClause(q) : { clause: asked.replace(/^You asked |\.$/g, '') };
    if (!named) return [];
    if ('direct' in named)
      return [{ item: `your question: ${inlineQuestionText(named.direct, names)}`, asked }];
    // a thing asked for ("the format in which …") is named as it is; a question's topic is what we can say about it
    const thing = !q.trim().endsWith('?') && named.clause.startsWith('about ');
    const item = thing
      ? named.clause.slice('about '.length)
      : named.clause.startsWith('about ')
        ? `what we can tell you ${named.clause}`
        : named.clause;
    return [{ item, asked }];
  });
}

const inlineQuestionText = (q: string, names: ReadonlySet<string>): string =>
  youAsked(q, names).replace(/^You asked:\s*/, '');

/**
 * The lines that handle the customer's questions and requests, each once and by its kind: the
 * answered ones with their public answer; each request on its own line; timing and compensation as
 * placeholders tied to their gates; each open question named in our voice — in an incident as what
 * the next update will answer, when resolved as what I will come back on, when support answers now
 * with a `{{ANSWER}}` a person words before sending.
 */
export function askLines(
  plan: AskPlan,
  options: {
    mode: AskMode;
    names: ReadonlySet<string>;
    /** steps the customer can follow now are in the update */
    steps: boolean;
    /** a fix is still owed (not when the thread says it works again in a case support handles) */
    fixOwed?: boolean;
    /** a decision to take, not a fix: its timing is not "timing for a fix" */
    deciding?: boolean;
    /**
     * a defect, outage or fix is in flight (false: nothing is being built or repaired, so there is no
     * timing to gate; a "when" ask is a question like any other)
     */
    inFlight?: boolean;
    publicReport: string | null;
    /** someone on our side offered a written account */
    reportOffered?: boolean;
    use: (kind: 'routing' | 'eta' | 'customer_send' | 'compensation', token: string) => string | null;
    /** whether a sentence may reach the customer (the leak guard) */
    usable?: (sentence: string) => boolean;
  },
): string[] {
  const { mode, use } = options;
  let asks = plan;
  const out: string[] = [];
  // with nothing in flight, "when can you …?" has no fix timing behind it: a question is asked like
  // any other; a plea for speed ("we need it today, please") is not named, the facts around it answer it
  if (options.inFlight === false && asks.eta.length > 0) {
    const questions = asks.eta.filter((e) => e.trim().endsWith('?')).map((e) => phraseQuestion(e));
    asks = { ...asks, eta: [], open: [...asks.open, ...questions] };
  }
  if (asks.answered.length > 0) out.push('On your questions:', ...asks.answered, '');
  const requests = requestLines(asks.requests, {
    mode,
    publicReport: options.publicReport,
    ...(options.reportOffered === undefined ? {} : { reportOffered: options.reportOffered }),
    use: use as UsePlaceholder,
  });
  if (requests.length > 0) out.push(...requests, '');
  const tail: string[] = [];
  // once resolved, no fix is owed: the timing of one is not news
  if (asks.eta.length > 0 && mode !== 'resolved' && options.fixOwed !== false) {
    const token = use('eta', '{{ETA}}');
    // "the date by which the export will be delivered" asks for a date, not for a fix
    const fix = asks.eta.some((e) => FIX_WORDS.test(e));
    if (token)
      tail.push(
        mode === 'incident' && fix && !options.deciding
          ? `On timing for a fix: ${token}.`
          : `On timing: ${token}.`,
      );
    else if (mode === 'answer' && options.steps)
      tail.push('You can do this yourself right away with the steps above.');
    else if (mode === 'incident') tail.push('We will share timing for a fix as soon as we can confirm it.');
  }
  if (asks.compensation.length > 0) {
    const token = use('compensation', '{{COMPENSATION}}');
    const asked = compensationAsked(asks.compensation);
    tail.push(token ? `${asked}: ${token}` : `${asked}. I have passed this on to our account team.`);
  }
  const usable = options.usable ?? (() => true);
  const items = openItems(asks.open, options.names, usable);
  if (mode === 'answer') {
    // support answers now: what only a person can word waits for the send gate, one slot per question
    const slot = use('customer_send', '{{ANSWER}}');
    for (const q of asks.open) {
      const asked = sayable(q, options.names, usable);
      if (asked) tail.push(slot ? `${asked} ${slot}` : asked);
    }
  } else if (items.length > 0) {
    const next = mode === 'incident' ? 'Our next update will' : 'I will come back to you to';
    // a question that names a day ("before Friday") reads to the guard as our promise unless reported
    const listed = items.filter((i) => usable(i.item));
    const reported = items.filter((i) => !usable(i.item));
    const only = listed[0];
    if (listed.length === 1 && only)
      tail.push(
        only.item.startsWith('your question: ')
          ? `${next} answer ${only.item}`
          : `${next} confirm ${only.item}.`,
      );
    else if (listed.length > 1) tail.push(`${next} answer:`, ...listed.map((i) => `- ${i.item}`));
    const later =
      mode === 'incident' ? 'Our next update will answer that' : 'I will come back to you on that';
    for (const r of reported) {
      const asked = listed.length > 0 ? r.asked.replace(/^You asked\b/, 'You also asked') : r.asked;
      tail.push(`${asked} ${later}${listed.length > 0 ? ' too' : ''}.`);
    }
  }
  if (tail.length > 0) out.push(...tail, '');
  return out;
}
