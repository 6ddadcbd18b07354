/**
 * @module Whether a sentence asks the reader for something, read from structure over the language
 * layer's tokens: a "please", a modal put to the reader ("could you send", "can you check"), a want
 * or need in the present with a person as its subject ("we need an ETA", "I'd like a refund", "my
 * boss wants an answer"), the matter put under an obligation ("this has to work", "it needs to be
 * fixed"), or an imperative addressed to us ("send us the list", "fix this", "call me back"). Never a
 * want that is denied ("we don't need a call"), past ("we needed to restart"), or a want to tell
 * ("I'd like to report …").
 */
import { isDenied } from '../language/polarity.js';
import type { Sentence, Token } from '../language/types.js';

const POLITE = new Set(['please', 'pls', 'plz']);
// modals that put a request to the reader when "you" follows: "could you", "would you", "can you"
const REQUEST_MODALS = new Set(['can', 'could', 'would', 'will']);
// verbs of wanting (lemmas); "like" and "appreciate" only after "would": "I'd like", "we'd appreciate"
const WANTING = new Set(['need', 'want', 'require', 'expect']);
const WOULD_WANTING = new Set(['like', 'love', 'appreciate', 'prefer']);
const NEGATORS = new Set(['not', 'never']);
const MODALS = new Set(['would', 'will', 'may', 'might', 'could', 'should', 'shall']);
const CONDITIONS = new Set(['if', 'when', 'whenever', 'once', 'unless']);
const CLAUSE_END = new Set([',', ';', ':', 'but', 'and', 'so', 'because']);
const FIRST_PERSONS = new Set(['i', 'we']);
const PERSONS = new Set(['he', 'she', 'they', 'who']);
const POSSESSORS = new Set(['my', 'our']);
// the matter itself as subject: "this has to work", "it needs to be fixed"
const MATTER = new Set(['this', 'it', 'that']);
const OBLIGATION = new Set(['need', 'have']);
// words that open a sentence without being its verb: "so", "and now", "just"
const OPENERS = new Set(['and', 'so', 'now', 'just', 'then', 'also', 'but', 'ok', 'okay', 'kindly']);
// imperatives that walk through steps or point at something ("open the app", "click Save", "see
// attached"): they describe, they ask nothing of us
const STEPS = new Set([
  'see',
  'find',
  'note',
  'refer',
  'click',
  'tap',
  'open',
  'go',
  'navigate',
  'select',
  'press',
  'type',
  'enter',
  'choose',
  'scroll',
  'run',
  'use',
  'try',
  'add',
  'create',
  'thank',
  'expect',
  'notice',
]);
// who an imperative names when it is addressed to us for the writer: "send us", "call me", "fix this"
const FOR_WRITER = new Set(['me', 'us', 'my', 'our']);
// a label opens a line: "Address line 2:", "React version:"
const LABEL = 4;
const OBJECT_PRONOUNS = new Set(['me', 'us']);
// what may open an imperative's object: "restore the projects", "send us", "fix it now"; never a
// participle ("File attached"), a number ("React 16") or a name ("Lead Integration Engineer")
const OBJECT_START = new Set(['DET', 'PRON', 'NOUN', 'ADJ', 'ADV', 'ADP', 'PART']);
// what a want of one's own action asks of the reader: to know, to be answered, to reach someone, to
// get or have something back
const RECEIVING = new Set(['know', 'understand', 'hear', 'speak', 'talk', 'get', 'have', 'receive', 'see']);

const has = (t: Token | undefined, set: ReadonlySet<string>): boolean =>
  t !== undefined && (set.has(t.lemma) || set.has(t.normal));

/** The present tense: base form or third person ("need", "needs"), never "needed" or "needing". */
function present(t: Token): boolean {
  return (
    t.normal === t.lemma || t.normal === `${t.lemma}s` || t.normal === `${t.lemma}es` || t.normal === 'has'
  );
}

/** Index of the subject right before index i, skipping adverbs ("we really need", "we also expect"). */
function subjectAt(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && (tokens[k]?.pos === 'ADV' || (tokens[k]?.pos === 'AUX' && tokens[k]?.lemma !== 'be'))) k--;
  return k;
}

/**
 * A modal right before ("we will need") or a condition that opens the want's own clause ("if I want
 * to …"); a want after a condition with a subject of its own stands ("if nobody answers I want …").
 */
function hypothetical(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    if (!t || CLAUSE_END.has(t.normal)) return false;
    if (t.pos === 'AUX' && MODALS.has(t.lemma) && k >= i - 3) return true;
    if (!CONDITIONS.has(t.normal)) continue;
    let j = k + 1;
    while (tokens[j]?.pos === 'ADV') j++;
    return j === subjectAt(tokens, i);
  }
  return false;
}

/** A person wants: "we need", "I'd like", "my manager wants", not "the job needs". */
function personWants(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  const wouldBefore = tokens.slice(Math.max(0, i - 3), i).some((x) => x.lemma === 'would');
  const wanting = (has(t, WANTING) && present(t)) || (has(t, WOULD_WANTING) && wouldBefore);
  // "we would need", "I may need", "if we want to": a want under a modal or a condition is hypothetical
  if (!wanting || (has(t, WANTING) && hypothetical(tokens, i))) return false;
  // "need" as a noun ("no need to"), "expected" as an adjective
  if (t.pos !== 'VERB' && !(has(t, WOULD_WANTING) && wouldBefore)) return false;
  const subject = tokens[subjectAt(tokens, i)];
  if (!subject) return false;
  const firstPerson = has(subject, FIRST_PERSONS);
  const thirdParty =
    has(subject, PERSONS) || tokens.slice(Math.max(0, i - 4), i).some((x) => has(x, POSSESSORS));
  if (!firstPerson && !thirdParty) return false;
  // someone else's want is passed on as an ask when it names a thing: "my boss wants an answer", not
  // "our CFO wants this escalated" (how to handle the case)
  if (!firstPerson && !['DET', 'NOUN', 'ADJ'].includes(tokens[i + 1]?.pos ?? '')) return false;
  // "I need to upload the model", "we'd like to report …": a want of one's own action asks the reader
  // for nothing; a want to know, to be told or to reach someone does ("I need to know when", "we want
  // to speak to a manager")
  const next = tokens[i + 1];
  if (next?.normal === 'to') return has(tokens[i + 2], RECEIVING);
  return true;
}

/** "this has to work", "it needs to be fixed": the matter under an obligation. */
function matterObliged(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !has(t, OBLIGATION) || !present(t) || tokens[i + 1]?.normal !== 'to') return false;
  if (!has(tokens[i - 1], MATTER)) return false;
  const verb = tokens[i + 2];
  if (verb?.lemma === 'work') return true;
  // "to be fixed", "to be working", never "to be the cache"
  return verb?.lemma === 'be' && ['VERB', 'ADJ'].includes(tokens[i + 3]?.pos ?? '');
}

/** "could you send", "can you please check": a modal put to the reader. */
function modalToReader(tokens: readonly Token[], i: number): boolean {
  return has(tokens[i], REQUEST_MODALS) && tokens[i]?.pos === 'AUX' && tokens[i + 1]?.normal === 'you';
}

/**
 * "Send us the list", "restore the deleted projects", "call me back": the sentence opens with a verb
 * in its base form that is not a step or a pointer. A noun-tagged opener counts when the writer
 * follows it ("Call me back").
 */
function imperative(tokens: readonly Token[]): boolean {
  let k = 0;
  while (
    k < tokens.length &&
    (has(tokens[k], OPENERS) || has(tokens[k], POLITE) || tokens[k]?.pos === 'PUNCT')
  )
    k++;
  const verb = tokens[k];
  if (verb?.kind !== 'word' || verb.normal !== verb.lemma || has(verb, STEPS)) return false;
  const object = tokens[k + 1];
  // "let us assume" proposes; "let us know" asks
  if (verb.lemma === 'let') return has(object, FOR_WRITER) && tokens[k + 2]?.lemma === 'know';
  // a noun-tagged opener only with the writer as its object: "Call me back", not "Forwarding my …"
  if (verb.pos !== 'VERB') return ['NOUN', 'PROPN'].includes(verb.pos) && has(object, OBJECT_PRONOUNS);
  if (!object || !OBJECT_START.has(object.pos)) return false;
  // "React version: 16", "Address line 2: no", "Export jobs fail": the opener names a thing that a
  // label or a verb follows
  const after = tokens[k + 2];
  if (tokens.slice(k, k + LABEL).some((t) => t.normal === ':')) return false;
  return !(object.pos === 'NOUN' && (after?.pos === 'AUX' || after?.pos === 'VERB'));
}

/**
 * "we don't need", "I never wanted": a negator between the subject and the want. A negator in an
 * earlier clause ("if nobody can fix it I want …") denies nothing here.
 */
function wantDenied(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    if (!t || !['ADV', 'AUX', 'PART'].includes(t.pos)) return false;
    if (NEGATORS.has(t.normal)) return true;
  }
  return false;
}

/** True when the sentence asks the reader for something (see the module comment). */
export function readsRequest(s: Sentence): boolean {
  const tokens = s.tokens;
  if (tokens.some((t) => has(t, POLITE))) return true;
  if (imperative(tokens)) return true;
  return tokens.some(
    (_, i) =>
      ((modalToReader(tokens, i) || matterObliged(tokens, i)) && !isDenied(s, i)) ||
      (personWants(tokens, i) && !wantDenied(tokens, i)),
  );
}
