/**
 * @module A step the system skips, said plainly by our side: "token auth never checks the owner's
 * status", "the resolver never goes through the permission filter". A thing (not a person) as
 * subject, "never", then a verb in the present that acts on something. That is how engineers state
 * the mechanism of a defect; "the page never loads" (no object) is the symptom, and "the customer
 * never logs in" is a person's habit.
 */
import type { Sentence } from '../language/types.js';

const PERSONS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'customer', 'user', 'admin', 'nobody']);
// what the verb acts on: its object ("checks the status", "checks whether …") or a path ("goes through")
const ACTED_ON = new Set(['DET', 'NOUN', 'PROPN', 'ADP', 'PRON', 'NUM', 'SCONJ']);

/** True when the sentence says a thing never does something to something. */
export function statesSkippedStep(s: Sentence): boolean {
  if (s.question || s.hedged || s.conditional) return false;
  const tokens = s.tokens;
  // "Changing the precision never alters the stored grades": an action as subject says what doing it does not do
  if (tokens[0]?.pos === 'VERB' && tokens[0].normal.endsWith('ing')) return false;
  return tokens.some((t, i) => {
    if (t.normal !== 'never') return false;
    // "the resolver reads … and never goes through …": the subject of the first verb carries on
    const subject =
      tokens[i - 1]?.normal === 'and'
        ? tokens
            .slice(
              0,
              tokens.findIndex((x) => x.pos === 'VERB'),
            )
            .pop()
        : tokens[i - 1];
    const verb = tokens[i + 1];
    if (!subject || !verb || !['NOUN', 'PROPN'].includes(subject.pos) || PERSONS.has(subject.lemma))
      return false;
    // the present of habit: "checks", "goes", "touches"; not "never worked", "never got"
    const present = verb.normal.endsWith('s') && verb.normal !== verb.lemma;
    return present && ACTED_ON.has(tokens[i + 2]?.pos ?? '');
  });
}
