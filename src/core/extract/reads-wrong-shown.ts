/**
 * @module Whether a sentence says the product shows something other than what is true — a defect
 * in what it displays or prints, even when the underlying data or money is right: "the receipts
 * are showing the wrong amount", "the export prints an incorrect date", "charged £45, but the
 * receipt says £90", "the dashboard shows 120 seats instead of 95". Read from structure: a verb of
 * showing (show, display, print, say, list) with "wrong"/"incorrect" after it, or with a
 * value that the sentence sets against another value (a contrast word, or a different verb
 * governing the other). Never asked, conditional or denied ("no longer shows the wrong total"),
 * never the words of a message someone would write ("we can send them a note: the labels printed
 * at the wrong size …"), and never a showing put down to a setting or to the customer's side
 * ("printed at the wrong scale because of their printer setting"): neither is our product at fault.
 */
import { isDenied } from '../language/polarity.js';
import { holdsAny } from '../language/sentence-words.js';
import type { Entity, Sentence, Token } from '../language/types.js';

const SHOWING = new Set(['show', 'display', 'print', 'say', 'list', 'render']);
const WRONG = new Set(['wrong', 'incorrect']);
// what sets one value against another: "£90 although £45 was charged", "120 instead of 95"
const CONTRAST = new Set([
  'although',
  'though',
  'but',
  'while',
  'whereas',
  'instead',
  'not',
  'expected',
  'should',
]);
const VALUES: ReadonlySet<Entity['type']> = new Set(['money', 'number', 'percent', 'date', 'time']);
const AHEAD = 3;
// a message to be written: what follows "we can write them a note:" is its wording
const WRITING = new Set(['write', 'tell', 'send', 'reply', 'draft', 'explain', 'answer']);
// a cause named after the showing: "because of a print setting", "due to their template"
const REASON = new Set(['because', 'due']);
// where such a cause sits with the customer, not in our product
const THEIR_PART = new Set(['setting', 'settings', 'config', 'configuration', 'profile', 'preference']);
const OWNERS = new Set(['your', 'their', 'customer', "customer's"]);

/** The showing word at `i` stands in a message's wording: after a colon whose lead-in writes one. */
function inWordingToWrite(tokens: readonly Token[], i: number): boolean {
  const colon = tokens.slice(0, i).findLastIndex((t) => t.text === ':');
  return colon > 0 && tokens.slice(0, colon).some((t) => t.pos === 'VERB' && WRITING.has(t.lemma));
}

/** After the showing word at `i`, a reason that puts it down to a setting or to the customer's side. */
function causedOnTheirSide(tokens: readonly Token[], i: number): boolean {
  const reason = tokens.findIndex((t, k) => k > i && REASON.has(t.normal));
  if (reason < 0) return false;
  return tokens
    .slice(reason + 1)
    .some((t) => THEIR_PART.has(t.lemma) || THEIR_PART.has(t.normal) || OWNERS.has(t.normal));
}

/** True when the sentence says something shown or printed is wrong, or differs from the true value. */
export function readsWrongShown(s: Sentence): boolean {
  // every reading opens at a showing word
  if (s.question || s.conditional || !holdsAny(s, SHOWING)) return false;
  const tokens = s.tokens;
  const valueAt = (i: number): Entity | undefined => {
    const t = tokens[i];
    return t && s.entities.find((e) => VALUES.has(e.type) && e.start <= t.start && e.end >= t.end);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !(SHOWING.has(t.lemma) || SHOWING.has(t.normal)) || t.negated || isDenied(s, i)) continue;
    if (inWordingToWrite(tokens, i) || causedOnTheirSide(tokens, i)) continue;
    // part of a compound name ("mso-displayed-thousand-separator"), not a verb
    if (tokens[i - 1]?.text === '-' || tokens[i + 1]?.text === '-') continue;
    for (let k = i + 1; k < tokens.length && k <= i + AHEAD; k++) {
      const next = tokens[k];
      if (!next) break;
      if (WRONG.has(next.normal)) return true;
      const shown = valueAt(k);
      if (!shown) continue;
      // another value in the sentence, set against the shown one
      for (let o = 0; o < tokens.length; o++) {
        const other = valueAt(o);
        // a value of the same kind: "120 seats instead of 95", not "3 tenants … showing January"
        if (
          !other ||
          other === shown ||
          other.type !== shown.type ||
          other.text.replace(/\D/g, '') === shown.text.replace(/\D/g, '')
        )
          continue;
        const lead = tokens.slice(Math.max(0, o - 2), o);
        const against = lead.some(
          (l) => CONTRAST.has(l.normal) || (l.pos === 'VERB' && !SHOWING.has(l.lemma) && l !== t),
        );
        if (against) return true;
      }
      break;
    }
  }
  return false;
}
