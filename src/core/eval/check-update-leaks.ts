/** @module Customer-update leak checks: gated commitments and internal-only tokens. */

import { publishedArticleIds } from '../evidence/visibility.js';
import { escapeRegExp } from '../language/whole-phrase.js';
import type { Evidence, Source } from '../model/evidence.js';
import type { PacketLike } from './packet-like.js';

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
// commitments the policy gates; a sentence about the next update's time is cadence, not an ETA
const COMMITMENTS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'eta',
    new RegExp(
      `\\b(?:by|before|until) (?:the )?(?:end of (?:the )?(?:day|week)|eod|tomorrow|tonight|${WEEKDAY}|\\d{1,2}:\\d{2}|\\d{1,2}\\s*(?:am|pm))\\b`,
      'i',
    ),
  ],
  ['eta', /\b(?:within|in(?: about)?) \d+\s*(?:min(?:ute)?s?|hours?|hrs?|h|days?|business days?)\b/i],
  ['eta', /\bETA\b/],
  ['eta', new RegExp(`\\b(?:out|live|deployed|fixed|resolved) (?:this|next) (?:week|${WEEKDAY})\\b`, 'i')],
  ['eta', /\b(?:ship|release)s? in Q[1-4]\b/i],
  [
    'compensation',
    /\b(?:service credit|credit (?:you|your account)|months? free|free months?|discount|reimburs\w*|compensat\w*)\b/i,
  ],
  ['severity', /\b(?:sev(?:erity)?[ -]?[0-4]|P[0-4])\b/i],
  ['severity', /\b(?:critical|high|medium|low)[- ](?:severity|priority)\b/i],
];
const CADENCE = /\b(?:update|check in|get back|follow up|hear from us|write again)\b/i;
// the customer's own words, quoted or reported back, are not our commitments
const QUOTED = /"[^"\n]*"|“[^”\n]*”/g;
const REPORTED = /\byou (?:also |already |\w+ly )?(?:told us|reported|mentioned|asked|wrote|said)\b/i;
// identifiers such as host names, pods, ticket keys and versions: a letter and a digit or separator
const IDENTIFIER = /[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)+|[A-Za-z]+\d[A-Za-z0-9]*/g;

/**
 * Finds what the customer update must not carry: a placeholder tied to a gate that is missing or
 * not pending; a commitment the policy gates (an ETA, compensation, a severity label) written out
 * rather than left as a placeholder; an identifier or a staff name that appears only in internal
 * evidence (or the draft) and never in public evidence. Each finding is a short printable line.
 */
export function checkUpdateLeaks(packet: PacketLike): string[] {
  const update = packet.drafts?.customerUpdate;
  if (!update || typeof update.text !== 'string') return [];
  const leaks: string[] = [];
  const gates = new Map((packet.gates ?? []).map((g) => [g?.id ?? '', g?.state ?? '']));
  let text = update.text;
  for (const placeholder of update.placeholders ?? []) {
    if (!placeholder?.token) continue;
    const state = gates.get(placeholder.gate ?? '');
    if (state !== 'pending')
      leaks.push(
        `placeholder ${placeholder.token} is tied to gate ${placeholder.gate} (${state ?? 'missing'})`,
      );
    text = text.split(placeholder.token).join(' ');
  }
  for (const sentence of text.replace(QUOTED, ' ').split(/(?<=[.!?])\s+|\n+/)) {
    if (REPORTED.test(sentence)) continue;
    for (const [kind, pattern] of COMMITMENTS) {
      if (kind === 'eta' && CADENCE.test(sentence)) continue;
      const match = pattern.exec(sentence);
      if (match) leaks.push(`${kind} commitment: "${match[0]}"`);
    }
  }
  for (const token of internalOnlyTokens(packet)) {
    if (new RegExp(`(?<![\\w-])${escapeRegExp(token)}(?![\\w-])`, 'i').test(text))
      leaks.push(`internal-only: "${token}"`);
  }
  return [...new Set(leaks)];
}

function internalOnlyTokens(packet: PacketLike): string[] {
  const internalKinds = new Set(['draft']);
  const sourceKind = new Map((packet.sources ?? []).map((s) => [s?.id ?? '', s?.kind ?? '']));
  const publicText: string[] = [];
  const internal = new Set<string>();
  // a published help article or release note is public by nature, whatever its file's visibility
  const whole = (packet.evidence ?? []).filter(
    (e) => typeof e?.id === 'string' && typeof e.source === 'string' && typeof e.text === 'string',
  ) as unknown as Evidence[];
  const sources = (packet.sources ?? []).filter(
    (s) => typeof s?.id === 'string' && typeof s.name === 'string',
  ) as unknown as Source[];
  const published = publishedArticleIds(whole, sources);
  for (const item of packet.evidence ?? []) {
    if (!item) continue;
    const isInternal =
      !published.has(item.id ?? '') &&
      (item.visibility === 'internal' || internalKinds.has(sourceKind.get(item.source ?? '') ?? ''));
    if (!isInternal) {
      publicText.push(item.text ?? '', item.author?.name ?? '');
      continue;
    }
    for (const match of (item.text ?? '').matchAll(IDENTIFIER)) internal.add(match[0]);
    if (item.author?.side === 'internal' && item.author.name) {
      for (const part of item.author.name.split(/\s+/))
        if (/^\p{Lu}\p{Ll}{2,}$/u.test(part) && !TEAM_WORDS.has(part.toLowerCase())) internal.add(part);
    }
  }
  const pub = publicText.join('\n').toLowerCase();
  return [...internal].filter((token) => !pub.includes(token.toLowerCase())).sort();
}

// "Rotaboard Support" or "Billing Team" names a team, not a person; its words are not staff names
const TEAM_WORDS = new Set([
  'support',
  'team',
  'help',
  'helpdesk',
  'desk',
  'service',
  'services',
  'success',
  'customer',
  'customers',
  'care',
  'billing',
  'sales',
  'engineering',
  'operations',
  'ops',
  'admin',
  'bot',
]);
