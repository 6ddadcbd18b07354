/**
 * @module How far the thread supports a surviving hypothesis: confirmed (reproduced, found, shown in
 * the logs), stated (said plainly by our side), or guessed (hedged). Refuted ones never get here:
 * `ruledOutTheories` takes them out first.
 */

import { analyze } from '../language/analyze.js';
import type { Sentence } from '../language/types.js';
import { readsOwnership } from './reads-cause-owner.js';
import { happened } from './reads-non-cause-act.js';

export type HypothesisSupport = 'confirmed' | 'stated' | 'guessed';

const CONFIRMED =
  /\b(?:confirm(?:s|ed)|can confirm|repro'?d|reproduced|reproducible|found it|root cause|cause (?:is|was)|turns? out|it'?s on us|that'?s (?:the cause|why|it)|verified|identified|(?:logs?|traces?|grafana|kibana|datadog|metrics|dashboards?) (?:show|shows|showed|confirm\w*)|ran (?:their|the customer'?s?) \w+ (?:on|in|against))\b/gi;
const HEDGE =
  /\b(?:prob(?:ably)?|maybe|perhaps|might|may be|could be|guess\w*|i think|we think|i believe|suspect\w*|seems?|looks? like|sounds like|smells like|likely|not sure|theory|hypothes\w*|possibly|wondering|at least part)\b|\?/i;
// labels and asides that are not about the cause
const NOT_A_CAUSE = /^(?:(?:partial |possible )?work-?around|also fyi|fyi|eta|options?|plan)\b\s*[:,-]?/i;

// "not confirmed yet", "haven't reproduced it": a denied confirmation
const CONFIRMING = new Set(['confirm', 'verify', 'reproduce', 'repro']);
const RESTRICTS = new Set(['only', 'just', 'merely']);
const OBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

// what puts a confirmation still to come: "once they confirm", "until eng verifies", "we'll confirm", "to verify"
const WAITING = new Set(['once', 'when', 'until', 'till', 'if', 'after', 'before', 'unless', 'to']);
const MODAL = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll"]);
const CLAUSE_EDGE = new Set([',', ';', ':', '.', '—', '–', '(', ')']);

/**
 * True when the cue at offset `at` sits in a clause that puts it ahead ("3 POs went out; Karin will
 * cancel them once the supplier confirms"): a subordinator of time or condition, an infinitive's
 * "to" or a modal before it in its clause.
 */
function yetToCome(read: readonly Sentence[], at: number): boolean {
  const tokens = read.flatMap((s) => s.tokens);
  let k = tokens.findIndex((t) => t.end > at) - 1;
  for (; k >= 0; k--) {
    const t = tokens[k];
    if (!t || CLAUSE_EDGE.has(t.text) || t.pos === 'CCONJ') return false;
    if (WAITING.has(t.normal) || MODAL.has(t.normal)) return true;
  }
  return false;
}

/** "4.18 added inline checks", "2.4 switched the parser to strict": a release said plainly to have changed something. */
function reportsChange(s: Sentence): boolean {
  if (s.hedged || s.question || s.conditional) return false;
  // a version names the release, by shape or as a dotted number before the verb ("3.2 switched …")
  const named = (i: number): boolean =>
    s.entities.some((e) => e.type === 'version') ||
    s.tokens.slice(0, i).some((t) => t.pos === 'NUM' && t.text.includes('.'));
  return s.tokens.some(
    (t, i) =>
      !t.negated &&
      t.pos === 'VERB' &&
      happened(s.tokens, i) &&
      // "2.4 only changed the CSS" bounds the change to something else: it clears the release
      !RESTRICTS.has(s.tokens[i - 1]?.normal ?? '') &&
      OBJECT_POS.has(s.tokens[i + 1]?.pos ?? '') &&
      named(i),
  );
}

/**
 * A confirming phrase, a note that opens with "repro …" (a reproduction reported), a release our
 * side says changed something, or our side owning the fault ("it's ours"); never when the
 * confirmation is denied.
 */
function confirms(text: string): boolean {
  const read = analyze(text).sentences;
  if (read.some((s) => s.tokens.some((t) => t.negated && CONFIRMING.has(t.lemma)))) return false;
  for (const m of text.matchAll(CONFIRMED)) if (!yetToCome(read, m.index ?? 0)) return true;
  // "Smells like the X change. yep. X does …": a guess, then a reply that affirms it
  const guess = read.findIndex((s) => HEDGE.test(s.text));
  if (
    guess >= 0 &&
    read.some(
      (_, k) =>
        k > guess &&
        affirms(
          read
            .slice(k)
            .map((x) => x.text)
            .join(' '),
        ),
    )
  )
    return true;
  return read.some((s) => {
    const first = s.tokens.find((t) => t.kind === 'word');
    return (first?.normal === 'repro' && !first.negated) || reportsChange(s) || readsOwnership(s);
  });
}

// a reply's opening word that says the guess before it is right: a closed set ("ok", "sure",
// "thanks" only acknowledge)
const AFFIRMATIVE = new Set(['yes', 'yep', 'yeah', 'yup', 'correct', 'exactly', 'confirmed']);

/**
 * "yep. the v3 serializer …": the text opens with an affirmative that is neither hedged nor
 * negated ("yep, maybe", "yes, but not sure"); a bare "yep." is read with the sentence after it.
 */
export function affirms(text: string): boolean {
  const read = analyze(text).sentences;
  const first = read[0];
  const opener = first?.tokens.find((t) => t.kind === 'word');
  if (!first || !opener || !AFFIRMATIVE.has(opener.normal) || opener.negated) return false;
  // standing alone ("yep.", "Exactly,") or an interjection: "Confirmed with the customer that …" reports a check
  const after = first.tokens[first.tokens.indexOf(opener) + 1];
  if (after !== undefined && after.kind !== 'punctuation' && opener.pos !== 'INTJ') return false;
  const bare = first.tokens.filter((t) => t.kind === 'word').length === 1;
  const said = bare ? read.slice(0, 2) : [first];
  // "without" restricts what the mechanism does; it negates no affirmation
  return said.every((s) => s.negators.every((k) => s.tokens[k]?.normal === 'without') && !HEDGE.test(s.text));
}

// a label that says what follows was checked: "confirmed in code:", "verified:", "reproduced on staging:"
const CHECKED = new Set(['confirm', 'verify', 'reproduce']);
const MAX_LABEL = 5;

/**
 * "confirmed in code: the uninstall handler never touches the legacy table": a confirmation as the
 * label of the statement after its colon — a finding our side states as established. The label's
 * verb is in its past form, not denied, and followed by nothing or by where it was checked ("in
 * code", "on staging"), never by an object of its own ("verified the counts: 64 received" reports a
 * count, not a cause); the statement has a verb of its own.
 */
export function opensWithConfirmation(s: Sentence): boolean {
  if (s.question || s.hedged || s.conditional) return false;
  const colon = s.tokens.findIndex((t) => t.text === ':');
  if (colon < 1 || colon > MAX_LABEL) return false;
  const label = s.tokens.slice(0, colon);
  const at = label.findIndex(
    (t) => !t.negated && ((CHECKED.has(t.lemma) && t.normal.endsWith('ed')) || t.normal === "repro'd"),
  );
  // "confirmed in code:", "reproduced on staging:" say where; "verified the counts:" names its own object
  const where = label[at + 1];
  const rest = s.tokens.slice(colon + 1);
  return (
    at >= 0 &&
    (where === undefined || where.pos === 'ADP') &&
    rest.some((t) => t.pos === 'VERB' || t.pos === 'AUX') &&
    rest.length >= 4
  );
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

const DATED = new Set(['date', 'time']);
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
        // a guess that carries what was seen and when ("edited 26 Nov 23:41 by …") before a bare guess
        observed: analyze(text).sentences.some((s) => s.entities.some((e) => DATED.has(e.type))),
      };
    })
    .sort(
      (a, b) =>
        Number(a.aside) - Number(b.aside) ||
        RANK[b.support] - RANK[a.support] ||
        (a.support === 'guessed' ? Number(b.observed) - Number(a.observed) : 0) ||
        Number(b.full) - Number(a.full) ||
        a.index - b.index,
    )
    .map(({ claim, support }) => ({ claim, support }));
}
