/**
 * @module The opening of a customer update: the impact in the customer's own terms, said back in the
 * second person ("I understand that your 3 coordinators can't release freight shipments").
 */
import { contentWords } from '../extract/text/content-words.js';
import type { Facts } from '../model/packet.js';
import { calmText, isHeated } from './calm-text.js';
import { findGatedCommitment, withoutQuotes } from './gated-commitments.js';
import { toSecondPerson } from './to-second-person.js';
import type { Said, UpdateMaterial } from './update-material.js';

const IMPACT =
  /\b(?:none of|nobody|no one|can'?t|cannot|can not|unable|no longer|not (?:\w+ing|able)|locked out|blocked|fail\w*|stuck|missing|lost|broken|down|errors?|late|delayed|stops?|stopped|duplicate\w*|twice|charged|bounced|cost|losing|overdue|wrong|isn'?t ours|doesn'?t|don'?t|won'?t|never|short|bounces?|loops?)\b/i;
const MIN_CHARS = 25;
const MAX_CHARS = 220;
// "the people it hits": a count with its noun, as the customer wrote it
const COUNTED = (n: number) =>
  new RegExp(
    `\\b(?:(?:our|my)\\s+)?(?:all\\s+)?${n}\\s+(?:of\\s+(?:our|the|my)\\s+)?(?:[a-z-]+\\s+){0,2}?(?:[a-z-]+s|staff|people|personnel)\\b`,
    'i',
  );

function score(said: Said, first: boolean, problemWords: ReadonlySet<string>, count: RegExp | null): number {
  let s = IMPACT.test(said.text) ? 3 : 0;
  if (count?.test(said.text)) s += 4;
  s += Math.min(2, contentWords(said.text).filter((w) => problemWords.has(w)).length);
  // the first report usually says the impact most plainly; an aside ("also", "tried") does not
  if (first) s += 2;
  if (/\b(?:also|tried|retried|cleared|anyway)\b/i.test(said.text)) s -= 2;
  // said back on its own, a pointer to something earlier ("that address", "them") or a rebuttal of a
  // guess ("it is not a browser problem") does not show the impact
  if (POINTS_BACK.test(said.text) || REBUTS.test(said.text)) s -= 2;
  return s;
}

const POINTS_BACK =
  /\b(?:them|those|that (?!is\b|was\b|the\b|a\b|an\b|we\b|i\b|it\b|they\b|you\b|our\b|my\b)[a-z]+)\b/i;
const REBUTS = /\b(?:it|this|that)(?: is|'s) not an? \w+(?: \w+)? (?:problem|issue)\b/i;
// a reply to our last message ("No, that doesn't help") answers us, it does not describe the impact
const REPLY = /^(?:no|yes|ok(?:ay)?|sure|right|well|sorry)\b\s*[,.!-]/i;

// What the customer says about us ("your API is broken", "broken on your end"), said back, becomes
// "our …": an admission of a fault, or a cause, nobody approved. Only their own side is said back.
const ABOUT_US = /\b(?:we|our|ours|us)\b/i;
// a demand ("Fix this now, …") is not the impact
const DEMAND = /^(?:please\s+)?(?:fix|get|call|send|give|tell|make|escalate|sort|stop|refund)\b/i;

function usable(said: Said): boolean {
  const t = said.text;
  return (
    // a fragment ("All dispatchers, 14 people.") is no clause to say back
    t.split(/\s+/).length >= 5 &&
    !ABOUT_US.test(toSecondPerson(t, 'customer')) &&
    !DEMAND.test(t) &&
    t.length >= MIN_CHARS &&
    t.length <= MAX_CHARS &&
    !t.endsWith('?') &&
    !isHeated(t) &&
    !/^(?:also|btw|p\.?s\.?|fwiw)\b/i.test(t) &&
    !REPLY.test(t) &&
    !/\b(?:screenshot|attached|attachment)\b/i.test(t) &&
    // the customer's own dates said back read as our promise ("before February 1")
    findGatedCommitment(withoutQuotes(t)) === null
  );
}

// a word that opens a name mid-sentence ("at The Gate Arena") is still no name of its own
const FUNCTION_WORD = /^(?:the|a|an|this|that|these|those|our|my|your|their|its|some|all|every|each|no)$/i;

function lowerFirst(text: string, material: UpdateMaterial): string {
  const first = /^[A-Z][a-z']*(?=\s|$|,)/.exec(text)?.[0] ?? '';
  // a name stays capitalised ("Okta", "NetSuite"); an ordinary first word does not
  return first && (!material.names.has(first) || FUNCTION_WORD.test(first))
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/** The customer's words as a clause said back to them, or '' when nothing usable. */
function said(text: string, material: UpdateMaterial): string {
  // a hedge before the point ("small thing, probably nothing, but …") is not the impact
  const point = text
    .replace(/^[^,.]{0,40}(?:,[^,.]{0,40})?,\s*but\s+/i, '')
    .replace(/^(?:but|and|so|also|anyway|ok(?:ay)?),?\s+/i, '');
  const calm = calmText(toSecondPerson(point, 'customer'), material.vocabulary)
    .replace(/[.!?;:,\s]+$/, '')
    .replace(/\s+/g, ' ');
  return lowerFirst(calm, material);
}

/** "your 3 fulfillment coordinators", from the cited sentence that states the count. */
function countedPeople(facts: Facts, material: UpdateMaterial): string | null {
  const users = facts.affected.users;
  if (!users || typeof users.value !== 'number' || !users.cites.every((c) => material.publicIds.has(c)))
    return null;
  const re = COUNTED(users.value);
  const hit = material.customer.map((s) => re.exec(s.text)).find((m) => m !== null);
  return hit ? said(hit[0], material) : null;
}

/** One or two sentences that show we understood the impact, in the customer's terms. */
export function describeImpact(facts: Facts, material: UpdateMaterial): string[] {
  const users = facts.affected.users;
  const count = users && typeof users.value === 'number' ? COUNTED(users.value) : null;
  const problemWords = new Set(contentWords(String(facts.problem?.value ?? '')));
  let best: Said | null = null;
  let bestScore = 0;
  const firstItem = material.customer[0]?.item.id;
  material.customer.forEach((s) => {
    if (!usable(s)) return;
    const sc = score(s, s.item.id === firstItem, problemWords, count);
    if (sc > bestScore) {
      best = s;
      bestScore = sc;
    }
  });
  const out: string[] = [];
  const chosen = best as Said | null;
  if (chosen && bestScore >= 3) out.push(`I understand that ${said(chosen.text, material)}.`);
  else if (facts.problem?.cites.every((c) => material.publicIds.has(c))) {
    const problem = said(String(facts.problem.value), material);
    // a problem statement as long as a paragraph is no opening line
    if (problem && problem.length <= MAX_CHARS) out.push(`I'm sorry for the trouble with this: ${problem}.`);
  }
  const people = countedPeople(facts, material);
  if (people && chosen && !count?.test(chosen.text)) out.push(`I know this affects ${people}.`);
  return out;
}
