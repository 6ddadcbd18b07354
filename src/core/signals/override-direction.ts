/**
 * @module Which way a reviewer moved a decision: severity up (more severe) or down by the policy's
 * level order; routing has no up or down, only a change.
 */

export type OverrideDirection = 'up' | 'down' | 'same' | 'unranked' | 'changed';

/**
 * `levels` maps each severity level to its policy `order` (a higher order is more severe). No
 * severity before ("none") ranks below every level. A level the policy no longer has is `unranked`.
 */
export function overrideDirection(
  field: 'severity' | 'routing',
  before: string,
  after: string,
  levels: Readonly<Record<string, number>>,
): OverrideDirection {
  if (field === 'routing') return 'changed';
  const rank = (level: string) => (level === 'none' ? Number.NEGATIVE_INFINITY : levels[level]);
  const from = rank(before);
  const to = rank(after);
  if (from === undefined || to === undefined) return 'unranked';
  if (to > from) return 'up';
  if (to < from) return 'down';
  return 'same';
}
