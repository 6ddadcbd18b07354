/** @module Who wrote a Slack export message: name by the export's rules, role from title or manifest. */
import { roleFromTitle } from '../../evidence/role-from-title.js';
import type { Author, Role } from '../../model/evidence.js';
import type { Manifest } from '../../model/manifest.js';
import { isRecord } from '../util/decode.js';
import { displayNameOf, type SlackUser } from './directory.js';

export interface AuthorLookup {
  readonly users: ReadonlyMap<string, SlackUser>;
  /** manifest roles by lower-cased name: they override what a title implies */
  readonly manifestRoles: ReadonlyMap<string, Role>;
}

/** Manifest people's roles keyed by lower-cased name. */
export function manifestRoles(manifest: Manifest | undefined): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (const person of manifest?.people ?? []) roles.set(person.name.trim().toLowerCase(), person.role);
  return roles;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The author of a message, or null when nothing names one. Bots (`bot_message`, bot users,
 * Slackbot) get role `bot`; people get a role from their profile title, else `unknown`; people of
 * another organisation (`otherOrg`, Slack Connect) are the customer, external, unless the manifest says otherwise.
 */
export function slackAuthor(
  message: Record<string, unknown>,
  lookup: AuthorLookup,
  otherOrg = false,
): Author | null {
  const userId = str(message.user);
  const botProfile = isRecord(message.bot_profile) ? message.bot_profile : {};
  if (message.subtype === 'bot_message' || (userId === '' && str(message.bot_id) !== '')) {
    const name = str(message.username) || str(botProfile.name) || str(message.bot_id) || 'bot';
    return { name, role: 'bot', side: 'internal' };
  }
  if (userId === 'USLACKBOT') return { name: 'Slackbot', role: 'bot', side: 'internal' };
  if (userId === '') return null;
  const user = lookup.users.get(userId);
  const snapshot = isRecord(message.user_profile) ? message.user_profile : undefined;
  const name = user?.name ?? (snapshot ? displayNameOf(snapshot) : '') ?? '';
  const realName = user?.realName || (snapshot ? str(snapshot.real_name) : '');
  const overridden =
    lookup.manifestRoles.get(realName.toLowerCase()) ?? lookup.manifestRoles.get(name.toLowerCase());
  // Someone posting from another organisation's workspace (Slack Connect) is the customer's side.
  const role: Role =
    overridden ??
    (user?.isBot
      ? 'bot'
      : otherOrg
        ? 'customer'
        : user
          ? (roleFromTitle(user.title) ?? 'unknown')
          : 'unknown');
  return {
    name: name || userId,
    role,
    side: otherOrg ? 'external' : 'internal',
    ...(user?.email ? { email: user.email } : {}),
    ...(user?.zone ? { zone: user.zone } : {}),
  };
}
