/**
 * @module Whether a sentence stops something to contain harm, read from structure over the language
 * layer's tokens: a verb of stopping ("paused", "disabled", "switched … off", "put … on hold") with a
 * purpose that nothing more happen ("so nothing more is sent", "so that it can't send more", "to stop
 * more duplicates"). Containment keeps the damage from growing; it does not let anyone work.
 */
import type { Sentence, Token } from '../language/types.js';

// verbs of stopping (lemmas)
const STOPPING = new Set(['pause', 'suspend', 'disable', 'stop', 'halt', 'freeze']);
// verbs that stop with a particle: "switched the webhook off", "turned it off"
const SWITCHING = new Set(['switch', 'turn', 'shut']);
// verbs of preventing in a purpose clause: "to stop more duplicates", "to prevent further sends"
const PREVENTING = new Set(['stop', 'prevent', 'avoid', 'contain', 'limit']);
// what says nothing more happens: "so nothing more", "so no further", "so it can't"
const NONE = new Set(['nothing', 'no', 'not', 'never', 'nobody']);
// how far the purpose may sit from the stopping verb
const REACH = 14;

const has = (t: Token | undefined, set: ReadonlySet<string>): boolean =>
  t !== undefined && (set.has(t.lemma) || set.has(t.normal));

/** "paused", "switched the webhook off", "put the export on hold". */
function stops(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  // "disabled" after a subject is sometimes tagged an adjective with itself as lemma
  const participle = t.pos === 'ADJ' && [1, 2].some((n) => STOPPING.has(t.normal.slice(0, -n)));
  if (participle) return true;
  if (t.pos !== 'VERB') return false;
  if (has(t, STOPPING)) return true;
  const rest = tokens.slice(i + 1, i + 7);
  if (has(t, SWITCHING)) return rest.some((x) => x.normal === 'off');
  return t.lemma === 'put' && rest.some((x, k) => x.normal === 'on' && rest[k + 1]?.normal === 'hold');
}

/** "so (that) nothing more …", "so no further …", "so it can't …", "to stop more …". */
function purposeOfNoMore(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k <= from + REACH; k++) {
    const t = tokens[k];
    if (t?.normal === 'to' && has(tokens[k + 1], PREVENTING)) return true;
    if (t?.normal !== 'so') continue;
    const clause = tokens.slice(k + 1, k + 6);
    if (clause.some((x) => has(x, NONE))) return true;
  }
  return false;
}

/** True when the sentence stops something so that nothing more goes wrong. */
export function readsContainment(s: Sentence): boolean {
  const tokens = s.tokens;
  return tokens.some((_, i) => stops(tokens, i) && purposeOfNoMore(tokens, i + 1));
}
