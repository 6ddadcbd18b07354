/**
 * @module A step left with the customer, read from token order and part of speech: our side says
 * what the customer has to do ("they need to add the 2 records back", "what they need to do: put
 * the current secret in their listener, then resend the failed events", "ask the customer to bring
 * the tablets online") or asks them to do it ("please switch the rule off"). Until a later message
 * reports it done (steps.ts reads that), the lead asks "Has the customer <done it>?".
 */
import type { Sentence, Token } from '../language/types.js';
import { saysFailure } from './error-context.js';

/** Who wrote the sentence: our reply to the customer, our internal note, or the customer. */
export type StepSource = 'reply' | 'note' | 'customer';

export interface Step {
  /** the verb's lemma: "add" */
  readonly verb: string;
  /** what follows the verb, in the customer's third person: "the 2 records back" */
  readonly object: string;
  /** the verb as written when the sentence already has it done-shaped ("haven't re-added …") */
  readonly done?: string;
}

// the customer as the one who acts: "they", "she", "the customer"
const THEY = new Set(['they', 'she', 'he', 'customer']);
// "need to", "have to", "has to", "must" ("should" is advice: "they should lean on e-mail")
const NEED = new Set(['need', 'needs', 'have', 'has']);
const MUST = new Set(['must']);
// who is asked to act: the customer ("them", "the customer", "your admin"), not a team of ours ("T&S")
const THEIRS = new Set(['them', 'her', 'him', 'customer', 'your', 'their']);
// telling, waiting and keeping are no step with an end a later message reports; "send me" is a
// request for information, which the customer's next reply answers; reading, going to or
// considering something and trying or testing it are attention, not a change on their side; "do"
// and "make" are light verbs whose meaning sits in a noun that points back ("make the change")
const NOT_STEPS = new Set(
  'be have need want get know let tell share send reply respond confirm contact call email message keep continue carry hold avoid follow wait note stay leave try test see look check use ask advise give hope thank feel do make go read refer visit consider suggest'.split(
    ' ',
  ),
);
// a step's action ends where a new clause starts ("… so the events upload", "… before the run")
const ENDS = new Set([
  'so',
  'once',
  'because',
  'unless',
  'while',
  'but',
  'though',
  'although',
  'if',
  'until',
]);
const BREAKS = new Set([';', ':', '—', '–', '(', ')', '!', '?', '.']);
const WE = new Set(['i', 'we']);
const WE_ARE = new Set(["i'm", "we're", 'im']);
const FUTURE = new Set(['will', "'ll", 'shall', 'gonna']);
const BE = new Set(['am', "'m", 'are', "'re"]);
const EMBEDS = new Set(['when', 'whether', 'if', 'what', 'how', 'that', 'once']);
const SECOND_PERSON: Record<string, string> = { you: 'they', your: 'their', yours: 'theirs' };
const OBJECT_POS = new Set(['NOUN', 'PROPN', 'NUM']);

const at = (tokens: readonly Token[], k: number): string => tokens[k]?.normal ?? '';
const isBase = (t: Token | undefined): boolean =>
  t !== undefined && t.pos === 'VERB' && !t.negated && (t.lemma || t.normal) === t.normal;
// where only a verb can stand (after "to", "please", ", then") the tagger at times reads a noun or an
// adjective ("then resend the failed events", "to re-enable Routes"); what follows it says verb
const TAGGED_AS = new Set(['NOUN', 'ADJ', 'PROPN']);
const OBJECT_START = new Set(['DET', 'ADP', 'PRON', 'PROPN', 'NUM']);
const verbAt = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  if (!t || t.negated) return false;
  return (
    isBase(t) ||
    (TAGGED_AS.has(t.pos) && !t.normal.endsWith('s') && OBJECT_START.has(tokens[k + 1]?.pos ?? ''))
  );
};

/** Where the customer's steps start in `s`, by who says it to whom; [] when none. */
function stepVerbs(s: Sentence, by: StepSource): number[] {
  const tokens = s.tokens;
  const found: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = at(tokens, i);
    if (by === 'customer') {
      // the customer's own plan: "I will recreate the container …", "we're going to re-import …"
      // "… then I will end up with …": a consequence, not a plan; "tell me when we will receive …":
      // a plan asked about, inside a clause
      if ((!WE.has(w) && !WE_ARE.has(w)) || at(tokens, i - 1) === 'then' || EMBEDS.has(at(tokens, i - 1)))
        continue;
      let k = i + 1;
      if (FUTURE.has(at(tokens, k))) k++;
      else if (WE_ARE.has(w) || BE.has(at(tokens, k))) {
        if (!WE_ARE.has(w)) k++;
        if (at(tokens, k) !== 'going' || at(tokens, k + 1) !== 'to') continue;
        k += 2;
      } else continue;
      while (tokens[k]?.pos === 'ADV') k++;
      found.push(k);
      continue;
    }
    // "ask the customer to bring …", "asked them to re-enable …"
    if ((tokens[i]?.lemma ?? w) === 'ask' && !tokens[i]?.negated) {
      const to = tokens.slice(i + 1, i + 5).findIndex((t) => t.normal === 'to');
      const who = tokens.slice(i + 1, i + 1 + Math.max(to, 0));
      if (to >= 0 && who.some((t) => THEIRS.has(t.normal))) found.push(i + 2 + to);
      continue;
    }
    if (by === 'reply') {
      // "please switch the rule off"; "you need to / you'll need to / you should re-enable …"
      if (w === 'please' && (i === 0 || tokens[i - 1]?.text === ',')) found.push(i + 1);
      // the addressed "you" opens the clause; "situations where you need to …" is anyone
      if (w === 'you' && (i === 0 || tokens[i - 1]?.text === ',') && !s.hedged) {
        let k = i + 1;
        if (at(tokens, k) === 'will' || at(tokens, k) === "'ll") k++;
        if (NEED.has(at(tokens, k)) && at(tokens, k + 1) === 'to') found.push(k + 2);
      }
      continue;
    }
    // internal: "they need to add …", "she just needs to …", "the customer has to …"
    if (!THEY.has(w)) continue;
    let k = i + 1;
    while (tokens[k]?.pos === 'ADV') k++;
    if (NEED.has(at(tokens, k)) && at(tokens, k + 1) === 'to') found.push(k + 2);
    else if (MUST.has(at(tokens, k))) found.push(k + 1);
    // "what they need to do: put …, then resend …"
    const colon = tokens.findIndex((t, j) => j > k && t.text === ':');
    if (found.at(-1) !== undefined && at(tokens, found.at(-1) as number) === 'do' && colon > 0) {
      found.pop();
      found.push(colon + 1);
    }
  }
  return found;
}

/** The action from the verb at `v` to where a new clause starts; ", then resend …" is a step of its own. */
function actionEnd(tokens: readonly Token[], v: number): number {
  let end = v + 1;
  while (end < tokens.length) {
    const t = tokens[end] as Token;
    if (ENDS.has(t.normal) || BREAKS.has(t.text) || t.text === ',') break;
    if ((t.normal === 'and' || t.normal === 'then' || t.normal === 'or') && verbAt(tokens, end + 1)) break;
    end++;
  }
  return end;
}

/** The tokens as written, with the spaces between them, "your" in the customer's third person. */
function asWritten(s: Sentence, tokens: readonly Token[]): string {
  return tokens
    .map((t, k) => {
      const next = tokens[k + 1];
      const gap = next ? s.text.slice(t.end - s.start, next.start - s.start) : '';
      return (SECOND_PERSON[t.normal] ?? t.text) + gap;
    })
    .join('');
}

/**
 * Our reply's remedy offered on a condition, "If you choose Europe/Dublin, the times will be right":
 * where the verb after "if you" stands, when the clause after the comma promises an outcome (will,
 * 'll, should) and neither clause is negated; -1 otherwise. "If you click Save, it crashes" (no
 * outcome ahead) and "if you delete it, you won't get it back" (a warning) are no step.
 */
function offeredOnCondition(tokens: readonly Token[]): number {
  if (at(tokens, 0) !== 'if' || at(tokens, 1) !== 'you') return -1;
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 3 || tokens.some((t) => t.negated || t.normal === 'not')) return -1;
  const outcome = tokens.slice(comma + 1);
  // "…, it will fail again", "…, you will lose the data": a warning
  if (outcome.some((t) => t.lemma === 'lose' || saysFailure(t.text))) return -1;
  return outcome.some((t) => FUTURE.has(t.normal) || t.normal === 'should') ? 2 : -1;
}

// "haven't seen him switch holiday mode off yet": what a note has not yet seen the customer do
const SEEN = new Set(['see', 'notice', 'hear']);
const THEM = new Set(['him', 'her', 'them']);

/**
 * A note's step the customer has not taken yet: "they haven't updated to 2.4.3 yet", "haven't seen
 * her re-enable the role yet": where the step's verb stands and whether it is written done-shaped;
 * null without "yet" (a plain "they haven't updated" reports, it leaves nothing pending).
 */
function notYet(tokens: readonly Token[]): { verb: number; done: boolean } | null {
  if (!tokens.some((t) => t.normal === 'yet')) return null;
  const not = tokens.findIndex(
    (t, k) => t.normal === 'not' && (at(tokens, k - 1) === 'have' || at(tokens, k - 1) === 'has'),
  );
  if (not < 1) return null;
  const subject = at(tokens, not - 2);
  let k = not + 1;
  while (tokens[k]?.pos === 'ADV') k++;
  // "haven't seen him switch …": the customer is the one seen (the note's writer did the looking)
  // (the tagger at times reads "re-enable" there as an adjective; an object after it says verb)
  const seen = tokens[k + 2];
  const verb =
    seen?.pos === 'VERB' || (TAGGED_AS.has(seen?.pos ?? '') && OBJECT_START.has(tokens[k + 3]?.pos ?? ''));
  if (SEEN.has(tokens[k]?.lemma ?? '') && THEM.has(at(tokens, k + 1)) && verb)
    return { verb: k + 2, done: false };
  return THEY.has(subject) && tokens[k]?.pos === 'VERB' ? { verb: k, done: true } : null;
}

// a menu path: "Settings > Store", "Admin › Roles"
const PATH = new Set(['>', '›', '»', '→']);

/** "go to Settings > Store", "open Admin › Roles": the place a later step is taken in, or ''. */
function menuPlace(s: Sentence, lemma: string, object: readonly Token[]): string {
  const to = lemma === 'go' && object[0]?.normal === 'to' ? 1 : 0;
  if ((lemma !== 'go' && lemma !== 'open') || !object.some((t) => PATH.has(t.text))) return '';
  return ` in ${asWritten(s, object.slice(to))}`;
}

/** The steps `s` leaves with the customer, as our reply to them, our internal note, or their own words. */
export function readSteps(s: Sentence, by: StepSource): Step[] {
  if (s.question || s.text.trim().endsWith('?')) return [];
  const tokens = s.tokens;
  if (by === 'note') {
    const pending = notYet(tokens);
    if (pending) return notYetStep(s, pending.verb, pending.done);
  }
  const offered = by === 'reply' ? offeredOnCondition(tokens) : -1;
  // "if it still fails, please …", "once it shows as resolved, please …": a step on a condition
  if (
    offered < 0 &&
    (s.conditional || ENDS.has(at(tokens, 0)) || at(tokens, 0) === 'when' || at(tokens, 0) === 'once')
  )
    return [];
  const out: Step[] = [];
  // "Before you restore the rest, please …": the step's time, kept with it as a deadline is
  const comma = tokens.findIndex((t) => t.text === ',');
  const when =
    at(tokens, 0) === 'before' && comma > 1 ? ` ${asWritten(s, tokens.slice(0, comma)).toLowerCase()}` : '';
  const starts = offered >= 0 ? [offered] : stepVerbs(s, by);
  for (const start of starts) {
    let v = start;
    // "go to Settings > Store and switch Holiday mode off": the place goes with the step after it
    let place = '';
    while (v < tokens.length) {
      if (!verbAt(tokens, v)) break;
      const verb = tokens[v] as Token;
      const lemma = verb.lemma || verb.normal;
      const end = actionEnd(tokens, v);
      const object = tokens.slice(v + 1, end);
      const here = place;
      place = menuPlace(s, lemma, object);
      // "put the current secret in their listener"; "update" alone names nothing to ask about
      // "take a look at …" is looking
      const look = lemma === 'take' && object.some((t) => t.normal === 'look');
      // "I'll show as a code": a role, no object
      if (
        !place &&
        !NOT_STEPS.has(lemma) &&
        !look &&
        object[0]?.normal !== 'as' &&
        object.some((t) => OBJECT_POS.has(t.pos)) &&
        object[0]?.pos !== 'PRON'
      ) {
        out.push({ verb: lemma, object: asWritten(s, object) + here + when });
      }
      // ", then resend the failed events", "and change the template"
      let next = end;
      while (
        tokens[next] &&
        (tokens[next]?.text === ',' ||
          tokens[next]?.normal === 'then' ||
          tokens[next]?.normal === 'and' ||
          tokens[next]?.normal === 'or')
      )
        next++;
      if (next === end || !verbAt(tokens, next)) break;
      v = next;
    }
  }
  return out;
}

/** The step a note says the customer has not taken yet, from its verb to where a new clause starts. */
function notYetStep(s: Sentence, v: number, done: boolean): Step[] {
  const tokens = s.tokens;
  const verb = tokens[v] as Token;
  const lemma = verb.lemma || verb.normal;
  // "yet" closes the step ("switch holiday mode off yet, storefront …")
  const end = Math.min(
    actionEnd(tokens, v),
    ...tokens.map((t, k) => (k > v && t.normal === 'yet' ? k : tokens.length)),
  );
  const object = tokens.slice(v + 1, end);
  if (NOT_STEPS.has(lemma) || !object.some((t) => OBJECT_POS.has(t.pos)) || object[0]?.pos === 'PRON')
    return [];
  return [{ verb: lemma, object: asWritten(s, object), ...(done ? { done: verb.text.toLowerCase() } : {}) }];
}
