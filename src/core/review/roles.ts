/**
 * @module Review roles and what each may do. Which role may approve which gate comes from the
 * policy (`gates[].approvers`); everything else is this one table, checked by every endpoint.
 */

export const ROLES = [
  'support',
  'success',
  'engineering_triage',
  'account_owner',
  'lead',
  'admin',
  // outside the reviewing team (a partner, a customer-facing contact): reads the customer-safe view only
  'viewer',
] as const;
export type ReviewRole = (typeof ROLES)[number];

export const PERMISSIONS = [
  'packet.read',
  'packet.read_internal',
  'packet.create',
  'packet.transition',
  'draft.edit',
  'decision.override',
  'gate.decide',
  'packet.mark_sent',
  'audit.read',
  'audit.export',
  'signals.read',
  'users.manage',
  'feedback.give',
  'case.export',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ALL_READERS: readonly ReviewRole[] = ROLES;
/** The reviewing team: every role but `viewer`; only these can be named as a gate's approvers. */
export const TEAM_ROLES = ROLES.filter(
  (role): role is Exclude<ReviewRole, 'viewer'> => role !== 'viewer',
) as readonly Exclude<ReviewRole, 'viewer'>[];
const TEAM: readonly ReviewRole[] = TEAM_ROLES;

const GRANTS: Readonly<Record<Permission, readonly ReviewRole[]>> = {
  // Without packet.read_internal, packet.read gives the customer-safe view (core/review/customer-view.ts).
  'packet.read': ALL_READERS,
  'packet.read_internal': TEAM,
  'packet.create': ['support', 'success', 'lead', 'admin'],
  'packet.transition': ['support', 'lead', 'admin'],
  'draft.edit': ['support', 'success', 'account_owner', 'lead', 'admin'],
  'decision.override': ['lead', 'admin'],
  // Holding the permission is necessary, not sufficient: the policy names the approvers per gate kind.
  'gate.decide': ['support', 'success', 'engineering_triage', 'account_owner', 'lead', 'admin'],
  'packet.mark_sent': ['support', 'success', 'account_owner', 'lead', 'admin'],
  'audit.read': TEAM,
  'audit.export': ['lead', 'admin'],
  // the weekly signals page and /metrics: team-wide figures for whoever owns the workflow
  'signals.read': ['lead', 'admin'],
  'users.manage': ['admin'],
  // Whoever receives a handoff rates it, and any reviewer may say a fact is wrong: the whole team.
  'feedback.give': TEAM,
  // An eval case carries the packet's input files as uploaded, which may be sensitive.
  'case.export': ['lead', 'admin'],
};

export function can(role: ReviewRole, permission: Permission): boolean {
  return GRANTS[permission].includes(role);
}

export function isReviewRole(value: string): value is ReviewRole {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * Whether `role` may approve a gate of `kind`, given the policy's approvers for that kind.
 * Admins may always; a kind the policy does not list falls back to leads.
 */
export function canDecideGate(
  role: ReviewRole,
  kind: string,
  approvers: Readonly<Record<string, readonly string[]>>,
): boolean {
  if (role === 'admin') return true;
  const allowed = approvers[kind] ?? ['lead'];
  return allowed.includes(role);
}
