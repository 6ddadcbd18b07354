/**
 * @module A defect our side says is already fixed in a released version ("fixed in 5.2", "patched in
 * the last update"), as the thread stands: a later "the update did not fix it", from anyone, undoes
 * it. A fix promised ("will be fixed", "fixed in the next release") is no released fix.
 */
import { isDenied } from '../language/polarity.js';
import { isPastForm } from '../language/tense.js';
import type { Sentence, Token } from '../language/types.js';
import type { Trace } from '../model/trace.js';
import type { ExtractContext } from './context.js';
import { isOurs } from './derive-assessment.js';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
const FIX = set('fix resolve patch address correct');
const RELEASE = set('release version update build upgrade patch hotfix');
const NOT_YET = set('will shall would should can could once until when after if unless');
const NOT_OUT = set('next upcoming coming future pending planned');
const VERSION = /^v?\d+(?:\.\d+)+/;
// having moved to the new version: "updated", "after the upgrade"
const UPDATED = set('updated upgraded installed');

export interface FixReleasedSignal {
  readonly value: boolean;
  readonly cites: readonly string[];
  readonly traces: readonly Trace[];
}

const isFixVerb = (t: Token): boolean => FIX.has(t.lemma) && t.pos === 'VERB';

/** "Fixed in 4.2.1", "was patched in the 5.2 release": a fix already out, not promised nor denied. */
export function saysFixReleased(s: Sentence): boolean {
  if (s.question || s.conditional || s.hedged) return false;
  const t = s.tokens;
  if (t.some((k) => k.normal === 'still')) return false;
  return t.some((k, i) => {
    if (!isFixVerb(k) || !isPastForm(k) || isDenied(s, i)) return false;
    if (t.slice(Math.max(0, i - 4), i).some((c) => NOT_YET.has(c.normal))) return false;
    // "in/with/since <version or release>", within the clause
    for (let j = i + 1; j < Math.min(t.length, i + 4); j++) {
      const prep = t[j] as Token;
      if (prep.pos === 'PUNCT') return false;
      if (!['in', 'with', 'since', 'by'].includes(prep.normal)) continue;
      const object = t.slice(j + 1, j + 5);
      const end = object.findIndex((o) => o.pos === 'PUNCT' && !VERSION.test(o.text));
      const phrase = end < 0 ? object : object.slice(0, end);
      if (phrase.some((o) => NOT_OUT.has(o.normal))) return false;
      return phrase.some((o) => VERSION.test(o.text) || RELEASE.has(o.lemma));
    }
    return false;
  });
}

/**
 * "The update didn't fix it", "not fixed in 4.2", "updated to 4.2 and it still happens": the
 * released fix did not settle it.
 */
export function saysNotFixed(s: Sentence): boolean {
  if (s.question) return false;
  const t = s.tokens;
  if (t.some((k, i) => isFixVerb(k) && isDenied(s, i))) return true;
  if (s.hedged || s.conditional || !t.some((k) => k.normal === 'still')) return false;
  return t.some((k) => VERSION.test(k.text) || UPDATED.has(k.normal));
}

/** Whether our side holds, now, that the fix is already released, with the sentences that say so. */
export function deriveFixReleased(ctx: ExtractContext): FixReleasedSignal {
  let traces: Trace[] = [];
  for (const item of ctx.items) {
    if (item.role === 'bot' || item.unit === 'log' || item.unit === 'request') continue;
    for (const sentence of item.analyzed) {
      if (saysNotFixed(sentence)) traces = [];
      else if (isOurs(item) && saysFixReleased(sentence))
        traces.push({
          mechanism: 'structure',
          rule: 'fix-released',
          evidence: item.id,
          sentence: sentence.text,
        });
    }
  }
  const kept = traces.slice(-5);
  return { value: kept.length > 0, cites: [...new Set(kept.map((t) => t.evidence))], traces: kept };
}
