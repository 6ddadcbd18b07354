/**
 * @module A step left with the customer, read from token order and part of speech: our side says
 * what the customer has to do ("they need to add the 2 records back", "what they need to do: put
 * the current secret in their listener, then resend the failed events", "ask the customer to bring
 * the tablets online") or asks them to do it ("please switch the rule off"). Until a later message
 * reports it done, the lead asks "Has the customer <done it>?".
 */
import type { Sentence, Token } from '../language/types.js';
import { pastParticiple } from './past-participle.js';
import { contentWords } from './text/content-words.js';

/** Who wrote the sentence: our reply to the customer, our internal note, or the customer. */
export type StepSource = 'reply' | 'note' | 'customer';

export interface Step {
  /** the verb's lemma: "add" */
  readonly verb: string;
  /** what follows the verb, in the customer's third person: "the 2 records back" */
  readonly object: string;
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

/** The steps `s` leaves with the customer, as our reply to them, our internal note, or their own words. */
export function readSteps(s: Sentence, by: StepSource): Step[] {
  if (s.question || s.text.trim().endsWith('?')) return [];
  const tokens = s.tokens;
  // "if it still fails, please …", "once it shows as resolved, please …": a step on a condition
  if (s.conditional || ENDS.has(at(tokens, 0)) || at(tokens, 0) === 'when' || at(tokens, 0) === 'once')
    return [];
  const out: Step[] = [];
  // "Before you restore the rest, please …": the step's time, kept with it as a deadline is
  const comma = tokens.findIndex((t) => t.text === ',');
  const when =
    at(tokens, 0) === 'before' && comma > 1 ? ` ${asWritten(s, tokens.slice(0, comma)).toLowerCase()}` : '';
  const starts = stepVerbs(s, by);
  for (const start of starts) {
    let v = start;
    while (v < tokens.length) {
      if (!verbAt(tokens, v)) break;
      const verb = tokens[v] as Token;
      const lemma = verb.lemma || verb.normal;
      const end = actionEnd(tokens, v);
      const object = tokens.slice(v + 1, end);
      // "put the current secret in their listener"; "update" alone names nothing to ask about
      // "take a look at …" is looking
      const look = lemma === 'take' && object.some((t) => t.normal === 'look');
      // "I'll show as a code": a role, no object
      if (
        !NOT_STEPS.has(lemma) &&
        !look &&
        object[0]?.normal !== 'as' &&
        object.some((t) => OBJECT_POS.has(t.pos)) &&
        object[0]?.pos !== 'PRON'
      ) {
        out.push({ verb: lemma, object: asWritten(s, object) + when });
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

/** The lead's question: "Has the customer added the 2 records back?" */
export function stepQuestion(step: Step): string {
  return `Has the customer ${pastParticiple(step.verb)} ${step.object}?`;
}

/**
 * True when `s` reports the step done: a statement with the step's verb in the past (or "done",
 * "worked") that names a word of its object, not denied, not ahead ("will", "going to").
 */
export function reportsStepDone(s: Sentence, step: Step): boolean {
  if (s.question || s.text.trim().endsWith('?')) return false;
  if (s.tokens.some((t) => t.normal === 'will' || t.normal === "'ll" || t.normal === 'going')) return false;
  const done = s.tokens.some((t) => {
    if (t.negated) return false;
    const lemma = t.lemma || t.normal;
    const past = t.normal !== lemma && !t.normal.endsWith('ing') && !t.normal.endsWith('s');
    return past && (lemma === step.verb || lemma === 'do' || lemma === 'work' || lemma === 'fix');
  });
  if (!done) return false;
  const named = new Set(contentWords(step.object));
  return named.size === 0 || contentWords(s.text).some((w) => named.has(w)) || s.tokens.length <= 4;
}
