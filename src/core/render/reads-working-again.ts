/**
 * @module Whether a sentence says the problem has stopped: something works again ("labels are
 * printing again", "it is online again"), is back ("the trucks are back", "back to normal") or was
 * put right ("the sync was restored", "has been fixed"). Read from structure over the language
 * layer's tokens: the verb before "again" must be no relapse ("failed again", "went down again") and
 * no repeated contact ("I wrote again"); nothing denies it, nothing is promised ("will be fixed"),
 * asked, doubted, conditional or still going on.
 */
import { isDenied } from '../language/polarity.js';
import { isPastForm } from '../language/tense.js';
import type { Sentence, Token } from '../language/types.js';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
// verbs (lemmas) whose repetition is the problem coming back, not going away
const RELAPSE = set(
  'fail break crash freeze hang disappear vanish stop drop bounce reject decline happen occur lose time error die',
);
// what someone does again is a contact or a try, not the system recovering ("I wrote again", "tried again")
const REPEATED_ACT = set(
  'write call ask email e-mail contact chase tell say try retry check restart reboot send',
);
// a state after "be" that is the problem ("down again", "offline again", "stuck again")
const BAD_STATE = set('down offline stuck broken dead late missing empty wrong');
// a done repair, in its state form ("was restored", "has been fixed")
const FIXED = set('resolve fix recover restore');
// what puts the repair in the future, a condition or an obligation
const NOT_YET = set(
  'will shall would should must need needs can could once until when after if unless to want wish hope',
);
// nouns of something going wrong: "the error shows up again"
const FAILURE = set('error failure exception crash bug issue problem warning');
const CLAUSE_END = set(', ; : and but or so because');
// "your status page says it is resolved": someone's claim, reported
const REPORTING = set('say claim show state report tell insist');
const DOUBT = set('might may maybe perhaps possibly probably seems seem hopefully');
const WINDOW = 6;

const words = (s: Sentence): Token[] => s.tokens.filter((t) => t.kind === 'word' || t.kind === 'number');

/**
 * "labels are printing again", "it is online again", "has started again": a state the system is in
 * (progressive, perfect, or "be" + a state word), never a passive act ("was opened again") or
 * someone's act ("I pushed it again"); nothing in the clause relapses, contacts or names a failure.
 */
function worksAgain(tokens: readonly Token[], i: number, s: Sentence): boolean {
  // the clause before "again": back to the nearest comma, colon or conjunction
  let from = i;
  while (from > 0 && i - from < WINDOW && !CLAUSE_END.has(tokens[from - 1]?.normal ?? '')) from--;
  const before = tokens.slice(from, i);
  // "it failed again", "went down again", "I wrote again", "the error shows again"
  if (
    before.some(
      (t) =>
        RELAPSE.has(t.lemma) ||
        REPEATED_ACT.has(t.lemma) ||
        BAD_STATE.has(t.normal) ||
        FAILURE.has(t.lemma) ||
        NOT_YET.has(t.normal),
    )
  )
    return false;
  const aux = before.findIndex((t) => t.lemma === 'be' || t.lemma === 'have');
  if (aux < 0) return false;
  return before.some((t, k) => {
    if (k <= aux || isDenied(s, from + k)) return false;
    // "is working again", "has started again"; "was opened again" is an act done to it
    const progressive = t.pos === 'VERB' && t.normal.endsWith('ing');
    const perfect = t.pos === 'VERB' && before[aux]?.lemma === 'have' && t.normal !== t.lemma;
    // "is online again", "normal again"; not "yet again", an idiom of repetition
    const state =
      (t.pos === 'ADJ' || (t.pos === 'ADV' && !t.stop)) &&
      k === before.length - 1 &&
      before[aux]?.lemma === 'be';
    return progressive || perfect || state;
  });
}

/** "are back", "back to normal", "back online": be + back, not "came back" (which a failure can do). */
function isBack(tokens: readonly Token[], i: number, s: Sentence): boolean {
  if (tokens[i]?.normal !== 'back') return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const afterBe = prev?.lemma === 'be';
  const normal = next?.normal === 'to' && tokens[i + 2]?.normal === 'normal';
  const online = next?.normal === 'online' || (next?.normal === 'up' && afterBe);
  const ends = !next || next.pos === 'PUNCT' || next.pos === 'CCONJ';
  return (normal || online || (afterBe && ends)) && !isDenied(s, i);
}

/** "was restored", "has been fixed", "Fixed in 4.8.2": a done repair, not an act on something. */
function repaired(tokens: readonly Token[], i: number, s: Sentence): boolean {
  const t = tokens[i];
  if (!t || !FIXED.has(t.lemma) || !isPastForm(t)) return false;
  // "was restored", "has been fixed"; at the head of a note ("Fixed in 4.8.2"), not of a log line
  // ("Resolved https://…"); "the data has resolved" settles a value, it repairs nothing
  const prev = tokens[i - 1];
  const head = i === 0 && tokens[i + 1]?.kind === 'word';
  return (prev?.lemma === 'be' || head) && !isDenied(s, i);
}

/** True when the sentence says the problem has stopped: works again, is back, or was put right. */
export function readsWorkingAgain(s: Sentence): boolean {
  if (s.question || s.conditional) return false;
  const tokens = s.tokens;
  if (tokens.some((t) => DOUBT.has(t.normal) || t.normal === 'still')) return false;
  // "Sign in again", "please restart it": an instruction opens on a bare verb
  const first = words(s)[0];
  if (first?.normal === 'please' || (first?.pos === 'VERB' && first.normal === first.lemma)) return false;
  // "… is resolved now, but nothing has changed for us": the problem goes on
  const but = tokens.findIndex((t) => t.normal === 'but');
  if (but >= 0 && s.negators.some((n) => n > but)) return false;
  return tokens.some((t, i) => {
    if (tokens.slice(0, i).some((k) => REPORTING.has(k.lemma) && k.pos === 'VERB')) return false;
    const found =
      (t.normal === 'again' && worksAgain(tokens, i, s)) || isBack(tokens, i, s) || repaired(tokens, i, s);
    return found && !tokens.slice(Math.max(0, i - WINDOW), i).some((k) => NOT_YET.has(k.normal));
  });
}
