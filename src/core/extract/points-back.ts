/** @module An ask that points back with a bare plural pronoun ("ship these?", "refund them?"). */
import type { Sentence, Token } from '../language/types.js';

const BACK = new Set(['these', 'those', 'them']);

function pluralNoun(token: Token): boolean {
  return token.pos === 'NOUN' && token.normal !== token.lemma;
}

/**
 * True when a plural pronoun stands alone as a verb's object ("Do we have to ship these?", "Can
 * you cancel them?"): the ask is about something said before, so it reads only with the problem
 * it points at. A pronoun after a preposition ("forward it to them") names people, not the matter.
 */
export function pointsBack(sentence: Sentence): boolean {
  const tokens = sentence.tokens;
  return tokens.some((token, i) => {
    // "If the files are in path, why can't it find them?": the sentence names what it points at
    if (tokens.slice(0, i).some(pluralNoun)) return false;
    const previous = tokens[i - 1];
    if (!BACK.has(token.normal) || previous === undefined || previous.pos === 'ADP') return false;
    const next = tokens[i + 1];
    if (next === undefined || next.pos === 'PUNCT' || next.pos === 'ADV' || next.pos === 'ADP') return true;
    // "resend those today": a time word is no noun the pronoun qualifies
    return sentence.entities.some((e) => (e.type === 'date' || e.type === 'time') && e.start === next.start);
  });
}
