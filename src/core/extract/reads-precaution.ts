/**
 * @module Whether a sentence only asks someone to refrain from something ("please don't restart
 * the devices for now", "ask your staff not to re-run the import", "hold off on syncing"): a
 * precaution against making things worse, not a way around the problem. Read from structure over
 * the language layer's tokens: every action in the main clause is negated or held off, and nothing
 * offers another way ("use the web app instead"). A time clause ("until we confirm") is left out.
 */
import type { Sentence, Token } from '../language/types.js';

// verbs that give an instruction ("ask your staff", "we advise")
const INSTRUCTING = new Set([
  'ask',
  'tell',
  'advise',
  'request',
  'remind',
  'instruct',
  'suggest',
  'recommend',
]);
// … and those that pass one on or hold an action off: not the action itself
const FRAMING = new Set([...INSTRUCTING, 'let', 'please', 'need', 'want', 'wait', 'keep']);
const REFRAIN = new Set(['avoid', 'stop', 'refrain', 'pause', 'hold', 'cease']);
// a time or reason clause ends the main clause
const CLAUSE_END = new Set([
  'until',
  'once',
  'when',
  'before',
  'after',
  'because',
  'as',
  'while',
  'so',
  'but',
  ';',
]);
const ALTERNATIVE = new Set(['instead', 'meanwhile', 'alternatively', 'rather']);

const isVerb = (t: Token): boolean => t.pos === 'VERB';

// an instruction: "please", a verb passing one on or holding off, or "don't" / "never" opening a clause
function instructs(s: Sentence): boolean {
  return s.tokens.some(
    (t, i) =>
      t.normal === 'please' ||
      (t.pos === 'VERB' && (INSTRUCTING.has(t.lemma) || REFRAIN.has(t.lemma))) ||
      ((t.normal === 'do' || t.normal === 'never') &&
        (i === 0 || [',', ':', ';'].includes(s.tokens[i - 1]?.normal ?? '')) &&
        (t.normal === 'never' || s.tokens[i + 1]?.normal === 'not')),
  );
}

/** True when the sentence's main clause only tells someone not to do something. */
export function readsPrecaution(s: Sentence): boolean {
  if (s.question || s.conditional || !instructs(s)) return false;
  if (s.tokens.some((t) => ALTERNATIVE.has(t.normal) && t.normal !== 'meanwhile')) return false;
  let refrained = false;
  let held = false;
  for (const t of s.tokens) {
    if (CLAUSE_END.has(t.normal)) break;
    if (!isVerb(t)) continue;
    if (REFRAIN.has(t.lemma)) {
      held = true;
      continue;
    }
    if (FRAMING.has(t.lemma)) continue;
    if (t.negated || held) {
      refrained = true;
      continue;
    }
    // an action someone may take: a way around, not a precaution
    return false;
  }
  return refrained;
}
