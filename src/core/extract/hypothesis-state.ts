/**
 * @module How far the thread supports a surviving hypothesis: confirmed (reproduced, found, shown in
 * the logs), stated (said plainly by our side), or guessed (hedged). Refuted ones never get here:
 * `ruledOutTheories` takes them out first.
 */

import { analyze } from '../language/analyze.js';

export type HypothesisSupport = 'confirmed' | 'stated' | 'guessed';

const CONFIRMED =
  /\b(?:confirm(?:s|ed)|can confirm|repro'?d|reproduced|reproducible|found it|(?:root )?cause (?:is|was)|turns? out|it'?s on us|that'?s (?:the cause|why|it)|verified|identified|(?:logs?|traces?|grafana|kibana|datadog|metrics|dashboards?) (?:show|shows|showed|confirm\w*)|ran (?:their|the customer'?s?) \w+ (?:on|in|against))\b/i;
const HEDGE =
  /\b(?:prob(?:ably)?|maybe|perhaps|might|may be|could be|guess\w*|i think|we think|i believe|suspect\w*|seems?|looks? like|sounds like|smells like|likely|not sure|theory|hypothes\w*|possibly|wondering|at least part)\b|\?/i;
// labels and asides that are not about the cause
const NOT_A_CAUSE = /^(?:(?:partial |possible )?work-?around|also fyi|fyi|eta|options?|plan)\b\s*[:,-]?/i;

/** A confirming phrase, or a note that opens with "repro …" (a reproduction reported). */
function confirms(text: string): boolean {
  if (CONFIRMED.test(text)) return true;
  return analyze(text).sentences.some((s) => {
    const first = s.tokens.find((t) => t.kind === 'word');
    return first?.normal === 'repro' && !first.negated;
  });
}

/** The support a hypothesis has in its own words. */
export function hypothesisSupport(text: string): HypothesisSupport {
  if (confirms(text) && !/\b(?:unconfirmed|unverified)\b/i.test(text)) return 'confirmed';
  return HEDGE.test(text) ? 'guessed' : 'stated';
}

/** True when the text is a label or aside (a workaround, a plan, an fyi) rather than a cause. */
export function isNotACause(text: string): boolean {
  return NOT_A_CAUSE.test(text.trim());
}

const RANK: Readonly<Record<HypothesisSupport, number>> = { confirmed: 2, stated: 1, guessed: 0 };
// a bare conclusion ("so it's on us") leads only when nothing says what the cause is
const MIN_WORDS = 8;

/**
 * The hypotheses in the order an engineer should read them: confirmed before stated before guessed,
 * a full explanation before a bare conclusion, otherwise the given order (newest first).
 */
export function rankHypotheses<T extends { readonly value: unknown }>(
  hypotheses: readonly T[],
): Array<{ readonly claim: T; readonly support: HypothesisSupport }> {
  return hypotheses
    .map((claim, index) => {
      const text = String(claim.value);
      const words = text.split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w)).length;
      return {
        claim,
        support: hypothesisSupport(text),
        index,
        full: words >= MIN_WORDS,
        aside: isNotACause(text),
      };
    })
    .sort(
      (a, b) =>
        Number(a.aside) - Number(b.aside) ||
        RANK[b.support] - RANK[a.support] ||
        Number(b.full) - Number(a.full) ||
        a.index - b.index,
    )
    .map(({ claim, support }) => ({ claim, support }));
}
