/**
 * @module What an API token may do: its scopes. A token acts as its user, but only within its
 * scopes: the user's role AND the token's scope must both allow a call. Sessions are not scoped.
 */
import type { Permission } from './roles.js';

export const TOKEN_SCOPES = ['read', 'review', 'tokens', 'admin', 'metrics'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** Scopes a token gets when none are asked for: it reads and reviews, but neither mints nor administers. */
export const DEFAULT_TOKEN_SCOPES: readonly TokenScope[] = ['read', 'review'];

/**
 * The scope each permission needs; `tokens` (mint, list, revoke tokens) has no permission of its own,
 * and `metrics` is what `GET /metrics` asks of a token (a scraper needs nothing else).
 */
export const SCOPE_OF: Readonly<Record<Permission, TokenScope>> = {
  'packet.read': 'read',
  'packet.read_internal': 'read',
  'audit.read': 'read',
  'audit.export': 'read',
  'signals.read': 'read',
  'packet.create': 'review',
  'packet.transition': 'review',
  'draft.edit': 'review',
  'decision.override': 'review',
  'gate.decide': 'review',
  'packet.mark_sent': 'review',
  'users.manage': 'admin',
  'feedback.give': 'review',
  'case.export': 'read',
};

export function isTokenScope(value: string): value is TokenScope {
  return (TOKEN_SCOPES as readonly string[]).includes(value);
}
