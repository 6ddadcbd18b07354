/** @module Who made an attempt: the subject named in the sentence, else the author's role. */
import type { Role } from '../model/evidence.js';
import type { TRIED_BY } from '../model/packet.js';

export type TriedBy = (typeof TRIED_BY)[number];

const SUBJECTS: ReadonlyArray<readonly [RegExp, TriedBy]> = [
  [
    /\b(?:the |their |our )?(?:customer|client|requester|end user)s?(?:'s?)?\b|\bthey\b|\btheir (?:admin|it|team|developer)/i,
    'customer',
  ],
  [/\b(?:eng(?:ineering)?|dev(?:eloper)?s?|backend|sre|on-?call)\b/i, 'engineering'],
  [/\b(?:L[123]|support|agent|I|we)\b/, 'support'],
  [/\b(?:csm|success)\b/i, 'success'],
];

function fromRole(role: Role): TriedBy {
  if (role === 'customer' || role === 'support' || role === 'engineering' || role === 'success') return role;
  return 'unknown';
}

/**
 * The actor of an attempt sentence. A named subject in the first words wins ("L2 checked",
 * "the customer's admin regenerated"); first person means the author.
 */
export function triedBy(sentence: string, role: Role): TriedBy {
  // the subject sits at the start; "escalated to eng" names a destination, not an actor
  const head = sentence
    .split(/\s+/)
    .slice(0, 6)
    .join(' ')
    .replace(/\b(?:to|with|from|for|by)\s+\S+.*$/i, '');
  if (/^(?:i|we|i've|we've|i'd|we'd|our|my)\b/i.test(head)) return fromRole(role);
  for (const [re, by] of SUBJECTS) {
    if (!re.test(head)) continue;
    if (by === 'support' && role !== 'customer' && /\b(?:I|we)\b/.test(head)) return fromRole(role);
    if (by === 'support' && role === 'customer') continue;
    return by;
  }
  return fromRole(role);
}

const LABEL: Record<TriedBy, string> = {
  customer: 'Customer',
  support: 'Support',
  engineering: 'Engineering',
  success: 'CSM',
  unknown: '',
};

/** The actor first, as a lead writes it ("Engineering: reproduced it in the sandbox"). */
export function withActor(by: TriedBy, action: string): string {
  const label = LABEL[by];
  if (!label) return action.charAt(0).toUpperCase() + action.slice(1);
  return action.toLowerCase().startsWith(label.toLowerCase()) ? action : `${label}: ${action}`;
}
