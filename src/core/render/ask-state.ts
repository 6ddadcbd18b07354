/**
 * @module One state for each customer question or ask, read from the thread as it stands: settled
 * (our side already spoke to it in public after it was asked, or the customer's own later message
 * settles it), answerable now (a public sentence of ours or of a published article answers it), or
 * open (the next update names it once, tied to its gate). The update never re-asks a settled
 * question, never leaves it as a slot, and answers an answerable one from the sentence it cites.
 */
import { analyze } from '../language/analyze.js';
import { clausesOf } from '../language/clause.js';
import type { Sentence, Token } from '../language/types.js';
import { earlierAnswer, promises, settledByCustomer, settledByUs } from './update-earlier-answer.js';
import type { Said, UpdateMaterial } from './update-material.js';

export type AskState =
  | { readonly state: 'settled'; readonly by: Said }
  | { readonly state: 'answerable'; readonly answer: string }
  | { readonly state: 'open' };

export interface AskRef {
  /** the question or ask, in the customer's words */
  readonly text: string;
  /** when the customer's message was sent */
  readonly at: string | undefined;
  /** the id of the customer's message, to read the sentence before the question */
  readonly item?: string;
}

// parts of speech that carry what a sentence is about
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
// words every ask and reply has; they tie no reply to a question
const NOISE = new Set(
  'need want like would please just also know tell let get make sure thing way help able issue problem question do be have can could will should go happen possible'.split(
    ' ',
  ),
);
// a pronoun that stands for something said before it ("is that possible?", "what happens with them?")
const POINTING = new Set(['it', 'that', 'this', 'them', 'they', 'those', 'these']);
const FIRST_PERSON = new Set(['we', 'i']);
const SECOND_PERSON = new Set(['you']);
const MAX_REPLY_CHARS = 400;

function tokensOf(text: string): Token[] {
  return analyze(text).sentences.flatMap((s) => [...s.tokens]);
}

/** The lemmas of the content words (nouns, names, verbs, adjectives, numbers), frame and noise left out. */
function contentLemmas(text: string): Set<string> {
  return new Set(
    tokensOf(text)
      .filter((t) => (t.kind === 'word' || t.kind === 'number') && CONTENT_POS.has(t.pos) && !t.stop)
      .map((t) => t.lemma.toLowerCase())
      .filter((w) => (w.length > 2 || /\d/.test(w)) && !NOISE.has(w)),
  );
}

/** The question leans on what was said before it: a pointing pronoun, or under two words of its own. */
function leansBack(text: string): boolean {
  const words = tokensOf(text).filter((t) => t.kind === 'word');
  return contentLemmas(text).size < 2 || words.some((t) => t.pos === 'PRON' && POINTING.has(t.normal));
}

/**
 * The question with the customer's sentence before it in the same message, when the question leans
 * back on it ("We sync the iPad and the desk computer. Is that possible?"); else the question.
 */
export function withContext(ask: AskRef, customer: readonly Said[]): string {
  const asked = ask.text.trim();
  if (!ask.item || !leansBack(asked)) return asked;
  const own = customer.filter((c) => c.item.id === ask.item);
  // the ask may come calmed or capitalised: "is that possible?" is asked as "Is that possible?"
  const low = asked.toLowerCase();
  const at = own.findIndex(
    (c) => c.text.toLowerCase().includes(low) || low.includes(c.text.trim().toLowerCase()),
  );
  // "… because the assistants use the iPad. is that possible?" read as one sentence: what came before it
  const whole = own[at]?.text ?? '';
  const lead = whole.slice(0, Math.max(0, whole.toLowerCase().indexOf(low))).trim();
  const before = lead.length > 0 ? lead : at > 0 ? (own[at - 1]?.text ?? '') : '';
  return before && !before.trim().endsWith('?') ? `${before} ${asked}` : asked;
}

/** Our side's first public message after the question (not words only scripted inside): its sentences. */
export function directReply(ours: readonly Said[], at: string | undefined): Said[] {
  if (at === undefined) return [];
  let first: string | null = null;
  for (const s of ours) {
    const when = s.item.at;
    if (s.scripted || typeof when !== 'string' || when <= at) continue;
    if (first === null || when < first) first = when;
  }
  return first === null ? [] : ours.filter((s) => !s.scripted && s.item.at === first);
}

/**
 * A plain statement: not a question, not a promise of what is still to come, not a request of them.
 * A sentence that opens on a bare verb is an instruction unless a clause of it has its own subject
 * ("Undo import doesn't touch …": the tagger reads the noun "undo" as a verb).
 */
function statement(s: Sentence, text: string): boolean {
  if (s.question || text.includes('?') || promises(text)) return false;
  const first = s.tokens.find((t) => t.kind === 'word');
  if (first?.pos === 'AUX' || first?.normal === 'please') return false;
  if (first?.pos !== 'VERB' || first.negated) return true;
  return clausesOf(s).some((c) => c.verb !== null && c.subject !== null);
}

/** "can you …", "could you not just …", "please …": the question asks us to act. */
function asksUsToAct(text: string): boolean {
  const words = tokensOf(text).filter((t) => t.kind === 'word');
  if (words[0]?.normal === 'please') return true;
  const aux = words.findIndex((t) => t.pos === 'AUX');
  return aux >= 0 && aux <= 2 && SECOND_PERSON.has(words[aux + 1]?.normal ?? '');
}

/**
 * "We don't change …", "I can't delete …", "we really can't": a clause of ours, "I" or "we" before its
 * verb group, negated right at it, refusing an act; "we don't know yet" and "we haven't seen it" tell
 * what we lack, not what we decline.
 */
export function declines(s: Sentence): boolean {
  return clausesOf(s).some((c) => {
    const verb = c.verb;
    if (!verb || !c.subject || !FIRST_PERSON.has(c.subject.normal)) return false;
    // the group opens on "do", "can", "will" and is negated right at it: "we don't", "I can't", "we won't"
    const aux = c.tokens[verb.index];
    // "we did not change it" reports the past; it refuses nothing
    if (!REFUSING_AUX.has(aux?.lemma ?? '') || aux?.normal === 'did') return false;
    const group = c.tokens.slice(verb.index, verb.index + 3);
    if (!group.some((t) => NOT.has(t.normal))) return false;
    const main = c.tokens.slice(verb.index + 1).find((t) => t.pos === 'VERB' || t.pos === 'AUX');
    return main?.pos === 'VERB' && !LACKING.has(main.lemma);
  });
}
const NOT = new Set(['not', "n't", 'never']);
const REFUSING_AUX = new Set(['do', 'can', 'could', 'will', 'wo', 'ca']);
// verbs of knowing, wanting, seeing or trying: negated, they say what we lack or feel, not what we decline
const LACKING = new Set(
  'know have see think understand expect hear find get want like feel figure explain tell notice seem try mind remember need care wish believe recall'.split(
    ' ',
  ),
);

/**
 * Whether our direct reply spoke to the question: one of its statements shares a content word with
 * it (with the sentence before it, when it leans back), or, for a question that asks us to act, one
 * of our clauses declines it ("we don't change … on your behalf").
 */
function replied(question: string, asksAct: boolean, reply: readonly Said[]): Said | null {
  const q = contentLemmas(question);
  for (const said of reply) {
    if (said.text.length > MAX_REPLY_CHARS) continue;
    const s = analyze(said.text).sentences[0];
    if (!s) continue;
    // "we don't run an undo ourselves, but would 08:30 suit you?": the refusal stands though a question follows
    if (asksAct && declines(s)) return said;
    if (!statement(s, said.text)) continue;
    if (q.size === 0) continue;
    for (const w of contentLemmas(said.text)) if (q.has(w)) return said;
  }
  return null;
}

/**
 * The state of one ask. `usable` says whether a sentence may reach the customer (the leak guard).
 * An ask our side answered after it was asked is settled: the customer has that answer already. An
 * ask asked again after our answer is answerable: our answer is given again. Else it is open.
 */
export function askState(
  ask: AskRef,
  material: Pick<UpdateMaterial, 'ours' | 'customer' | 'scripted'>,
  usable: (sentence: string) => boolean = () => true,
): AskState {
  const text = withContext(ask, material.customer);
  const reply = directReply(material.ours, ask.at);
  const by = replied(text, asksUsToAct(ask.text), reply);
  if (by) return { state: 'settled', by };
  if (settledByUs(text, ask.at, material.ours)) {
    const later = material.ours.find((s) => !s.scripted && s.item.at && ask.at && s.item.at > ask.at);
    if (later) return { state: 'settled', by: later };
  }
  const settledTheirs = material.customer.find(
    (s) => ask.at !== undefined && typeof s.item.at === 'string' && s.item.at > ask.at,
  );
  if (settledTheirs && settledByCustomer(ask.text, ask.at, material.customer))
    return { state: 'settled', by: settledTheirs };
  const answer = earlierAnswer(ask.text, ask.at, [...material.scripted, ...material.ours], usable);
  return answer ? { state: 'answerable', answer } : { state: 'open' };
}
