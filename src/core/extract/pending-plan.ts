/**
 * @module Our side's stated plan or check, read from token order and part of speech: "I'll check
 * whether the crawler fetched their ids", "checking with the API team whether …", "going to rerun
 * the export tonight", "Plan: purge the cache, then run a full resync". What is done (the verb and
 * its object, up to where a new clause starts), and whether it is a check (its result is the
 * unknown) or a plan (its completion is).
 */
import { isPastForm } from '../language/tense.js';
import type { Sentence, Token } from '../language/types.js';

export interface Plan {
  readonly kind: 'check' | 'plan';
  /** the verb's lemma: "rerun", "check" */
  readonly verb: string;
  /** the action in the base form with its object, as written: "rerun the export tonight" */
  readonly action: string;
  /** what follows the verb: "the export tonight" */
  readonly object: string;
  /** a check's embedded question: "whether the crawler fetched their ids" (empty when none) */
  readonly clause: string;
}

// verbs whose result is a finding
const CHECKS = new Set(
  'check verify confirm investigate test query trace audit review pull inspect examine compare look dig reproduce grep search'.split(
    ' ',
  ),
);
// no action of ours to wait for: states, wishes, and telling someone (a promise to report, not work)
const NOT_ACTIONS = new Set(
  'be have need want know think hope wait try let keep get see update tell ping ask email call message reply respond notify follow reach loop circle use escalate tag join declare flag forward assign route page cc take decide approve choose draft write say inform answer thank quote promise'.split(
    ' ',
  ),
);
const WE = new Set(['i', 'we']);
const WE_ARE = new Set(["i'm", "we're", 'im']);
const FUTURE = new Set(['will', "'ll", 'shall', 'gonna']);
const BE = new Set(['am', "'m", 'are', "'re", 'is', "'s"]);
const INTEND = new Set(['plan', 'intend', 'going']);
const LABELS = new Set(['plan', 'next', 'todo']);
const LOOK_AT = new Set(['at', 'into']);
const TAGGED_AS = new Set(['NOUN', 'ADJ', 'PROPN']);
const OBJECT_START = new Set(['DET', 'ADP', 'PRON']);
const WH = new Set(['whether', 'if', 'what', 'which', 'how', 'who', 'when']);
// a new clause starts: the action ends there ("… once Mateo confirms", "… but it's slow")
const CLAUSE_OPENERS = new Set(['once', 'because', 'unless', 'while', 'but', 'so', 'though', 'although']);
const SUBORDINATE = new Set(['before', 'after', 'until', 'since', 'as', 'and', 'or', 'when']);
const BREAKS = new Set([';', ':', '—', '–', '(', ')', '!', '?']);
const PRONOUN_OBJECTS = new Set(['you', 'your', 'yours']);

const isVerb = (t: Token | undefined): boolean => t !== undefined && t.pos === 'VERB';
// where only a verb can stand (after "going to", after "Plan:") the tagger at times reads a noun or
// an adjective ("going to re-import the list", "Plan: flush the cache"); an object after it says verb
const verbAt = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  if (!t) return false;
  return isVerb(t) || (TAGGED_AS.has(t.pos) && OBJECT_START.has(tokens[k + 1]?.pos ?? ''));
};
// "Checking with the API team …" opens a sentence as a noun to the tagger; its stem says it is the verb
const checkStem = (t: Token): string => {
  const stem = t.normal.slice(0, -3);
  return CHECKS.has(stem) ? stem : CHECKS.has(`${stem}e`) ? `${stem}e` : '';
};
const stemOf = (t: Token): string =>
  t.pos === 'VERB' ? t.lemma || t.normal : t.normal.endsWith('ing') ? checkStem(t) : t.normal;
const gerund = (t: Token | undefined): boolean =>
  t !== undefined &&
  t.normal.endsWith('ing') &&
  (t.pos === 'VERB' || ((t.pos === 'NOUN' || t.pos === 'PROPN') && checkStem(t) !== ''));

/** Where the action's verb is and whether the sentence states it as ours to do, or -1. */
function actionVerb(tokens: readonly Token[], from: number, labelled: boolean): number {
  let i = from;
  while (tokens[i]?.pos === 'ADV' || tokens[i]?.pos === 'CCONJ') i++;
  const at = (k: number) => tokens[k]?.normal ?? '';
  // "Plan: purge the cache" (a base form), "Checking the logs now" (a check under way, its subject left out)
  const base = verbAt(tokens, i) && (tokens[i]?.lemma ?? '') === at(i);
  if ((labelled && base) || (gerund(tokens[i]) && CHECKS.has(stemOf(tokens[i] as Token)))) return i;
  if (at(i) === 'going' && at(i + 1) === 'to') return verbAt(tokens, i + 2) ? i + 2 : -1;
  // "the plan is to purge …", "next step is to …"
  const label = tokens.slice(i, i + 3).findIndex((t) => LABELS.has(t.normal));
  if (label >= 0) {
    const k = i + label + 1;
    if (BE.has(at(k)) && at(k + 1) === 'to' && verbAt(tokens, k + 2)) return k + 2;
  }
  // "I'm" is sometimes read as one token
  const joined = WE_ARE.has(at(i));
  if (!WE.has(at(i)) && !joined) return -1;
  let k = i + 1;
  // "I'll", "we will", "I'm going to", "we plan to", "I'm checking"
  if (FUTURE.has(at(k))) k++;
  else if (joined || BE.has(at(k))) {
    if (!joined) k++;
    while (tokens[k]?.pos === 'ADV') k++;
    if (at(k) === 'going' && at(k + 1) === 'to') k += 2;
    // "I'm using React 16": a state; only a check is under way in the present ("I'm checking the logs")
    else return gerund(tokens[k]) && CHECKS.has(stemOf(tokens[k] as Token)) ? k : -1;
  } else if (INTEND.has(at(k)) && at(k + 1) === 'to') return verbAt(tokens, k + 2) ? k + 2 : -1;
  else return -1;
  while (tokens[k]?.pos === 'ADV') k++;
  if (INTEND.has(at(k)) && at(k + 1) === 'to') return verbAt(tokens, k + 2) ? k + 2 : -1;
  return verbAt(tokens, k) ? k : -1;
}

/** Where the action ends: a new clause, a break, or the sentence's end; ", then run …" goes on. */
export function actionEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < tokens.length) {
    const t = tokens[end] as Token;
    const next = tokens[end + 1];
    if (CLAUSE_OPENERS.has(t.normal) || BREAKS.has(t.text)) break;
    if (SUBORDINATE.has(t.normal) && next?.pos === 'PRON' && next.normal !== 'it') break;
    if (t.text === '.') break;
    if (t.text === ',' && !(next?.normal === 'then' || (next?.normal === 'and' && isVerb(tokens[end + 2]))))
      break;
    end++;
  }
  return end;
}

/** True when a subject and its verb follow ("…, I noticed", "…, it is assumed"), not an aside ("…, it's slow"). */
function clauseAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    if (tokens[k]?.pos !== 'PRON') continue;
    let j = k + 1;
    while (tokens[j]?.pos === 'AUX') j++;
    if (isVerb(tokens[j])) return true;
  }
  return false;
}

/** The plan or check `s` states as ours, or null: a question, a condition, a negation or an action with no object. */
export function readPlan(s: Sentence): Plan | null {
  if (s.question || s.text.trim().endsWith('?')) return null;
  const tokens = s.tokens;
  const colon = tokens.findIndex((t) => t.text === ':');
  const labelled = colon > 0 && colon <= 3 && tokens.slice(0, colon).some((t) => LABELS.has(t.normal));
  const from = colon > 0 && colon <= 3 ? colon + 1 : 0;
  // "if it fails I'll rerun it": a plan on a condition is not one yet
  if (tokens[from]?.normal === 'if' || tokens[from]?.normal === 'unless') return null;
  const v = actionVerb(tokens, from, labelled);
  const verb = tokens[v];
  if (!verb || verb.negated) return null;
  const lemma = stemOf(verb);
  // "re-enabling": no base form to ask with
  if (!lemma || lemma.endsWith('ing') || NOT_ACTIONS.has(lemma)) return null;
  const end = actionEnd(tokens, v + 1);
  const object = tokens.slice(v + 1, end);
  // "I'll update you", "send you the wording": a promise to someone, not work whose result is unknown
  if (object.some((t) => PRONOUN_OBJECTS.has(t.normal))) return null;
  // "I'll look into it", "checking now": nothing named to wait for
  if (!object.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM')) return null;
  // "take it to L2", "treat it as an incident": the case itself moved on, no work whose result is unknown
  const first = object.find((t) => t.pos !== 'ADV' && t.pos !== 'PART');
  if (first?.pos === 'PRON') return null;
  // "Turning it off brings the view back": the gerund is a subject, its clause has a verb of its own
  const wh = object.findIndex((t) => WH.has(t.normal));
  const head = wh >= 0 ? object.slice(0, wh) : object;
  if (head.some((t) => t.pos === 'AUX')) return null;
  // "Querying the DOM after render worked in 15": a gerund subject with a past verb of its own
  const subjectless = !tokens
    .slice(from, v)
    .some((t) => WE.has(t.normal) || WE_ARE.has(t.normal) || t.normal === 'to');
  if (subjectless && head.some(isPastForm)) return null;
  // "Testing on staging, I noticed …": a gerund of circumstance before the sentence's own subject
  if (subjectless && clauseAfter(tokens, end)) return null;
  // "looking forward to", "looking for help": only looking at or into something is a check
  if (lemma === 'look' && !LOOK_AT.has(object[0]?.normal ?? '')) return null;
  // "I'll show as a code": no object, a role
  if (object[0]?.normal === 'as') return null;
  // "checking with comms": only who is asked, nothing asked about
  const withOnly = object[0]?.normal === 'with' || (object[0]?.normal === 'w' && object[1]?.text === '/');
  if (withOnly && wh < 0) return null;
  const text = (a: number, b: number): string =>
    b <= a ? '' : s.text.slice((tokens[a]?.start ?? 0) - s.start, (tokens[b - 1]?.end ?? 0) - s.start).trim();
  const kind = CHECKS.has(lemma) ? 'check' : 'plan';
  return {
    kind,
    verb: lemma,
    action: `${lemma} ${text(v + 1, end)}`.trim(),
    object: text(v + 1, end),
    clause: kind === 'check' && wh >= 0 ? text(v + 1 + wh, end) : '',
  };
}
