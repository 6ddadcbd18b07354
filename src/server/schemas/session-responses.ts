/**
 * @module Response schemas of the session, token and user routes. Accounts are read from rows that
 * also hold password and token hashes: these allow-lists are what keeps them out of any answer.
 */
import { z } from 'zod';
import { PERMISSIONS, ROLES } from '../../core/review/roles.js';
import { TOKEN_SCOPES } from '../../core/review/token-scopes.js';

export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
});

const UserRecordSchema = UserSchema.extend({ disabledAt: z.string().nullable() });

const AbilitiesShape = {
  permissions: z.array(z.enum(PERMISSIONS)),
  gateKinds: z.array(z.string()),
  gateApprovers: z.record(z.string(), z.array(z.string())),
};

/** `/api/me`: who is calling and what the role may do. */
export const MeSchema = z.object({ user: UserSchema, ...AbilitiesShape });
/** `/api/login` and `/api/session`: the same, with the session's CSRF token for the page. */
export const SessionSchema = MeSchema.extend({ csrfToken: z.string() });

const TokenRecordSchema = z.object({
  id: z.string(),
  userId: z.string(),
  userEmail: z.string(),
  name: z.string(),
  scopes: z.array(z.enum(TOKEN_SCOPES)),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

/** A freshly minted token: the only answer that ever carries the secret, once. */
export const MintedTokenSchema = z.object({
  id: z.string(),
  token: z.string(),
  name: z.string(),
  scopes: z.array(z.enum(TOKEN_SCOPES)),
  expiresAt: z.string(),
});
export const TokenListSchema = z.object({ tokens: z.array(TokenRecordSchema) });
export const RevokedTokenSchema = z.object({ token: TokenRecordSchema });
export const UserAnswerSchema = z.object({ user: UserRecordSchema });
export const NewUserSchema = z.object({ user: UserSchema });
export const UserListSchema = z.object({ users: z.array(UserRecordSchema) });
export const OkSchema = z.object({ ok: z.literal(true) });
