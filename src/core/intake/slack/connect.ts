/**
 * @module Slack Connect: which workspace made the export, and which messages come from people of
 * another organisation (the customer posting from their own workspace into a shared channel).
 */
import type { Role } from '../../model/evidence.js';
import { isRecord } from '../util/decode.js';
import type { SlackExport } from './read-export.js';

const INTERNAL: ReadonlySet<Role> = new Set(['support', 'engineering', 'success', 'leadership']);

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The author's workspace as the message states it: `user_team`, the profile snapshot's, `source_team`, else `team`. */
export function messageTeam(message: Record<string, unknown>): string {
  const snapshot = isRecord(message.user_profile) ? message.user_profile : {};
  return str(message.user_team) || str(snapshot.team) || str(message.source_team) || str(message.team);
}

function mostCommon(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
  const best = Math.max(0, ...counts.values());
  return [...counts].filter(([, n]) => n === best && best > 0).map(([team]) => team);
}

/**
 * The exporting organisation's workspace ids: the teams of the people who created channels, else
 * the team most members of users.json belong to, else the teams of messages written by people the
 * manifest names as staff. Empty when nothing tells.
 */
export function homeTeams(data: SlackExport, manifestRoles: ReadonlyMap<string, Role>): Set<string> {
  const creators = [...data.channelCreators]
    .map((id) => data.users.get(id))
    .filter((user) => user !== undefined && !user.isStranger)
    .map((user) => user?.teamId ?? '')
    .filter((team) => team !== '');
  if (creators.length > 0) return new Set(creators);
  const members = [...data.users.values()].filter((user) => !user.isBot && !user.isStranger);
  const byMembers = mostCommon(members.map((user) => user.teamId));
  if (byMembers.length > 0) return new Set(byMembers);
  const staffTeams: string[] = [];
  for (const { messages } of data.channels) {
    for (const { message } of messages) {
      const snapshot = isRecord(message.user_profile) ? message.user_profile : {};
      const name = (str(snapshot.real_name) || str(snapshot.display_name)).toLowerCase();
      const role = manifestRoles.get(name);
      if (role && INTERNAL.has(role)) staffTeams.push(messageTeam(message));
    }
  }
  return new Set(staffTeams.filter((team) => team !== ''));
}

/** Whether another organisation wrote a message, and whether that rests on a guess. */
export interface OtherOrg {
  readonly other: boolean;
  /** true when only a foreign team id says so, with no Slack Connect flag to back it */
  readonly guessed: boolean;
  /** the foreign team, when a team id decided */
  readonly team?: string;
}

const NOT_OTHER: OtherOrg = { other: false, guessed: false };

/**
 * Who wrote the message, by evidence only: Slack's stranger flag (on the user or the message's
 * profile snapshot); a member of users.json in a Slack Connect channel whose own team is not the
 * export's; or an author missing from users.json whose team is neither the export's nor any
 * team of users.json. A member of users.json is never another organisation just because the
 * message's `user_team` differs: exports stamp messages with workspace ids that vary (Grid
 * workspaces, shared channels seen from the other side).
 */
export function otherOrgOf(
  message: Record<string, unknown>,
  data: SlackExport,
  home: ReadonlySet<string>,
  channel: string,
): OtherOrg {
  const user = data.users.get(str(message.user));
  const snapshot = isRecord(message.user_profile) ? message.user_profile : {};
  if (user?.isStranger || snapshot.is_stranger === true) return { other: true, guessed: false };
  if (home.size === 0 || str(message.user) === '' || message.subtype === 'bot_message') return NOT_OTHER;
  const connect = data.externalChannels.has(channel);
  if (user !== undefined) {
    const own = user.teamId;
    return connect && own !== '' && !home.has(own) ? { other: true, guessed: false, team: own } : NOT_OTHER;
  }
  const team = messageTeam(message);
  if (team === '' || home.has(team)) return NOT_OTHER;
  const members = new Set([...data.users.values()].map((u) => u.teamId).filter((t) => t !== ''));
  if (members.has(team)) return NOT_OTHER;
  return { other: true, guessed: !connect, team };
}
