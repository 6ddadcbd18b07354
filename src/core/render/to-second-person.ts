/**
 * @module Says a sentence back to the customer: their "we/our/I" becomes "you/your", their "you/your"
 * (meaning us) becomes "we/our"; a colleague's "they/their" about the customer becomes "you/your".
 */

import { analyze } from '../language/analyze.js';

type Speaker = 'customer' | 'staff';

const CUSTOMER_WORDS: Readonly<Record<string, string>> = {
  i: 'you',
  "i'm": "you're",
  "i've": "you've",
  "i'd": "you'd",
  "i'll": "you'll",
  me: 'you',
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
  we: 'you',
  "we're": "you're",
  "we've": "you've",
  "we'd": "you'd",
  "we'll": "you'll",
  us: 'you',
  our: 'your',
  ours: 'yours',
  ourselves: 'yourselves',
  your: 'our',
  yours: 'ours',
  "you're": "we're",
  "you've": "we've",
  "you'll": "we'll",
};
const STAFF_WORDS: Readonly<Record<string, string>> = {
  they: 'you',
  "they're": "you're",
  "they've": "you've",
  "they'll": "you'll",
  "they'd": "you'd",
  them: 'you',
  their: 'your',
  theirs: 'yours',
  themselves: 'yourselves',
};
// after these, a customer's "you" is the subject ("can you resend" → "can we resend")
const SUBJECT_BEFORE =
  /(?:^|[,;:(]|\b(?:and|but|or|so|if|when|once|until|whether|can|could|would|will|should|must|may|might|shall|did|do|does|have|has|is|are|was|were|am|don't|doesn't|didn't|can't|won't|isn't|aren't|wouldn't|shouldn't|couldn't|please|that|because))\s*$/i;

function keepCase(original: string, replacement: string): string {
  // the customer's own apostrophe (’ or ') and capital stay as they wrote them
  const quoted = original.includes('’') ? replacement.replace("'", '’') : replacement;
  return /^[A-Z]/.test(original) ? quoted.charAt(0).toUpperCase() + quoted.slice(1) : quoted;
}

// the word after "you" is a verb, an auxiliary or "not": "how you treat sellers", "results you received"
const VERB_NEXT = new Set(['VERB', 'AUX', 'PART']);

/** Offsets of the "you"s that a verb follows: the subject, said back as "we", not "us". */
function youBeforeVerb(text: string): Set<number> {
  const at = new Set<number>();
  for (const { tokens } of analyze(text).sentences)
    tokens.forEach((t, i) => {
      if (t.normal === 'you' && VERB_NEXT.has(tokens[i + 1]?.pos ?? '')) at.add(t.start);
    });
  return at;
}

/** The sentence with its speaker's pronouns turned towards the customer. */
export function toSecondPerson(text: string, speaker: Speaker): string {
  const table = speaker === 'customer' ? CUSTOMER_WORDS : STAFF_WORDS;
  const subjects = speaker === 'customer' && /\byou\b/i.test(text) ? youBeforeVerb(text) : new Set<number>();
  let out = text.replace(/\b[\p{L}]+(?:['’][\p{L}]+)?\b/gu, (word, offset: number, whole: string) => {
    const key = word.toLowerCase().replace('’', "'");
    if (speaker === 'customer' && key === 'you') {
      const subject = SUBJECT_BEFORE.test(whole.slice(0, offset)) || subjects.has(offset);
      return keepCase(word, subject ? 'we' : 'us');
    }
    if (speaker === 'customer' && key === 'am' && /\bI\s+$/.test(whole.slice(0, offset))) return 'are';
    if (speaker === 'customer' && key === 'was' && /\bI\s+$/.test(whole.slice(0, offset))) return 'were';
    const swapped = table[key];
    if (!swapped) return word;
    // "I" is capitalised anywhere; "you" only where a sentence starts
    const starts = /(?:^|[.!?]\s+)$/.test(whole.slice(0, offset));
    return word === 'I' || word.startsWith("I'") || word.startsWith('I’')
      ? starts
        ? keepCase('X', swapped)
        : swapped
      : keepCase(word, swapped);
  });
  if (speaker === 'staff')
    out = out.replace(/\bthe customer's\b/gi, 'your').replace(/\bthe customer\b/gi, 'you');
  // "you is", "you has", "you was" after a swap
  return out
    .replace(/\byou is\b/g, 'you are')
    .replace(/\byou am\b/g, 'you are')
    .replace(/\b([Aa])m you\b/g, (_m, a: string) => `${a === 'A' ? 'A' : 'a'}re you`)
    .replace(/\byou has\b/g, 'you have')
    .replace(/\byou was\b/g, 'you were')
    .replace(/\bwe is\b/g, 'we are');
}
