/**
 * @module Whether a sentence offers or describes a way round, read from structure over the language
 * layer's tokens: a word that names one ("workaround", "stop-gap", "in the meantime", "for now",
 * "instead", "manually", "by hand", "re-keying"), a party able to act ("they can export per
 * location", "could they retry"), a retry done as an action ("retry the upload"), scaling down ("in
 * smaller batches"), or an action that makes it work again ("re-saving the widget fixes it"). Never a
 * party's ability denied ("they can't log in") nor a retry named as a thing ("the retry policy").
 */
import { isDenied } from '../language/polarity.js';
import { holdsAny } from '../language/sentence-words.js';
import { isPastForm, looksPast } from '../language/tense.js';
import type { Sentence, Token } from '../language/types.js';

// words that name a way round or a stand-in (lemmas, hyphens dropped: "stop-gap" → "stopgap")
const WAY_ROUND = new Set([
  'workaround',
  'workarounds',
  'stopgap',
  'meantime',
  'meanwhile',
  'interim',
  'temporary',
  'temporarily',
  'alternative',
  'alternatively',
  'instead',
  'manually',
  'rekey',
  'handkey',
]);
// who a way round is for: "they can", "customers can", "you can", "admins can"
const PARTIES = new Set(['they', 'you', 'customer', 'client', 'user', 'admin', 'administrator']);
// what a party can do that is no way round: looking, waiting, getting in touch ("you can see the
// error in the log", "you can check our status page", "you can reply to this email")
const PERCEIVING = new Set([
  'see',
  'read',
  'learn',
  'find',
  'notice',
  'tell',
  'imagine',
  'check',
  'follow',
  'monitor',
  'watch',
  'expect',
  'contact',
  'reply',
  'reach',
  'wait',
  // voicing a wish: "you can vote for it on the ideas board", "they can request it"
  'vote',
  'upvote',
  'request',
  'subscribe',
]);
// what an action does when it restores the function (lemmas): "fixes it", "works", "restores"
const RESTORING = new Set(['fix', 'work', 'help', 'restore', 'solve', 'resolve']);
// sizes that scale the work down when compared: "smaller", "fewer", "shorter"
const DOWN = new Set(['small', 'few', 'short', 'low']);
// verbs of stance that take a clause: "it seems you can", "I think they could"
const STANCE = new Set(['seem', 'think', 'believe', 'guess', 'remember', 'hope', 'appear']);
// what makes an action wait for the fix: "once the domain shows Verified", "after the patch"
const AFTERWARDS = new Set(['once', 'after']);
const AS_WELL = new Set(['also', 'still', 'always', 'just']);

const has = (t: Token | undefined, set: ReadonlySet<string>): boolean =>
  t !== undefined && (set.has(t.lemma) || set.has(t.normal));
const joined = (t: Token | undefined): string => (t ? t.lemma.replace(/-/g, '') : '');

/** "stop-gap", "hand-keying": two parts the tokenizer split at a hyphen, joined as lemmas. */
function compound(tokens: readonly Token[], i: number): string {
  const a = tokens[i];
  const dash = tokens[i + 1];
  const b = tokens[i + 2];
  if (!a || !b || dash?.normal !== '-' || dash.start !== a.end || b.start !== dash.end) return joined(a);
  return `${a.normal}${b.lemma}`;
}

// acts on the case itself, not on the problem: "treat it as sev 2 for now", "mark it High for now"
const HANDLING = new Set(['treat', 'mark', 'label', 'tag', 'classify', 'park', 'rate']);

/** "for now", "by hand"; not a label the case gets for now ("treat this as sev 2 for now"). */
function pair(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i]?.normal;
  const b = tokens[i + 1]?.normal;
  if (a === 'by' && b === 'hand') return true;
  if (a !== 'for' || b !== 'now') return false;
  const verb = tokens.slice(0, i).find((t) => t.pos === 'VERB');
  return verb === undefined || !HANDLING.has(verb.lemma);
}

/**
 * The party opens its clause: at the start, after punctuation, a conjunction, an adverb, a fronted
 * phrase ("for bigger reports you can …") or a condition ("if they can't wait they can …"); never
 * inside a relative clause ("any help you can give", "data that you can share") or after a stance
 * ("it seems you can train only …").
 */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || ['PUNCT', 'CCONJ', 'ADV', 'AUX'].includes(before.pos)) return true;
  // "Project administrators can …": the party heads a compound that opens the sentence
  // ("the user can decide …" has no compound: a determiner alone keeps its old reading)
  const opening = tokens.slice(0, i);
  // a pronoun after a name is spoken to, not a compound ("Kofi you can give …")
  const compoundHead =
    tokens[i]?.pos !== 'PRON' &&
    opening.every((t) => ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(t.pos)) &&
    opening.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  if (compoundHead) return true;
  const fronted = ['ADP', 'SCONJ'].includes(tokens[0]?.pos ?? '');
  if (!fronted || has(before, STANCE) || ['PRON', 'DET'].includes(before.pos)) return false;
  return before.pos === 'NOUN' ? !tokens.slice(1, i).some((t) => t.pos === 'VERB') : before.pos === 'VERB';
}

/**
 * "What you can do right now: …", "what they can do for now:": a label that offers what the party
 * can do, whatever follows it.
 */
function offersWhatToDo(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.normal !== 'what' || !has(tokens[i + 1], PARTIES)) return false;
  const modal = tokens[i + 2]?.normal ?? '';
  const colon = tokens.findIndex((t, k) => k > i && t.text === ':');
  return ['can', 'could'].includes(modal) && tokens[i + 3]?.lemma === 'do' && colon > i && colon <= i + 7;
}

/** "they can poll the endpoint", "customers can also switch", "could they retry". */
function partyCan(s: Sentence, i: number): boolean {
  const tokens = s.tokens;
  const t = tokens[i];
  // "Customers" at the start of a sentence is tagged a name and keeps its plural as its lemma
  if (!t || !(has(t, PARTIES) || PARTIES.has(t.normal.slice(0, -1)))) return false;
  if (!opensClause(tokens, i)) return false;
  const modalAfter = ['can', 'could'].includes(tokens[i + 1]?.normal ?? '');
  // "could they retry" suggests; "could you send" asks the reader for something
  const modalBefore = ['can', 'could'].includes(tokens[i - 1]?.normal ?? '') && t.normal !== 'you';
  if (!modalAfter && !modalBefore) return false;
  let k = modalAfter ? i + 2 : i + 1;
  while (has(tokens[k], AS_WELL)) k++;
  const verb = tokens[k];
  // the word after the modal is its verb whatever the tagger says ("they can poll/NOUN the API")
  if (!verb || ['AUX', 'PART', 'PUNCT', 'DET', 'ADP', 'PRON'].includes(verb.pos)) return false;
  // "they can't log in" stops at "not" above; a negator in an earlier clause ("if they can't wait
  // they can poll") denies nothing here
  // "you can send it again once the domain is verified": a step that waits for the fix
  return !has(verb, PERCEIVING) && !tokens.slice(k + 1).some((x) => has(x, AFTERWARDS));
}

/** "retry the upload", "retrying it after a minute": the action, not "the retry policy". */
function retried(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // base form or gerund: "retry the upload", "retrying it"; "the job retried" reports what happened
  if (t?.lemma !== 'retry' || t.pos !== 'VERB' || t.normal === 'retried') return false;
  // "the retry policy", "automatic retry": a determiner or adjective makes it a thing;
  const before = tokens[i - 1]?.pos ?? '';
  const after = tokens[i + 1];
  // "stop retrying": the object of another verb reports what the system does
  if (['DET', 'ADJ', 'VERB'].includes(before)) return false;
  // "the POS retrying on a slow ack": a thing doing it, described, not an action to take
  if (t.normal.endsWith('ing') && ['NOUN', 'PROPN'].includes(before)) return false;
  // an object or an adverbial follows: "retry the upload", "retry it", "retry in a minute", "retry
  // later"; never a noun it modifies ("retry backoff")
  return ['DET', 'PRON', 'ADP', 'ADV', 'NUM', 'ADJ'].includes(after?.pos ?? '');
}

/** "in smaller batches", "with a smaller file": scaling the work down. */
function scaledDown(tokens: readonly Token[], i: number): boolean {
  // "in" or "with" what is smaller: the manner of doing it, not "tickets from smaller accounts"
  if (!['in', 'with'].includes(tokens[i]?.normal ?? '')) return false;
  let k = i + 1;
  if (tokens[k]?.pos === 'DET') k++;
  const adj = tokens[k];
  return (
    adj?.pos === 'ADJ' && DOWN.has(adj.lemma) && adj.lemma !== adj.normal && tokens[k + 1]?.pos === 'NOUN'
  );
}

/** "Re-saving the widget fixes it": a gerund opening the sentence, then a verb of restoring. */
function actionRestores(s: Sentence): boolean {
  const tokens = s.tokens;
  if (!tokens[0]?.normal.endsWith('ing')) return false;
  // "fixes", "works", "seems to help": the present, not "worked in older versions" nor "looking for help"
  return tokens
    .slice(1, 16)
    .some(
      (t, k) =>
        has(t, RESTORING) &&
        (t.normal === `${t.lemma}s` || t.normal === `${t.lemma}es` || tokens[k]?.normal === 'to') &&
        !isDenied(s, k + 1),
    );
}

// "that gets the walk back", "this fixes it": the action just described, then what it restores
const ANAPHOR = new Set(['that', 'this']);
// what a stop-gap waits for: "until it is fixed", "until the patch ships"
const FIXING = new Set(['fix', 'resolve', 'patch', 'repair']);
// what brings lost things back: "can be restored", "could be recovered"
const RECOVERING = new Set(['restore', 'recover', 'undelete']);
const NEGATING = new Set(['not', 'no', 'never', 'nothing', 'none', 'nobody']);

/**
 * "That gets the walk back", "this fixes it": a demonstrative subject, then a verb of restoring in
 * the present; not "this works in Chrome", which describes where the problem is not.
 */
function anaphorRestores(s: Sentence): boolean {
  const [first, second] = s.tokens;
  if (!first || !ANAPHOR.has(first.normal) || !second) return false;
  if (second.lemma === 'get') return s.tokens.slice(2, 7).some((t) => t.normal === 'back');
  const present = second.normal === `${second.lemma}s` || second.normal === `${second.lemma}es`;
  return present && second.lemma !== 'work' && has(second, RESTORING);
}

/**
 * "Until it is fixed, box office lookup will admit them": an action bounded by the fix is a
 * stop-gap; never a sentence that says no ("nothing works until it is fixed").
 */
function untilFixed(s: Sentence): boolean {
  const tokens = s.tokens;
  const at = tokens.findIndex((t) => t.normal === 'until');
  if (at < 0 || s.question || tokens.some((t) => NEGATING.has(t.normal))) return false;
  // the fix as a state ("until it is fixed") or a thing ("until the patch ships"), not "until the
  // promise resolves"
  return tokens.slice(at + 1, at + 5).some((t) => has(t, FIXING) && (t.pos === 'NOUN' || looksPast(t)));
}

/** "Everything can be restored", "the files could be recovered": what was lost comes back. */
function canBeRecovered(s: Sentence): boolean {
  if (s.question || s.conditional || !holdsAny(s, RECOVERING)) return false;
  const t = s.tokens;
  return t.some(
    (k, i) =>
      has(k, RECOVERING) &&
      t[i - 1]?.lemma === 'be' &&
      ['can', 'could'].includes(t[i - 2]?.normal ?? '') &&
      !isDenied(s, i),
  );
}

// looking into it is not getting round it: "meanwhile we are checking the connection status"
const INVESTIGATING = new Set([
  'check',
  'investigate',
  'look',
  'review',
  'monitor',
  'examine',
  'dig',
  'analyse',
  'analyze',
]);
const IMPACT = new Set(['affect', 'impact']);
// undoing the damage: removing what should not be there
const UNDOING = new Set(['delete', 'remove', 'cancel', 'reverse', 'void', 'clean', 'purge', 'undo']);

/**
 * What a sentence with a way-round word says instead of offering one: its first verb is looking
 * into the problem ("in the meantime we are checking the logs"); it denies an impact ("checkout is
 * not affected, customers can still buy" bounds the problem); or it reports a one-off act done at a
 * stated time ("we deleted the duplicates by hand on Tuesday", "the payments went out on Monday
 * instead") — what happened once, not a way to keep working. "Had to … by hand" and "have been …
 * manually" keep working round it.
 */
function saysOtherThanWayRound(s: Sentence): boolean {
  const tokens = s.tokens;
  const verbAt = tokens.findIndex((t) => t.pos === 'VERB');
  const verb = tokens[verbAt];
  // "we are checking", "you can check": looking into it now or next; "we checked that …, and re-sent
  // them by hand" reports a check done beside the way round
  const looking = verb && INVESTIGATING.has(verb.lemma) && !isPastForm(verb);
  if (looking && !isDenied(s, verbAt)) return true;
  if (tokens.some((t, i) => (IMPACT.has(t.lemma) && isDenied(s, i)) || t.normal === 'unaffected'))
    return true;
  const dated = s.entities.some((e) => e.type === 'date' || e.type === 'time');
  if (!dated || s.question || s.conditional) return false;
  const instead = tokens.some((t) => t.normal === 'instead');
  // a simple past ("deleted", "went", "moved"), not "had to re-key", "have been keying", "can key":
  // what happened instead, or damage undone once ("deleted the duplicates"); "re-sent the reminders
  // by hand" did the failing work another way
  return tokens.some(
    (t, i) =>
      isPastForm(t) &&
      !['AUX', 'PART'].includes(tokens[i - 1]?.pos ?? '') &&
      (instead || UNDOING.has(t.lemma)),
  );
}

/** The first word of a way round the sentence names or describes, lower-cased; null when none. */
export function wayRoundCue(s: Sentence): string | null {
  const cue = firstCue(s);
  return cue !== null && saysOtherThanWayRound(s) ? null : cue;
}

function firstCue(s: Sentence): string | null {
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (WAY_ROUND.has(compound(tokens, i)) || WAY_ROUND.has(joined(t))) return t.normal;
    if (pair(tokens, i) || partyCan(s, i) || retried(tokens, i) || scaledDown(tokens, i)) return t.normal;
    if (offersWhatToDo(tokens, i)) return t.normal;
  }
  const restores = actionRestores(s) || anaphorRestores(s) || untilFixed(s) || canBeRecovered(s);
  return restores ? (tokens[0]?.normal ?? null) : null;
}
