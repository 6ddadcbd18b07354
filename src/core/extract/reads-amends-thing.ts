/**
 * @module What amends are for: the noun a refund, credit or waiver applies to, read from the
 * language layer's tokens — the object of the verb ("refund the shipping label" → label), the noun
 * before a passive or a participle ("the label cost is refunded", "the fee waived" → label, fee),
 * or the noun an amends noun names ("a refund of the renewal", "a label refund"). Words that only
 * measure ("cost", "amount", "difference") give way to the noun they measure.
 */
import { isDenied } from '../language/polarity.js';
import type { Sentence, Token } from '../language/types.js';
import { COMPENSATION } from './signal-cues.js';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
const AMENDS = set(
  'refund refunds refunded refunding reimburse reimbursement compensate compensation credit credits waive waiver discount',
);
// what measures a thing rather than names it
const MEASURE = set(
  'cost costs amount money sum total price charge value difference balance everything payment part portion',
);
const NOUNISH = set('NOUN PROPN');
// what may open the thing's noun phrase: "the £38.20 label", "our annual subscription"
const OPENING = set('DET PRON NUM SYM ADJ');
const PREPOSITIONS = set('of for on');

const isAmends = (t: Token | undefined): boolean =>
  t !== undefined && (AMENDS.has(t.lemma) || AMENDS.has(t.normal));

// the naming noun of a run of nouns, head first: "label cost" → label, "transaction fee" → fee
function keyOf(nouns: readonly Token[]): string | null {
  for (let k = nouns.length - 1; k >= 0; k--) {
    const lemma = nouns[k]?.lemma ?? '';
    if (!MEASURE.has(lemma)) return lemma;
  }
  return null;
}

function nounsAfter(tokens: readonly Token[], from: number): Token[] {
  let k = from;
  while (k < tokens.length && OPENING.has(tokens[k]?.pos ?? '')) k++;
  const out: Token[] = [];
  while (k < tokens.length && NOUNISH.has(tokens[k]?.pos ?? '')) out.push(tokens[k++] as Token);
  return out;
}

function nounsBefore(tokens: readonly Token[], to: number): Token[] {
  const out: Token[] = [];
  for (let k = to; k >= 0 && NOUNISH.has(tokens[k]?.pos ?? ''); k--) out.unshift(tokens[k] as Token);
  return out;
}

/** The thing the amends word at `i` is for, as a lemma, or null when it names none. */
function thingAt(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i] as Token;
  if (t.pos === 'VERB') {
    let k = i - 1;
    while (k >= 0 && (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART')) k--;
    // "the label cost is refunded", "the label refunded": the thing stands before the participle
    const passive = k < i - 1 || t.normal.endsWith('ed');
    if (passive && NOUNISH.has(tokens[k]?.pos ?? '')) return keyOf(nounsBefore(tokens, k));
    return keyOf(nounsAfter(tokens, i + 1));
  }
  // "a refund of the renewal", "credit for the outage"
  if (PREPOSITIONS.has(tokens[i + 1]?.normal ?? '')) return keyOf(nounsAfter(tokens, i + 2));
  // "a label refund", "the transaction fee waiver"
  return keyOf(nounsBefore(tokens, i - 1));
}

/**
 * The things the sentence's amends (not denied) are for, or null when one of them names none ("a
 * refund", "a free month", "10% off"): such amends are for no thing a rule could cover.
 */
export function amendsThings(s: Sentence): string[] | null {
  const out: string[] = [];
  let unnamed = false;
  s.tokens.forEach((t, i) => {
    if (!isAmends(t) || isDenied(s, i)) return;
    const thing = thingAt(s.tokens, i);
    if (thing === null) unnamed = true;
    else if (!out.includes(thing)) out.push(thing);
  });
  // "a free month", "three months free": amends the cue names without an amends word
  const rest = s.tokens
    .filter((t) => !isAmends(t))
    .map((t) => t.text)
    .join(' ');
  if (COMPENSATION.test(rest)) unnamed = true;
  return unnamed ? null : out;
}
