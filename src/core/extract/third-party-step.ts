/**
 * @module A step someone outside the conversation has to take, read from token order and part of
 * speech: a party that is neither our side nor the customer (the bank, a carrier, a registrar,
 * another company; another team of ours such as Legal or Finance) as the subject of a step ahead
 * ("the bank has to release the hold", "Legal is reviewing the DPA", "Finance will confirm whether
 * …", "the registrar still hasn't unlocked the domain") or as the one waited on or asked ("waiting
 * on the carrier to re-scan the parcels", "asked the payments team to re-run the file").
 */
import type { Sentence, Token } from '../language/types.js';
import { actionEnd } from './pending-plan.js';

export type ThirdPartyState = 'promised' | 'planned' | 'requested' | 'in-progress' | 'refused';

export interface ThirdPartyStep {
  /** who takes it, as written, in the third person: "the bank", "Legal", "the customer's registrar" */
  readonly who: string;
  /** another team of ours (Legal, Finance) rather than another company */
  readonly internal: boolean;
  /** "the carriers" */
  readonly plural: boolean;
  readonly verb: string;
  /** what follows the verb: "the hold" */
  readonly object: string;
  readonly state: ThirdPartyState;
}

// the head of a party that acts outside the conversation: a company by its role, or a team of ours
// that is neither support nor engineering (the two that work the case)
export const COMPANY: ReadonlySet<string> = new Set([
  'bank',
  'carrier',
  'courier',
  'vendor',
  'supplier',
  'provider',
  'registrar',
  'processor',
  'issuer',
  'acquirer',
  'partner',
  'reseller',
  'marketplace',
  'insurer',
  'isp',
]);
const TEAM = new Set([
  'legal',
  'finance',
  'compliance',
  'procurement',
  'dpo',
  'counsel',
  'team',
  'department',
]);
// "the team", "our team" alone is the case's own team; a named team is another ("the payments team")
const GENERIC_TEAM = new Set(['team', 'department']);
const OWNERS = new Set(['the', 'our', 'their', 'a', 'an', 'your']);
// a state, a wish or waiting is no step with an end
const NOT_STEPS = new Set('be have get need want know think hope wait try let keep see feel seem'.split(' '));
const FUTURE = new Set(['will', "'ll", 'shall']);
const MUST = new Set(['has', 'have', 'need', 'needs']);
const BE = new Set(['is', 'are', "'s", "'re"]);
// a step on a condition or in a clause of time is not one yet: "if the bank releases …"
const SUBORDINATE = new Set(['if', 'unless', 'once', 'until', 'when', 'after', 'before', 'whether']);
// "confirm whether …", "check if …": the step's own question, kept
const EMBEDS = new Set(['whether', 'if']);
const OBJECT_POS = new Set(['NOUN', 'PROPN', 'NUM']);
const TIMES = new Set(['date', 'time', 'duration']);
const TAGGED_AS = new Set(['NOUN', 'ADJ', 'PROPN']);
const OBJECT_START = new Set(['DET', 'ADP', 'PRON', 'PROPN', 'NUM']);

const at = (tokens: readonly Token[], k: number): string => tokens[k]?.normal ?? '';
// where only a verb can stand the tagger at times reads an unfamiliar one as a noun ("to re-scan the parcels")
const verbAt = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  if (!t) return false;
  return t.pos === 'VERB' || (TAGGED_AS.has(t.pos) && OBJECT_START.has(tokens[k + 1]?.pos ?? ''));
};

interface Party {
  readonly from: number;
  readonly to: number;
  readonly internal: boolean;
  readonly plural: boolean;
}

/** The party whose head is the token before `end` (exclusive), reading back over its modifiers; null when none. */
function partyBefore(tokens: readonly Token[], end: number): Party | null {
  const head = tokens[end - 1];
  if (!head) return null;
  const lemma = head.lemma || head.normal;
  const company = COMPANY.has(lemma);
  if (!company && !TEAM.has(head.normal)) return null;
  let from = end - 1;
  while (from > 0) {
    const t = tokens[from - 1] as Token;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || OWNERS.has(t.normal)) from--;
    else break;
  }
  // "the team", "our team": nothing names which team
  const modifiers = tokens.slice(from, end - 1).filter((t) => !OWNERS.has(t.normal));
  if (GENERIC_TEAM.has(head.normal) && modifiers.length === 0) return null;
  // "the customer's bank" is still the bank; "support team", "engineering team" are ours
  if (modifiers.some((t) => t.normal === 'support' || t.normal === 'engineering' || t.normal === 'eng'))
    return null;
  // "your network team", "their IT department" is the customer's own side; "our billing team" is
  // our side speaking of itself as "we" would (a team named alone, "Legal", "the payments team", is another)
  const owner = tokens[from]?.normal ?? '';
  if (!company && (owner === 'your' || owner === 'their')) return null;
  if (GENERIC_TEAM.has(head.normal) && owner === 'our') return null;
  const plural = head.normal !== lemma && head.normal.endsWith('s');
  return { from, to: end, internal: !company, plural };
}

/** The party as a question names it: "the bank", "Legal", "the customer's registrar". */
function partyText(s: Sentence, p: Party): string {
  const tokens = s.tokens.slice(p.from, p.to);
  const words = tokens.map((t, k) => {
    if (k === 0 && t.normal === 'their') return "the customer's";
    if (k === 0 && (t.pos === 'DET' || OWNERS.has(t.normal))) return t.normal;
    return t.text;
  });
  return words.join(' ').replaceAll(" 's", "'s");
}

/** Where the step after the party starts and what state it is in; null when none follows. */
function stepAfter(tokens: readonly Token[], k: number): { verb: number; state: ThirdPartyState } | null {
  while (tokens[k]?.pos === 'ADV') k++;
  const w = at(tokens, k);
  let j = k + 1;
  const skipAdverbs = () => {
    while (tokens[j]?.pos === 'ADV') j++;
  };
  if (FUTURE.has(w) || w === 'should') {
    skipAdverbs();
    // "won't release": a refusal, not a step ahead
    if (tokens[j]?.negated || at(tokens, j) === 'not') return { verb: j + 1, state: 'refused' };
    return verbAt(tokens, j) ? { verb: j, state: w === 'should' ? 'planned' : 'promised' } : null;
  }
  if (MUST.has(w) && at(tokens, j) === 'to')
    return verbAt(tokens, j + 1) ? { verb: j + 1, state: 'requested' } : null;
  if (BE.has(w)) {
    skipAdverbs();
    if (at(tokens, j) === 'going' && at(tokens, j + 1) === 'to')
      return verbAt(tokens, j + 2) ? { verb: j + 2, state: 'planned' } : null;
    const t = tokens[j];
    return t && t.pos === 'VERB' && t.normal.endsWith('ing') && !t.negated
      ? { verb: j, state: 'in-progress' }
      : null;
  }
  // "hasn't unlocked the domain (yet)": still to be done
  if ((w === 'has' || w === 'have') && at(tokens, j) === 'not') {
    j++;
    skipAdverbs();
    const t = tokens[j];
    return t && t.pos === 'VERB' && t.normal !== t.lemma ? { verb: j, state: 'requested' } : null;
  }
  return null;
}

// "waiting on the carrier to …", "asked the bank to …", "need Legal to …"
const ASKS = new Set(['wait', 'ask', 'need', 'chase', 'nudge', 'remind']);

/** The steps `s` says a third party has ahead of it or has refused. */
export function readThirdPartySteps(s: Sentence): ThirdPartyStep[] {
  if (s.question || s.text.trim().endsWith('?')) return [];
  const tokens = s.tokens;
  // most sentences name no party: nothing more to read
  if (!tokens.some((t) => COMPANY.has(t.lemma) || TEAM.has(t.normal))) return [];
  const out: ThirdPartyStep[] = [];
  const push = (p: Party, verb: number, state: ThirdPartyState): void => {
    // a clause of condition or time before the party holds the step back
    if (tokens.slice(0, p.from).some((t) => SUBORDINATE.has(t.normal) && t.normal !== 'whether')) return;
    const v = tokens[verb];
    if (!v) return;
    const lemma = (v.pos === 'VERB' ? v.lemma : '') || v.normal;
    if (NOT_STEPS.has(lemma)) return;
    let end = actionEnd(tokens, verb + 1);
    // "… the hold before the payout can go out": a clause of time with a verb of its own is not the step
    const clause = tokens.findIndex(
      (t, k) =>
        k > verb &&
        k < end &&
        SUBORDINATE.has(t.normal) &&
        !EMBEDS.has(t.normal) &&
        tokens.slice(k + 1, end).some((x) => x.pos === 'VERB' || x.pos === 'AUX'),
    );
    if (clause > 0) end = clause;
    const object = tokens.slice(verb + 1, end);
    // "calling the whole day": a time is no object
    const timed = (t: Token): boolean =>
      s.entities.some((e) => TIMES.has(e.type) && e.start <= t.start && t.end <= e.end);
    if (!object.some((t) => OBJECT_POS.has(t.pos) && !timed(t)) || object[0]?.pos === 'PRON') return;
    const text =
      end <= verb + 1
        ? ''
        : s.text
            .slice((tokens[verb + 1]?.start ?? 0) - s.start, (tokens[end - 1]?.end ?? 0) - s.start)
            .trim();
    out.push({
      who: partyText(s, p),
      internal: p.internal,
      plural: p.plural,
      verb: lemma,
      object: text,
      state,
    });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // the party as the subject of what it will, must or is doing
    const p = partyBefore(tokens, i);
    if (p) {
      const step = stepAfter(tokens, i);
      if (step) push(p, step.verb, step.state);
    }
    // the party waited on or asked: "waiting on the carrier to re-scan …"
    if (ASKS.has(t.lemma) && !t.negated && t.pos === 'VERB') {
      let k = i + 1;
      if (at(tokens, k) === 'on' || at(tokens, k) === 'for') k++;
      const to = tokens.slice(k, k + 6).findIndex((x) => x.normal === 'to');
      if (to < 1) continue;
      const party = partyBefore(tokens, k + to);
      if (party && party.from === k && verbAt(tokens, k + to + 1)) push(party, k + to + 1, 'requested');
    }
  }
  return out;
}
