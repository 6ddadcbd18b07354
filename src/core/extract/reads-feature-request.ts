/**
 * @module Whether a sentence says the product lacks a capability, read from structure over the
 * language layer's tokens: support denied ("the app doesn't support SAML"), a capability not offered
 * ("we don't have an option to …", "there is no setting to …"), a capability or a plan's feature
 * not available ("that mode is not available on the Starter plan"), or the words of product work
 * ("roadmap", "feature request", "product gap"). Never a fix or an answer someone lacks ("2.9
 * doesn't have the fix", "I don't have an answer"), nor a resource that is down ("no connection
 * available"), nor a person's lack of means ("we have no way to speed it up", "you have no way to
 * recover"): "way" is a capability only when the product or "there" lacks it, not when someone does.
 */
import { holdsAny } from '../language/sentence-words.js';
import type { Sentence, Token } from '../language/types.js';

// what a product offers (lemmas): "option", "setting", "way", "mode" …
const CAPABILITY = new Set([
  'feature',
  'option',
  'setting',
  'functionality',
  'capability',
  'integration',
  'mode',
  'toggle',
  'ability',
  'way',
]);
// offering a capability (lemmas): denied, with a capability as object, the product lacks it
const OFFERING = new Set(['offer', 'have', 'provide', 'allow']);
// what a capability is sold in: "not available on our plan"
const PLAN = new Set(['plan', 'tier', 'edition', 'package', 'subscription', 'licence', 'license']);
// the nouns after "product" that name product work, not a fault: "product team", "product gap"
const PRODUCT_WORK = new Set(['team', 'decision', 'gap']);
const REACH = 5;

const has = (t: Token | undefined, set: ReadonlySet<string>): boolean =>
  t !== undefined && (set.has(t.lemma) || set.has(t.normal));

/** "not" right before token `i`, adverbs aside: "does not support", "is not currently available". */
function deniedAt(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (tokens[k]?.pos === 'ADV' && tokens[k]?.normal !== 'not' && tokens[k]?.normal !== 'never') k--;
  return tokens[k]?.normal === 'not' || tokens[k]?.normal === 'never';
}

/** "is not supported", "was never supported": a form of "be" before the denial. */
function passive(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) if (tokens[k]?.lemma === 'be') return true;
  return false;
}

// people who may lack a means; the product lacking one is named otherwise ("the app", "there")
const PERSONS = new Set(['i', 'we', 'you', 'they', 'he', 'she']);

/** A capability noun within a short noun phrase after `i`, followed by "to" or "for" when `purpose`. */
function capabilityAfter(tokens: readonly Token[], i: number, purpose: boolean): boolean {
  for (let k = i + 1; k <= i + REACH && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || !['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(t.pos)) return false;
    if (t.pos === 'NOUN' && has(t, CAPABILITY)) {
      const next = tokens[k + 1]?.normal;
      if (t.lemma === 'way' && personHas(tokens, i)) return false;
      return !purpose || next === 'to' || next === 'for';
    }
  }
  return false;
}

/** "we have no …", "I don't have a …": a person is the subject of the "have" at or before `i`. */
function personHas(tokens: readonly Token[], i: number): boolean {
  let k = i;
  if (tokens[k]?.lemma !== 'have') k--;
  if (tokens[k]?.lemma !== 'have') return false;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'ADV' || t.normal === 'not') continue;
    return PERSONS.has(t.normal);
  }
  return false;
}

function lacksCapability(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  // "doesn't support recurring shifts"
  // active only: "is not supported" is mostly an error message's wording ("… not supported when …")
  if (t.lemma === 'support' && t.pos === 'VERB' && deniedAt(tokens, i)) return !passive(tokens, i);
  // "doesn't have an option to …", "we don't offer a way for …"
  if (has(t, OFFERING) && t.pos !== 'NOUN' && deniedAt(tokens, i)) return capabilityAfter(tokens, i, true);
  // "there is no setting to …"
  if (t.normal === 'no') return capabilityAfter(tokens, i, true);
  // "that option is not available …", "… not available on our plan"
  if (t.lemma === 'available' && deniedAt(tokens, i)) {
    const before = tokens.slice(0, i).some((x) => x.pos === 'NOUN' && has(x, CAPABILITY));
    const onPlan = tokens.slice(i + 1, i + 1 + REACH).some((x) => has(x, PLAN));
    return before || onPlan;
  }
  return false;
}

/** "roadmap", "feature request", "product gap": product work named. */
function namesProductWork(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t?.lemma === 'roadmap') return true;
  // one request, not "we address bugs and feature requests" (a policy's list)
  if (t?.normal === 'feature' && next?.normal === 'request') return true;
  return t?.normal === 'product' && has(next, PRODUCT_WORK);
}

// every reading starts at one of these words (lacksCapability, namesProductWork): a sentence without one is passed
const OPENING = new Set(['support', ...OFFERING, 'no', 'available', 'roadmap', 'feature', 'product']);

/** True when the sentence says the product lacks a capability or names product work. */
export function readsFeatureRequest(s: Sentence): boolean {
  if (!holdsAny(s, OPENING)) return false;
  const tokens = s.tokens;
  return tokens.some((_, i) => lacksCapability(tokens, i) || namesProductWork(tokens, i));
}
