/**
 * @module Where the customer's problem stands as of asOf, for the update's opening: the latest public
 * sentence (the customer's or ours) after their first report that says it works again. An impact told
 * in the present ("since this morning you cannot create a label") is stale once that is said.
 */
import { analyze } from '../language/analyze.js';
import { type Clause, clausesOf } from '../language/clause.js';
import type { Sentence } from '../language/types.js';
import { instructs } from './article-procedure.js';
import { readsWorkingAgain } from './reads-working-again.js';
import { toSecondPerson } from './to-second-person.js';
import type { Said, UpdateMaterial } from './update-material.js';

export interface Restored {
  /** the sentence that says it works again */
  readonly said: Said;
  /** when it was said (ms), to tell which impact sentences came before it */
  readonly at: number;
  /** the clause that says it, in the second person, when it names its subject ("labels are printing again") */
  readonly clause: string | null;
}

const POINTING = new Set(['it', 'this', 'that', 'they', 'them', 'these', 'those']);
const timeOf = (s: Said): number => (s.item.at ? Date.parse(s.item.at) : Number.NaN);

/**
 * "good to see the carriers are back": an adjective, "to" and a verb of seeing or hearing frame what
 * follows; the clause that is said back starts after the verb.
 */
function withoutFrame(part: string): string {
  const [adj, to, verb, next] = analyze(part).sentences[0]?.tokens ?? [];
  // the tagger reads a capital "Great" at the start as a name
  return (adj?.pos === 'ADJ' || adj?.pos === 'PROPN') && to?.normal === 'to' && verb?.pos === 'VERB' && next
    ? part.slice(next.start)
    : part;
}

/** The clause of a sentence that says it works again, opening on a named subject, or null. */
function restoringClause(text: string, speaker: 'customer' | 'staff'): string | null {
  const parts = text.replace(/[!.?\s]+$/, '').split(/,\s+|;\s+|\s+and\s+|\s+but\s+/);
  for (const whole of parts) {
    // "great news that the 3 trucks are back": what is back follows "that"
    const part = withoutFrame(whole.replace(/^.{0,40}?\bthat\s+/i, ''));
    const s = analyze(part).sentences[0];
    if (!s || !readsWorkingAgain(s)) continue;
    const [first, second] = s.tokens;
    // "it is online again": said back alone, "it" names nothing; "these 3 trucks" does
    const alone =
      first !== undefined && POINTING.has(first.normal) && /^(?:AUX|VERB)$/.test(second?.pos ?? '');
    const named =
      first !== undefined && first.pos !== 'PRON' && !alone && /^(?:DET|NOUN|PROPN|ADJ|NUM)$/.test(first.pos);
    if (!named) return null;
    const clause = toSecondPerson(part, speaker).trim();
    return clause.charAt(0).toLowerCase() + clause.slice(1);
  }
  return null;
}

/** The latest restoration said in public after the customer's first report, or null. */
export function readRestored(material: UpdateMaterial): Restored | null {
  const reported = material.customer.map(timeOf).filter((t) => !Number.isNaN(t));
  if (reported.length === 0) return null;
  const firstReport = Math.min(...reported);
  const latest = (said: readonly Said[]): Said | null =>
    said
      .filter((s) => timeOf(s) > firstReport && analyze(s.text).sentences.some(readsWorkingAgain))
      .reduce<Said | null>((a, s) => (!a || timeOf(s) >= timeOf(a) ? s : a), null);
  const theirs = latest(material.customer);
  const ours = latest(material.ours);
  const said = theirs && (!ours || timeOf(theirs) >= timeOf(ours)) ? theirs : ours;
  if (!said) return null;
  // the customer's own words say it best; ours when they gave none
  const clause =
    (theirs ? restoringClause(theirs.text, 'customer') : null) ??
    (ours ? restoringClause(ours.text, 'staff') : null);
  return { said, at: timeOf(said), clause };
}

/**
 * True when the sentence tells its impact in the past ("300 parcels missed", "we could not"): the
 * first clause's finite verb group reports something done (language/tense.ts, read by
 * language/clause.ts), and no later clause says the problem itself goes on ("… went out twice, and
 * it's happening on other pages too": "it" in the present). A participle before its noun ("our
 * scheduled posts") is no verb of a clause. Takes a sentence already read, or text to read.
 */
export function isPastTense(text: string | Sentence): boolean {
  const sentences = typeof text === 'string' ? analyze(text).sentences : [text];
  const verbs = sentences
    .flatMap((s) => clausesOf(s))
    .flatMap((c) => (c.verb ? [{ past: pastGroup(c), subject: c.subject?.normal ?? '' }] : []));
  const [first, ...rest] = verbs;
  return first?.past === true && !rest.some((v) => !v.past && PROBLEM_ITSELF.has(v.subject));
}

/** The clause's verb group is past: done (tense.ts), or the past of a modal ("could not", "couldn't"). */
function pastGroup(c: Clause): boolean {
  const verb = c.verb;
  if (!verb) return false;
  return verb.past || PAST_MODAL.has(c.tokens[verb.index]?.normal ?? '');
}
const PAST_MODAL = new Set(['could']);
const PROBLEM_ITSELF = new Set(['it', 'this', 'that']);

const MODAL_ADVICE = new Set(['can', 'could', 'should']);
const NO_VERB_LIST = /(?!)/;

/** Advice: a condition ("if your team switches …, labels will work"), an instruction, or "you can/should". */
export function advises(text: string): boolean {
  return analyze(text).sentences.some((s) => {
    const words = s.tokens.filter((t) => t.kind === 'word');
    // the tagger reads a capitalised first word as a name: "Clear the cache" is read after "you"
    const imperative = instructs(s.text, NO_VERB_LIST);
    const youCan = words.some((t, i) => t.normal === 'you' && MODAL_ADVICE.has(words[i + 1]?.normal ?? ''));
    return s.conditional || imperative || youCan;
  });
}
