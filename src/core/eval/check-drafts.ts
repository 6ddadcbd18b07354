/**
 * @module Mechanical checks on the drafts a lead would otherwise judge by eye: the update carries the
 * workaround or documented steps the case has, no stock frame lines, no insult or shouting said back,
 * no next-update time after a stated deadline, no unknown the thread already answers, and an error
 * list of errors (not article ids, UUIDs or success lines), and no open-investigation wording when the
 * case is not escalated. Extra gold: eval/draft-gold/<case>.json.
 */
import { z } from 'zod';
import { isCommonShout } from '../render/calm-text.js';
import { withoutQuotes } from '../render/gated-commitments.js';
import type { PacketLike } from './packet-like.js';
import { valueText } from './packet-like.js';

export const DraftGoldSchema = z.object({
  /** phrases the customer update must contain (the workaround's or the documented steps' key words) */
  updateMustContain: z.array(z.string()).default([]),
  /** questions that must not be among the unknowns, because the thread answers them (substrings) */
  unknownsNotAsked: z.array(z.string()).default([]),
  /** strings that are not errors and must not be in facts.errors */
  notErrors: z.array(z.string()).default([]),
  /** phrases the customer update must not contain (a stock line the case's situation contradicts) */
  updateMustNotContain: z.array(z.string()).default([]),
});
export type DraftGold = z.infer<typeof DraftGoldSchema>;

// the template lines the drafts used to be built from; one of them is enough to read as a form letter
const FRAME_LINES =
  /^(?:you told us:|you also reported:)|thank you for the detail you sent|we will answer this in our next update/i;
const INSULTS =
  /\b(?:ridiculous|unacceptable|pathetic|useless|incompetent|joke|absurd|insane|garbage|rubbish|terrible|awful|disgrace\w*|shambles|idiots?|stupid|worst)\b/gi;
// an HTTP method before a path (POST /v2/…) is not shouting
const SHOUTED = /(?<![\w/.-])[A-Z]{4,}(?![\w/.-]|\s+\/)/g;
// a case that is not escalated (handled in support, de-escalated, resolved) owes no investigation news
const OPEN_INVESTIGATION =
  /\b(?:(?:we are|we're|is|are) (?:now )?investigating|working on this with us|treating this as|keep you updated|our next update)\b/i;
const ROOT_CAUSE_ASKED = /\bwhat is the root cause\b/i;
const CONFIRMED_CAUSE =
  /\b(?:repro'?d|reproduced|found it|found the (?:bug|cause)|root cause (?:is|was)|turns? out|turned out|it'?s on us|(?:logs?|traces?) show)\b/i;
const NOT_ERRORS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:KB|DOC|FAQ|HC)-?\d+$/i, 'an article id'],
  [/^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/i, 'a UUID'],
  // `type=payment.succeeded` names an event, not an outcome: a failed delivery of it is an error
  [/(?<![.\w])(?:last successful|succeeded)\b/i, 'a success line'],
  [/^(?:attempt|retry|retries)\s*[=:#]?\s*\d+$/i, 'a retry counter'],
];

function customerText(packet: PacketLike): string {
  return (packet.evidence ?? [])
    .filter((e) => e?.author?.role === 'customer' && e.visibility === 'public')
    .map((e) => e?.text ?? '')
    .join('\n');
}

/** Problems with the drafts, each a short printable line; empty when the drafts pass. */
export function checkDrafts(packet: PacketLike, gold: DraftGold | null): string[] {
  const problems: string[] = [];
  const update = packet.drafts?.customerUpdate?.text ?? '';
  const lower = update.toLowerCase();

  for (const phrase of gold?.updateMustContain ?? [])
    if (!lower.includes(phrase.toLowerCase())) problems.push(`update lacks the steps: "${phrase}"`);

  for (const phrase of gold?.updateMustNotContain ?? [])
    if (lower.includes(phrase.toLowerCase())) problems.push(`update says: "${phrase}"`);

  const lines = update.split('\n').map((l) => l.trim());
  if (packet.decision?.escalate === false)
    for (const line of lines)
      if (OPEN_INVESTIGATION.test(line))
        problems.push(`not escalated, yet reads as an open investigation: "${line.slice(0, 60)}"`);
  for (const line of lines) if (FRAME_LINES.test(line)) problems.push(`frame line: "${line.slice(0, 60)}"`);
  const seen = new Set<string>();
  for (const line of lines) {
    if (line.length < 20) continue;
    if (seen.has(line)) problems.push(`repeated line: "${line.slice(0, 60)}"`);
    seen.add(line);
  }

  const said = customerText(packet);
  const insults = new Set((said.match(INSULTS) ?? []).map((w) => w.toLowerCase()));
  for (const word of insults)
    if (new RegExp(`\\b${word}\\b`, 'i').test(update)) problems.push(`insult echoed: "${word}"`);
  const shouted = new Set(said.match(SHOUTED) ?? []);
  for (const word of shouted) {
    // an acronym the customer uses (SAML, HTTPS) is fine; a shouted everyday word said back is not
    const everyday =
      isCommonShout(word) ||
      new RegExp(`\\b${word.toLowerCase()}\\b`).test(said.replace(SHOUTED, ' ').toLowerCase());
    if (!/[AEIOU]/.test(word) || !everyday) continue;
    // a quoted literal (a label the customer wrote in capitals) is not shouting
    if (new RegExp(`(?<![\\w/.-])${word}(?![\\w/.-])`).test(withoutQuotes(update)))
      problems.push(`shouting echoed: "${word}"`);
  }

  const asOf = Date.parse(packet.asOf ?? '');
  const deadlines = (packet.facts?.deadlines ?? [])
    .map((d) => Date.parse(d?.at ?? ''))
    .filter((t) => !Number.isNaN(t));
  const earliest = deadlines.length > 0 ? Math.min(...deadlines) : null;
  if (earliest !== null && !Number.isNaN(asOf)) {
    const limit = Math.max(asOf, earliest);
    const respondBy = Date.parse(packet.decision?.respondBy ?? '');
    if (!Number.isNaN(respondBy) && respondBy > limit)
      problems.push('respond-by falls after the stated deadline');
    for (const p of packet.drafts?.customerUpdate?.placeholders ?? []) {
      const suggested = Date.parse((p as { suggested?: string } | null)?.suggested ?? '');
      if (!Number.isNaN(suggested) && suggested > limit)
        problems.push(`${p?.token} suggested after the stated deadline`);
    }
  }

  const unknowns = (packet.unknowns ?? []).map((u) => u?.question ?? '');
  for (const q of gold?.unknownsNotAsked ?? [])
    if (unknowns.some((u) => u.toLowerCase().includes(q.toLowerCase())))
      problems.push(`unknown already answered: "${q}"`);
  const causeConfirmed = (packet.facts?.hypotheses ?? []).some((h) =>
    CONFIRMED_CAUSE.test(valueText(h?.value)),
  );
  if (causeConfirmed && unknowns.some((u) => ROOT_CAUSE_ASKED.test(u)))
    problems.push('asks for the root cause the thread confirms');

  for (const e of packet.facts?.errors ?? []) {
    const v = valueText(e?.value);
    for (const [pattern, what] of NOT_ERRORS)
      if (pattern.test(v)) problems.push(`error list holds ${what}: "${v.slice(0, 60)}"`);
    if ((gold?.notErrors ?? []).includes(v))
      problems.push(`error list holds a non-error: "${v.slice(0, 60)}"`);
  }
  return [...new Set(problems)];
}
