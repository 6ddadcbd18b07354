/** @module Affected users and accounts as stated ("3 users", "80 of our users", "212 orgs"). */
import type { Sentence } from '../language/types.js';
import type { Facts } from '../model/packet.js';
import { parseCasualDates } from '../time/casual-dates.js';
import { type Claim, claim } from './claim.js';
import type { ExtractContext, Item } from './context.js';
import { type Count, type CountKind, kindOfWord, readCounts } from './read-counts.js';
import { readsFineAfter } from './reads-others-fine.js';
import { cleanSentence } from './text/clean-sentence.js';

// "~60 stores" in a customer profile is its size; a count of accounts is scope only next to impact
const IMPACT =
  /\b(?:affect\w*|impact\w*|hit|fail\w*|broken|down|report\w*|seeing|see (?:it|this|the)|errors?|can'?t|cannot|unable|every|all|blocked|stuck|bounc\w*|locked|missing|lost|so far|including|waiting|delayed|late|without|timing out|timed out)\b/i;
// "9 accounts have such locations, Acme is the only one that has written in": not 9 affected
const NOT_AFFECTED = /\b(?:the only (?:one|customer|tenant|account|org))\b/i;
// a quantifier over who is hit, and the parties it may quantify ("all tenants", "every user")
const QUANTIFIERS = new Set([
  'all',
  'every',
  'none',
  'only',
  'some',
  'most',
  'half',
  'entire',
  'whole',
  'any',
]);
// the parties a scope counts are the people and organisations read-counts.ts knows, bar the words
// that name data and places in software as often as customers ("the attachment store", "storage location")
const NOT_PARTIES = new Set(['store', 'location', 'business', 'instance', 'property', 'practice']);
const isParty = (word: string, lemma: string): boolean =>
  (kindOfWord(word) !== null && !NOT_PARTIES.has(lemma)) || ['team', 'region'].includes(lemma);
// a modal before the verb says what will, should or must happen, not who is hit now
const MODALS = new Set(['will', 'would', 'should', 'must', 'may', 'might', 'can', 'could', 'shall']);
// what may stand between the quantifier and its noun: "all of our EU tenants", "every active user"
const BETWEEN = new Set(['ADJ', 'NOUN', 'PROPN', 'DET', 'NUM', 'PRON']);
const MAX_BETWEEN = 3;

/**
 * "All EU tenants fail", "none of our sites synced": a quantifier that heads the subject noun
 * phrase of what is hit, in a plain statement. Not "deactivate only flips the user's flag" (the quantifier
 * modifies a verb), not where something applies ("switched off for all tenants"), not a question,
 * a condition or a guess ("could drop websockets for all tenants").
 */
function statesScope(s: Sentence): boolean {
  if (s.question || s.conditional || s.hedged) return false;
  const tokens = s.tokens;
  // the parties are the subject of what the sentence reports: the quantifier comes before its first
  // verb ("we emailed every account's contact", "we switched every account to v2.2" act on them)
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (verb >= 0 && MODALS.has(tokens[verb]?.normal ?? '')) return false;
  const cleft = tokens[verb]?.lemma === 'be' && ['it', 'that'].includes(tokens[verb - 1]?.normal ?? '');
  return tokens.some((t, i) => {
    // "it's every Android 14 user", "it is only new users": a cleft names the subject after its copula
    if (verb >= 0 && i > verb && !cleft) return false;
    // "off for all tenants", "protects for every customer": a phrase after a preposition says
    // where something applies, not who is hit
    if (!QUANTIFIERS.has(t.normal) || t.negated || tokens[i - 1]?.pos === 'ADP') return false;
    let k = i + 1;
    if (tokens[k]?.normal === 'of') k++;
    for (let n = 0; n <= MAX_BETWEEN; n++, k++) {
      const w = tokens[k];
      if (!w) return false;
      if ((w.pos === 'NOUN' || w.pos === 'PROPN') && isParty(w.text, w.lemma))
        // the noun heads the phrase: "all tenant ids" counts ids
        return tokens[k + 1]?.pos !== 'NOUN';
      if (!BETWEEN.has(w.pos)) return false;
    }
    return false;
  });
}

/**
 * "4 business days", "2 customer portals": the counted word modifies the noun after it, which is
 * what is counted. The count's `after` holds the words after the counted noun.
 */
function modifiesNext(s: Sentence, count: Count): boolean {
  const after = count.after === '' ? 0 : count.after.split(' ').length;
  const next = s.tokens[s.tokens.length - after];
  // the head noun is the plural one ("days"); a tagger's noun read of a verb ("therapists use") is singular
  return after > 0 && next?.pos === 'NOUN' && next.normal !== next.lemma && kindOfWord(next.text) === null;
}

// "we have 140 users", "a team of 30 staff": the size of the customer, not who is affected
const SIZE_BEFORE =
  /\b(?:(?:we|they|i|it|the company|the business|the team|the org\w*)\s+(?:now\s+|currently\s+)?(?:have|has|had|employs?|counts?|are|is|licen[sc]e[sd]?\s+for)|(?:total|headcount|team|staff|company|org\w*) of)(?:\s+(?:a\s+total\s+of|in\s+total))?\s*$/i;

// "the customer has 3 sites", "they run 60 stores": places they own, unless the rest says it broke
const OWNING = new Set([
  'have',
  'has',
  'had',
  'employ',
  'employs',
  'run',
  'runs',
  'operate',
  'operates',
  'own',
  'owns',
]);
const ROUGHLY = new Set([
  'about',
  'around',
  'over',
  'roughly',
  'some',
  'approx',
  'approximately',
  'nearly',
  'almost',
  '~',
]);

// the words before a count without an approximation ("has about" → "has")
function unhedged(before: string): string[] {
  const words = before.toLowerCase().split(' ');
  if (ROUGHLY.has(words[words.length - 1] ?? '')) words.pop();
  return words;
}

function owns(before: string): boolean {
  return OWNING.has(unhedged(before).pop() ?? '');
}

// "Marrick & Doyle (law firm, ~220 users)": a count inside brackets describes who they are
function bracketed(count: Count): boolean {
  const open = count.before.lastIndexOf('(');
  return open >= 0 && !count.before.slice(open).includes(')') && /^[^()]*\)/.test(count.after);
}

// "upgraded to Business (20 users more)", "added 20 users", "from Team (40 users) to …": the size
// of a plan change, not who is affected
const ADDED_BEFORE =
  /\b(?:add(?:ed|ing|s)?|buy(?:ing|s)?|bought|purchas\w+|order(?:ed|ing)|extra|additional|another|remov(?:ed|ing)|drop(?:ped|ping))\s*$/i;
const MORE_AFTER = /^\s*(?:more|extra|additional|added)\b/i;
const PLAN_WORDS =
  /\b(?:upgrad\w*|downgrad\w*|plan|billed|charged|invoic\w*|pric\w*|seats?|licen[cs]es?|subscription|true-?up|tier)\b/i;

function planChange(sentence: string, count: Count): boolean {
  if (MORE_AFTER.test(count.after) || ADDED_BEFORE.test(count.before)) return true;
  // "billed for 15 users", "charge us for 18 users": what a plan or an invoice counts
  if (PLAN_WORDS.test(sentence) && /\bfor\s*$/i.test(count.before)) return true;
  // "Team (40 users)": a plan's size in brackets, in a sentence about the plan
  return PLAN_WORDS.test(sentence) && /\(\s*$/.test(count.before) && /^\s*(?:more\s*)?\)/.test(count.after);
}

// "63 users across 11 orgs": people counted over many customers, not this customer's
const OVER = new Set(['across', 'in', 'at', 'from']);
const MANY = new Set(['all', 'other', 'several', 'many', 'multiple']);

function acrossOrgs(after: string): boolean {
  const words = after.split(' ');
  const many = /^\d/.test(words[1] ?? '') || MANY.has(words[1]?.toLowerCase() ?? '');
  const orgs = words.slice(2, 4).some((w) => kindOfWord(w) === 'accounts');
  return OVER.has(words[0]?.toLowerCase() ?? '') && many && orgs;
}

const HISTORY_MS = 30 * 24 * 3600 * 1000;

// "INC-1987 (June 2026): … double-charged 14 customers": a count from a dated past event, a month
// or more before the message (or the handoff, for an undated note), is history, not this case's scope
function aboutThePast(sentence: Sentence, at: string): boolean {
  const reference = new Date(at);
  return sentence.entities.some(
    (entity) =>
      entity.type === 'date' &&
      parseCasualDates(entity.text, reference, { forwardDate: false }).some(
        (found) => reference.getTime() - found.start.date().getTime() > HISTORY_MS,
      ),
  );
}

interface Candidate {
  readonly claim: Claim<number>;
  readonly kind: CountKind;
  /** said next to impact words, not bare */
  readonly impact: boolean;
  /** 2 our staff, 1 the customer, 0 anyone else */
  readonly speaker: number;
  readonly order: number;
}

function speakerRank(item: Item): number {
  if (item.isStaff) return 2;
  return item.isCustomer ? 1 : 0;
}

function candidates(items: readonly Item[], asOf: string): Candidate[] {
  const out: Candidate[] = [];
  let order = 0;
  for (const item of items) {
    if (item.unit === 'account' || item.unit === 'log' || item.unit === 'request') continue;
    item.analyzed.forEach((sentence, index) => {
      const text = item.sentences[index] ?? sentence.text;
      // a sentence with no count has nothing to offer: its dates are not parsed
      const counts = readCounts(sentence);
      if (counts.length === 0) return;
      if (sentence.question || NOT_AFFECTED.test(text) || aboutThePast(sentence, item.at ?? asOf)) return;
      const impact = IMPACT.test(text);
      // our staff counting accounts in a statement ("23 tenants had …", "it spans 140 tenants") are
      // sizing the case; a verbless profile ("enterprise, 60 stores") sizes the customer
      const sizing = item.isStaff && sentence.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
      for (const count of counts) {
        if (
          SIZE_BEFORE.test(unhedged(count.before).join(' ')) ||
          planChange(text, count) ||
          bracketed(count) ||
          modifiesNext(sentence, count) ||
          // "the 212 self-billed accounts are unaffected", "40 users aren't impacted": counted as fine
          readsFineAfter(sentence, count.noun)
        )
          continue;
        if (count.kind === 'accounts' && owns(count.before) && !IMPACT.test(count.after)) continue;
        if (count.kind === 'users' && acrossOrgs(count.after)) continue;
        if (count.kind === 'accounts' && (!(impact || sizing) || count.besides)) continue;
        out.push({
          claim: claim(count.value, [item.id]),
          kind: count.kind,
          impact,
          speaker: speakerRank(item),
          order: order++,
        });
        break;
      }
    });
  }
  return out;
}

/**
 * The count of one kind to report: one said next to impact first; then the one our side
 * established over the customer's guess; then the latest, as the scope is learned.
 */
function pick(all: readonly Candidate[], kind: CountKind): Claim<number> | null {
  let best: Candidate | null = null;
  for (const c of all) {
    if (c.kind !== kind) continue;
    if (
      !best ||
      Number(c.impact) > Number(best.impact) ||
      (c.impact === best.impact && c.speaker > best.speaker) ||
      (c.impact === best.impact && c.speaker === best.speaker && c.order > best.order)
    )
      best = c;
  }
  return best?.claim ?? null;
}

/** Users and accounts: customer statements first, then anyone's; scope in words and a summary. */
export function extractAffected(ctx: ExtractContext): Facts['affected'] {
  const customer = ctx.items.filter((i) => i.isCustomer);
  const all = candidates(ctx.items, ctx.asOf);
  const users = pick(all, 'users');
  const accounts = pick(all, 'accounts');
  let scope: Claim<string> | null = null;
  // scope in people's words, the customer's first; bots and status pages speak of other things
  const people = [
    ...customer,
    ...ctx.items.filter((i) => !i.isCustomer && i.role !== 'bot' && i.kind !== 'status'),
  ];
  for (const item of people) {
    if (item.unit === 'field' || item.unit === 'log') continue;
    const s = item.analyzed.find(statesScope);
    if (s) {
      scope = claim(cleanSentence(s.text), [item.id]);
      break;
    }
  }
  const parts: string[] = [];
  if (users) parts.push(`${users.value} users`);
  if (accounts) parts.push(`${accounts.value} accounts`);
  if (scope) parts.push(String(scope.value));
  return { users, accounts, scope, summary: parts.length > 0 ? parts.join('; ') : 'Not stated' };
}
