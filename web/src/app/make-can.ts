/**
 * @module What the signed-in user may do on the page, from the session the service answered with,
 * and why not when not: a sentence naming the roles that may, read from the same role table and
 * policy approvers the service checks. The page only disables controls; the service stays the authority.
 */
import {
  canDecideGate,
  type Permission,
  type ReviewRole,
  ROLES,
  can as roleCan,
} from '../../../src/core/review/roles.js';
import type { Session } from '../api/types.js';

export interface Can {
  readonly role: ReviewRole;
  /** null when the user holds `permission`, else why not, e.g. "Only leads and admins can override severity; …" */
  whyNot(permission: Permission, action?: string): string | null;
  /** null when the user may approve or reject a gate of `kind`, else why not */
  whyNotGate(kind: string): string | null;
}

const ROLE_GROUPS: Readonly<Record<ReviewRole, string>> = {
  support: 'support agents',
  success: 'customer success',
  engineering_triage: 'engineering triage',
  account_owner: 'account owners',
  lead: 'leads',
  admin: 'admins',
  viewer: 'viewers',
};

const ACTIONS: Readonly<Record<Permission, string>> = {
  'packet.read': 'read packets',
  'packet.read_internal': 'read internal evidence',
  'packet.create': 'start a new packet',
  'packet.transition': 'change the review state',
  'draft.edit': 'edit drafts',
  'decision.override': 'override the decision',
  'gate.decide': 'approve or reject gates',
  'packet.mark_sent': 'mark the customer update as sent',
  'audit.read': 'read the audit log',
  'audit.export': 'export the audit log',
  'signals.read': 'see the weekly signals',
  'users.manage': 'manage users',
  'feedback.give': 'give feedback',
  'case.export': 'export an eval case',
};

/** "leads and admins", "engineering triage, leads and admins" */
export function listRoles(roles: readonly ReviewRole[]): string {
  const names = roles.map((role) => ROLE_GROUPS[role]);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const roleLabel = (role: ReviewRole) => role.replace('_', ' ');

export function makeCan(session: Session): Can {
  const role = session.user.role;
  const held = new Set<Permission>(session.permissions);
  const approvers = session.gateApprovers;
  const signedInAs = `you are signed in as ${roleLabel(role)}.`;

  const mayDecide = (kind: string): boolean => {
    if (!held.has('gate.decide')) return false;
    if (session.gateKinds.includes(kind)) return true;
    // A kind the policy does not list falls back to the service's default (leads and admins).
    return !(kind in approvers) && canDecideGate(role, kind, approvers);
  };

  return {
    role,
    whyNot(permission, action = ACTIONS[permission]) {
      if (held.has(permission)) return null;
      const who = ROLES.filter((r) => roleCan(r, permission));
      return `Only ${listRoles(who)} can ${action}; ${signedInAs}`;
    },
    whyNotGate(kind) {
      if (mayDecide(kind)) return null;
      const who = ROLES.filter((r) => roleCan(r, 'gate.decide') && canDecideGate(r, kind, approvers));
      return `Under the policy, only ${listRoles(who)} can approve or reject ${kind.replace('_', ' ')} gates; ${signedInAs}`;
    },
  };
}
