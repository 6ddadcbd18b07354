/**
 * @module What a signed-in user may do, as the review page needs it to disable what it may not:
 * the role's permissions and the gate kinds the policy lets this role approve. The routes still
 * check every request; this only lets the page say so before a click.
 */
import { can, canDecideGate, PERMISSIONS, type Permission, type ReviewRole } from '../core/review/roles.js';

export type GateApprovers = Readonly<Record<string, readonly string[]>>;

export interface Abilities {
  readonly permissions: Permission[];
  /** gate kinds the policy names, that this role may approve or reject (admins: every kind) */
  readonly gateKinds: string[];
  /** the policy's approvers per gate kind, so the page can say who may decide a gate */
  readonly gateApprovers: Record<string, string[]>;
}

export function abilitiesOf(role: ReviewRole, approvers: GateApprovers): Abilities {
  const permissions = PERMISSIONS.filter((permission) => can(role, permission));
  const mayDecide = permissions.includes('gate.decide');
  const kinds = Object.keys(approvers).sort();
  return {
    permissions,
    gateKinds: mayDecide ? kinds.filter((kind) => canDecideGate(role, kind, approvers)) : [],
    gateApprovers: Object.fromEntries(kinds.map((kind) => [kind, [...(approvers[kind] ?? [])]])),
  };
}
