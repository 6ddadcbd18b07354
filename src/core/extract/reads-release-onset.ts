/**
 * @module Whether a sentence ties the start of the failure to a release: "it started the day 5.2
 * went out", "exports began failing the morning the new build was deployed", "since 4.1 went out
 * the import fails", "broken ever since v3.2". Read from structure: an onset (start, begin, since,
 * after) and a release (a release word, or a version number shipped: "went out",
 * "shipped", "deployed") in one sentence. Never asked, conditional or denied ("it did not start
 * with the deploy"), never starting the release itself ("we started the migration"), and never
 * the other side's own update ("since our Windows update" from the customer, "their upgrade" from us).
 */
import { isDenied } from '../language/polarity.js';
import type { Sentence, Token } from '../language/types.js';

const RELEASE = new Set(
  'release deploy deployment upgrade update rollout migration hotfix build version'.split(' '),
);
// a release going live, or the customer moving onto it: "went out", "was deployed", "upgraded to 4.1"
const SHIPPING = new Set(['go', 'ship', 'deploy', 'release', 'land', 'roll', 'push', 'upgrade', 'update']);
const ONSET_VERB = new Set(['start', 'begin']);
const ONSET_WORD = new Set(['since', 'after']);
// what may stand between "since"/"after" and the release it names: "since the latest 4.1 update"
const NAMING = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PRON']);
// whose release: the customer's own ("our") when the customer speaks, theirs when we speak
const CUSTOMER_OWNS = new Set(['our', 'my', 'we']);
const STAFF_CUSTOMER = new Set(['your', 'their', 'they', 'customer', "customer's"]);
const REACH = 14;
// "available since 0.17", "can be done since v22": something became possible, nothing failed
const ENABLED = new Set(['available', 'supported', 'possible', 'can', 'allow']);

const isVersion = (s: Sentence, t: Token): boolean =>
  /^v?\d+(?:\.\d+)+[a-z]?$/i.test(t.normal) &&
  s.entities.some(
    (e) => e.start <= t.start && e.end >= t.end && (e.type === 'version' || e.type === 'number'),
  );

// a release word used as a name ("the release", "the 07:00 deploy", "our update"), not an act
// ("after I updated the settings")
function namesRelease(s: Sentence, i: number): boolean {
  const t = s.tokens[i];
  if (!t || !RELEASE.has(t.lemma)) return false;
  const before = s.tokens[i - 1];
  return (
    t.pos === 'NOUN' ||
    t.pos === 'PROPN' ||
    (before !== undefined && ['DET', 'NUM', 'PART'].includes(before.pos)) ||
    ['our', 'your', 'their', 'my', 'its'].includes(before?.normal ?? '')
  );
}

// a release that went out: "5.2 went out", "the new build was deployed", "upgraded to 4.1"
function shipped(s: Sentence, i: number): boolean {
  const t = s.tokens[i];
  if (!t || !(namesRelease(s, i) || isVersion(s, t))) return false;
  const near = s.tokens.slice(Math.max(0, i - 3), i + 4);
  return near.some((k, n) => n !== i - Math.max(0, i - 3) && SHIPPING.has(k.lemma) && k.pos === 'VERB');
}

// "since the 5.2 release", "after version 2.11", "since 4.1 went out"; not a clause of its own
// ("since both versions are available")
function ledTo(s: Sentence, from: number): number {
  const tokens = s.tokens;
  for (let r = from + 1; r < tokens.length && r <= from + 4; r++) {
    const t = tokens[r];
    if (!t) break;
    if (namesRelease(s, r) || isVersion(s, t)) {
      const next = tokens[r + 1];
      const clause = next !== undefined && (next.pos === 'AUX' || next.pos === 'VERB') && !shipped(s, r);
      return clause ? -1 : r;
    }
    if (!NAMING.has(t.pos)) break;
  }
  return -1;
}

// "since our update" said by the customer, "after their upgrade" said by us: not our release
function othersRelease(s: Sentence, i: number, byCustomer: boolean): boolean {
  const before = s.tokens.slice(Math.max(0, i - 3), i).map((t) => t.normal);
  return before.some((w) => (byCustomer ? CUSTOMER_OWNS.has(w) : STAFF_CUSTOMER.has(w)));
}

/** True when the sentence says the failure started with, or since, a release of ours. */
export function readsReleaseOnset(s: Sentence, byCustomer = false): boolean {
  if (s.question || s.conditional) return false;
  const tokens = s.tokens;
  const enabled = (t: Token, i: number): boolean =>
    (ENABLED.has(t.lemma) || ENABLED.has(t.normal)) &&
    !t.negated &&
    !isDenied(s, i) &&
    tokens[i + 1]?.normal !== 'not';
  if (tokens.some(enabled)) return false;
  const ours = (r: number): boolean => r >= 0 && !othersRelease(s, r, byCustomer) && !isDenied(s, r);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || isDenied(s, i)) continue;
    if (ONSET_WORD.has(t.normal)) {
      // "a minor release after v24.0", "the version since 3.2": one release ordered after another
      if (namesRelease(s, i - 1)) continue;
      if (ours(ledTo(s, i))) return true;
      continue;
    }
    if (!ONSET_VERB.has(t.lemma) || t.pos !== 'VERB' || t.negated) continue;
    // "we started the migration": the release is what was started, not when the failure began
    if ([1, 2].some((k) => namesRelease(s, i + k))) continue;
    // "started the day 5.2 went out", "began failing after the deploy", "started with the release"
    for (let r = i + 1; r < tokens.length && r <= i + REACH; r++) {
      if (shipped(s, r) && ours(r)) return true;
      const lead = tokens[r]?.normal ?? '';
      if ((ONSET_WORD.has(lead) || lead === 'with' || lead === 'during') && ours(ledTo(s, r))) return true;
    }
  }
  return false;
}
