/**
 * @module What a customer sentence that reads as an ask really is, from its tokens: an ask to answer,
 * a plea (a request whose only content is to help, fix or look at "this": "please help", "we need
 * this fixed", "any help appreciated" — answered by acting, never listed as a question), a statement of
 * their own timeline ("we need until March to move them", a want whose object is a stretch of time),
 * or text relayed from a third party (a notice the customer forwarded, whose "please inform your
 * provider" is addressed to them, not to us).
 */
import type { Sentence, Token } from '../language/types.js';

export type AskKind = 'ask' | 'plea' | 'statement' | 'relayed';

// the verbs and nouns of asking for help as such; a plea names nothing else
const PLEA_WORDS = new Set(
  'help fix resolve solve sort look investigate assist advise escalate expedite hurry appreciate need want require get support issue problem asap urgent urgently thing anything something matter soon quickly now possible attention'.split(
    ' ',
  ),
);
// parts of speech that carry no content of what is asked
const FRAME = new Set([
  'PRON',
  'AUX',
  'DET',
  'PART',
  'ADP',
  'PUNCT',
  'CCONJ',
  'SCONJ',
  'INTJ',
  'SYM',
  'SPACE',
]);
const POLITE = new Set(['please', 'pls', 'plz', 'kindly']);
const WANTING = new Set(['need', 'want', 'require']);
// "we need until March", "we need till Friday": a stretch of time asked of no one
const UNTIL = new Set(['until', 'till', 'til']);
const SUBJECTS = new Set(['i', 'we']);

/** The lemmas that say what is asked: nouns, verbs, adjectives and numbers, the frame left out. */
function contentLemmas(tokens: readonly Token[]): string[] {
  return (
    tokens
      .filter((t) => t.kind === 'word' || t.kind === 'number')
      .filter((t) => !FRAME.has(t.pos) && !POLITE.has(t.normal))
      // "just", "really", "urgently" say how, not what; "back" ("we need them back") says what
      .filter((t) => t.pos !== 'ADV' || !(t.stop || t.normal.endsWith('ly')) || PLEA_WORDS.has(t.normal))
      .map((t) => t.lemma || t.normal)
  );
}

// a wh-question asks for a time, a reason or a way, however little it names: "when is this fixed?"
const WH = new Set(['when', 'how', 'why', 'what', 'which', 'who', 'where', 'whether']);
// "can you look at this?", "could someone have a look?": a question that only asks us to act
const ADDRESSEE = new Set(['you', 'someone', 'somebody', 'anyone', 'anybody']);

/** "please help", "we need this fixed asap", "any help would be appreciated": a plea, no thing named. */
export function readsPlea(s: Sentence): boolean {
  if (s.tokens.some((t) => WH.has(t.normal))) return false;
  const question = s.tokens.at(-1)?.normal === '?' || s.text.trim().endsWith('?');
  if (question && !s.tokens.some((t) => ADDRESSEE.has(t.normal))) return false;
  const words = contentLemmas(s.tokens);
  return words.length > 0 && words.every((w) => PLEA_WORDS.has(w));
}

/** "Realistically we need until end of March to …": the writer's own timeline, not a request. */
export function readsOwnTimeline(s: Sentence): boolean {
  const words = s.tokens.filter((t) => t.kind === 'word');
  return words.some(
    (t, i) =>
      WANTING.has(t.lemma) &&
      SUBJECTS.has(words[i - 1]?.normal ?? '') &&
      UNTIL.has(words[i + 1]?.normal ?? '') &&
      !s.text.trim().endsWith('?'),
  );
}

/**
 * The kind of a sentence already read as an ask. `relayed` says the sentence sits in a message the
 * customer forwarded (a third party's notice), which the caller reads from the message's structure.
 */
export function askKind(s: Sentence, relayed = false): AskKind {
  if (relayed) return 'relayed';
  if (readsOwnTimeline(s)) return 'statement';
  if (readsPlea(s)) return 'plea';
  return 'ask';
}
