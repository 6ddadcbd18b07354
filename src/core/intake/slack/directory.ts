/** @module Slack users.json / channels.json into name lookups (display name rules of the export). */
import { zoneOfProfile } from '../../time/profile-zone.js';
import { isRecord } from '../util/decode.js';

function withZone(zone: string | null): { zone?: string } {
  return zone ? { zone } : {};
}

export interface SlackUser {
  readonly id: string;
  readonly name: string;
  /** full name when the profile has one (display names are often handles) */
  readonly realName: string;
  readonly title: string;
  readonly email?: string;
  readonly isBot: boolean;
  readonly deleted: boolean;
  /** the workspace the user belongs to (`team_id`, else `profile.team`); '' when not given */
  readonly teamId: string;
  /** Slack marks people from another organisation in a shared channel as strangers */
  readonly isStranger: boolean;
  /** the IANA zone of the user's profile (`tz`), when given */
  readonly zone?: string;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The name Slack shows: `profile.display_name`, else `profile.real_name`, else `real_name`,
 * else `name` (the handle). Works on users.json entries and on a message's `user_profile`.
 */
export function displayNameOf(entry: Record<string, unknown>): string {
  const profile = isRecord(entry.profile) ? entry.profile : entry;
  return str(profile.display_name) || str(profile.real_name) || str(entry.real_name) || str(entry.name) || '';
}

/** Users by id from the entries of users.json / org_users.json; malformed entries are skipped. */
export function readUsers(entries: readonly unknown[]): Map<string, SlackUser> {
  const users = new Map<string, SlackUser>();
  for (const entry of entries) {
    if (!isRecord(entry) || typeof entry.id !== 'string') continue;
    const profile = isRecord(entry.profile) ? entry.profile : {};
    const email = str(profile.email).toLowerCase();
    users.set(entry.id, {
      id: entry.id,
      name: displayNameOf(entry) || entry.id,
      realName: str(profile.real_name) || str(entry.real_name),
      title: str(profile.title),
      ...(email !== '' ? { email } : {}),
      isBot: entry.is_bot === true || str(profile.bot_id) !== '',
      deleted: entry.deleted === true,
      teamId: str(entry.team_id) || str(profile.team),
      isStranger: entry.is_stranger === true,
      ...withZone(zoneOfProfile(entry.tz)),
    });
  }
  return users;
}

/** Channel names by id from channels.json, groups.json, mpims.json (DMs have no name). */
export function readChannels(entries: readonly unknown[], into: Map<string, string>): void {
  for (const entry of entries) {
    if (isRecord(entry) && typeof entry.id === 'string' && typeof entry.name === 'string')
      into.set(entry.id, entry.name);
  }
}

/**
 * Names of the shared channels (`is_ext_shared`, `is_shared`, `is_pending_ext_shared`), of those
 * shared with another organisation (Slack Connect: not `is_org_shared` alone, which is a channel
 * shared between workspaces of one Enterprise Grid organisation), and the users who created channels.
 */
export function readChannelFacts(
  entries: readonly unknown[],
  facts: { shared: Set<string>; external: Set<string>; creators: Set<string> },
): void {
  for (const entry of entries) {
    if (!isRecord(entry)) continue;
    const name = str(entry.name) || str(entry.id);
    const ext = entry.is_ext_shared === true || entry.is_pending_ext_shared === true;
    if (name !== '' && (ext || entry.is_shared === true)) facts.shared.add(name);
    if (name !== '' && (ext || (entry.is_shared === true && entry.is_org_shared !== true)))
      facts.external.add(name);
    if (str(entry.creator) !== '') facts.creators.add(str(entry.creator));
  }
}
