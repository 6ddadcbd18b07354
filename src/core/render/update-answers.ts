/**
 * @module The customer's questions in an update: each answered from what our side or a published
 * help article already says in public, or named once as what the next update will confirm.
 */
import { askWords } from '../extract/extract-asks.js';
import { contentWords } from '../extract/text/content-words.js';
import { crudeStem } from '../extract/text/word-stems.js';
import type { Claim } from '../model/packet.js';
import { calmText, isHeated } from './calm-text.js';
import { claimText } from './claim-text.js';
import { asksForAnswer, NEXT_QUESTION, phraseQuestion, youAsked } from './question-phrasing.js';
import { earlierAnswer, settledByCustomer } from './update-earlier-answer.js';
import type { Said, UpdateMaterial } from './update-material.js';
import { withoutOwnLabel } from './update-own-label.js';
import { asksWhen, type CustomerRequest, findRequests, questionPart } from './update-requests.js';

export const ETA_ASK =
  /\b(?:when|how long|how soon|eta|timeline|time ?frame|by when|fixed by|expect|today|tonight|tomorrow|this week|before (?:then|friday|monday|tuesday|wednesday|thursday|saturday|sunday|the))\b/i;
// a credit card or a discount code is not a request for compensation
export const COMPENSATION_ASK =
  /\b(?:credit(?!\s*cards?\b)s?|refund\w*|compensat\w*|reimburs\w*|money back|free months?|months? free|discount(?!\s*codes?\b)s?)\b/i;
// words every ask has; they cannot tie an answer to a question
const ASK_NOISE = new Set(
  'need want like would please just also know tell let get make sure any anything something thing things way help able issue problem question'.split(
    ' ',
  ),
);
const MAX_ANSWER_CHARS = 300;
// a question asked without a question mark, as an item of "I need:" ("Whether …", "Which …", "Confirmation that …")
const INDIRECT_QUESTION =
  /^(?:(?:she|he|they|my \w+|our \w+) (?:asks|asked|wants to know|needs to know)(?: me| us)? )?(?:whether|which|what|who|how|why|confirmation (?:that|of|whether))\b(?!.*\b(?:i|we) (?:will|'ll|would|shall)\b)/i;
// the update names at most this many open questions and answers; statements and dropped asks do not count
const MAX_ASKS = 5;
// an action asked of us without a question: "Someone to re-run the import", "We need your team to …"
const ACTION_REQUEST =
  /^(?:(?:we|i)(?: really| still)? (?:need|want|would like|expect|ask for) )?(?:someone|somebody|a person|an engineer|your team)(?: (?:from|on) your (?:side|team|end))? to (.{6,200})$/i;

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

const stems = (text: string): Set<string> =>
  new Set(
    contentWords(text)
      .filter((w) => !ASK_NOISE.has(w))
      .map(crudeStem),
  );

// "Is it a bug?", "is this on your side or ours?", "did your release break it?"
const FAULT_ASK =
  /\b(?:bugs?|defects?|faults?|broken|break|broke|on your (?:side|end)|from you|your (?:side|end|fault|release|update|platform|system|servers?|plugin|app|service))\b/i;

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
    if (q.size < 2 && articleIds.has(s.item.id)) continue;
    const shared = [...stems(s.text)].filter((w) => q.has(w)).length;
    // later statements supersede earlier ones on a tie
    if (shared >= Math.min(2, q.size) && shared / q.size >= 0.6 && shared >= bestShared) {
      best = s;
      bestShared = shared;
    }
  }
  return best;
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

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
): AskPlan {
  const plan: AskPlan = { answered: [], open: [], eta: [], compensation: [], needs: [], requests: [] };
  const pool = [...material.articles, ...material.ours];
  const seen = new Set<string>();
  // "We need to know 1) when … and 2) whether …": each numbered part is an ask of its own
  const parts = asks
    .filter((ask) => ask.cites.slice(0, 1).every((c) => material.publicIds.has(c)))
    .flatMap((ask): { words: string; at: string | undefined }[] => {
      const at = material.customer.find((c) => c.item.id === ask.cites[0])?.item.at ?? undefined;
      // the problem context extraction adds may itself hold parentheses: "(re: … (street1 too long) …)"
      const words = askWords(claimText(ask.value)).replace(/ \(re: .*\)$/s, '');
      if (!/(?:^|\s)1\)\s/.test(words) || !/\s2\)\s/.test(words)) return [{ words, at }];
      return words
        .split(/\s*(?:,?\s*and\s+)?(?:^|\s)\d\)\s+/)
        .slice(1)
        .map((p) => ({ words: p.trim().replace(/[,;]\s*$/, ''), at }));
    });
  // an open question: a part our side answered since in public is answered from that reply
  const openOrAnswered = (phrased: string, at: string | undefined): void => {
    const pieces = phrased.split(NEXT_QUESTION);
    const left: string[] = [];
    for (let k = 0; k < pieces.length; k += 2) {
      const piece = (pieces[k] ?? '').replace(/[?.,;\s]+$/, '');
      const reply = piece ? earlierAnswer(piece, at, material.ours, usable) : null;
      if (reply) plan.answered.push(`- ${youAsked(capital(piece), material.names)} ${reply}`);
      else if (piece) left.push(piece);
    }
    if (left.length === (pieces.length + 1) / 2) plan.open.push(withoutOwnLabel(phrased));
    else if (left.length > 0) plan.open.push(withoutOwnLabel(capital(left.join(', and '))));
  };
  for (const { words: part, at } of parts) {
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
    // a when-question is answered by a time, which only the ETA gate gives; a statement is not asked
    const answer =
      unasked || (!question && !indirect) || (question && asksWhen(questionPart(text)))
        ? null
        : bestAnswer(text, pool, material.articleIds, usable);
    // a request of a kind the update answers on its own line (a call, an owner, a report, a list)
    const requests = answer ? [] : findRequests(text);
    for (const r of requests) if (!plan.requests.some((p) => p.kind === r.kind)) plan.requests.push(r);
    if (answer)
      plan.answered.push(
        `- ${youAsked(phraseQuestion(questionPart(text)), material.names)} ${clean(answer.text)}`,
      );
    else if ((question || indirect) && notOurFault && FAULT_ASK.test(text) && !asksWhen(questionPart(text)))
      plan.answered.push(`- ${youAsked(phraseQuestion(questionPart(text)), material.names)} ${notOurFault}`);
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
  }
  plan.open.splice(MAX_ASKS);
  plan.answered.splice(MAX_ASKS);
  return plan;
}
