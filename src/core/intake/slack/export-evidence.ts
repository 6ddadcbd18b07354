/** @module Slack export messages to evidence: ts order, threads, noise counted, mrkdwn decoded, Slack Connect sides. */
import type { EvidenceDraft, EvidenceMeta } from '../../model/evidence.js';
import { homeTeams, messageTeam, otherOrgOf } from './connect.js';
import { messageContent } from './message-content.js';
import { decodeMrkdwn, type MrkdwnNames } from './mrkdwn.js';
import type { SlackExport } from './read-export.js';
import { type AuthorLookup, slackAuthor } from './slack-author.js';
import { stripUrlSecrets } from './strip-url-secrets.js';
import { compareTs, tsToIso } from './ts.js';

/** System rows: kept as counts, never as evidence. */
const NOISE_SUBTYPES = new Set([
  'channel_join',
  'channel_leave',
  'channel_topic',
  'channel_purpose',
  'channel_name',
  'channel_archive',
  'channel_unarchive',
  'group_join',
  'group_leave',
  'group_topic',
  'group_purpose',
  'group_name',
  'group_archive',
  'group_unarchive',
  'bot_add',
  'bot_remove',
  'pinned_item',
  'unpinned_item',
  'reminder_add',
  'tombstone',
  'message_changed',
  'message_deleted',
]);
const KNOWN_SUBTYPES = new Set([
  'bot_message',
  'thread_broadcast',
  'me_message',
  'file_share',
  'file_comment',
]);

export interface ExportEvidence {
  readonly items: EvidenceDraft[];
  readonly warnings: string[];
  /** how many rows of each skipped kind (subtype, `hidden`, duplicate ts) were left out */
  readonly skipped: Record<string, number>;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Evidence items `m1…mN` numbered in (channel name, ts) order across all day files, so a reply
 * posted after midnight sits in its thread. Replies carry `meta.thread` = their parent's locator
 * (or, when the parent was deleted, the thread's first surviving message).
 */
export function exportEvidence(unitName: string, data: SlackExport, lookup: AuthorLookup): ExportEvidence {
  const items: EvidenceDraft[] = [];
  const warnings: string[] = [];
  const skipped: Record<string, number> = {};
  const count = (key: string): void => {
    skipped[key] = (skipped[key] ?? 0) + 1;
  };
  const unknownUsers = new Set<string>();
  const authorless = new Set<string>();
  const unknownSubtypes = new Map<string, number>();
  const names: MrkdwnNames = {
    user: (id) => (id === 'USLACKBOT' ? 'Slackbot' : lookup.users.get(id)?.name),
    channel: (id) => data.channelNames.get(id),
  };
  // Some export tools name channel folders by id (C07ESC) rather than by name.
  const channels = data.channels
    .map((c) => ({ ...c, channel: data.channelNames.get(c.channel) ?? c.channel }))
    .sort((a, b) => (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0));
  const home = homeTeams(data, lookup.manifestRoles);
  // Foreign teams read as another organisation on their team id alone: said, not hidden.
  const guessedTeams = new Map<string, number>();
  // With nothing to say which workspace is ours, several teams mean nobody can be placed.
  const teamsSeen = new Set<string>();
  for (const { channel, messages } of channels) {
    const otherOrg = (message: Record<string, unknown>) => otherOrgOf(message, data, home, channel);
    // A channel shared with the customer's workspace (Slack Connect): everyone in it sees every message.
    // So is a channel the customer writes in (a guest, or someone the manifest names as customer).
    const shared =
      data.sharedChannels.has(channel) ||
      messages.some(
        ({ message }) => otherOrg(message).other || slackAuthor(message, lookup)?.role === 'customer',
      );
    const seen = new Set<string>();
    const threads = new Map<string, string>();
    const ordered = [...messages].sort((a, b) => compareTs(str(a.message.ts), str(b.message.ts)));
    for (const { file, message } of ordered) {
      const ts = str(message.ts);
      if (seen.has(ts)) {
        count('duplicate');
        continue;
      }
      seen.add(ts);
      const subtype = str(message.subtype);
      if (NOISE_SUBTYPES.has(subtype)) {
        count(subtype);
        continue;
      }
      if (message.hidden === true) {
        count('hidden');
        continue;
      }
      const content = messageContent(message);
      const decoded = decodeMrkdwn(content.mrkdwn, names);
      for (const id of decoded.unknownUsers) unknownUsers.add(id);
      const text = stripUrlSecrets(decoded.text).trim();
      if (text === '') {
        count('empty');
        continue;
      }
      if (subtype !== '' && !KNOWN_SUBTYPES.has(subtype))
        unknownSubtypes.set(subtype, (unknownSubtypes.get(subtype) ?? 0) + 1);
      const team = messageTeam(message);
      if (team !== '' && message.subtype !== 'bot_message') teamsSeen.add(team);
      const org = otherOrg(message);
      if (org.guessed && org.team !== undefined)
        guessedTeams.set(org.team, (guessedTeams.get(org.team) ?? 0) + 1);
      const author = slackAuthor(message, lookup, org.other);
      if (author === null) authorless.add(file);
      else if (author.name === str(message.user)) unknownUsers.add(author.name);
      const locator = `m${items.length + 1}`;
      const threadTs = str(message.thread_ts);
      const meta: EvidenceMeta = { unit: 'message', channel };
      if (threadTs !== '') {
        const parent = threads.get(threadTs) ?? (threadTs === ts ? locator : undefined);
        // The parent may be a tombstone or outside the export: the first reply roots the thread.
        const key = parent ?? locator;
        threads.set(threadTs, key);
        meta.thread = key;
      }
      const editedAt = tsToIso(isEdit(message.edited) ? message.edited.ts : undefined);
      if (editedAt !== null) meta.editedAt = editedAt;
      if (content.files.length > 0) meta.attachments = [...content.files];
      items.push({
        locator,
        at: tsToIso(ts),
        author,
        visibility: shared ? 'public' : 'internal',
        text,
        meta,
      });
    }
  }
  for (const id of [...unknownUsers].sort())
    warnings.push(`${unitName}: unknown Slack user ${id}, kept as its id`);
  for (const file of [...authorless].sort())
    warnings.push(`${file}: message(s) without any author, kept unattributed`);
  if (home.size === 0 && teamsSeen.size > 1)
    warnings.push(
      `${unitName}: messages come from ${teamsSeen.size} Slack teams (${[...teamsSeen].sort().join(', ')}) but nothing says which is ours (no users.json, no staff named in the manifest); every author is read as our side`,
    );
  for (const [team, n] of [...guessedTeams].sort())
    warnings.push(
      `${unitName}: ${n} message(s) by people outside users.json, from Slack team ${team}, read as another organisation (customer side) on the team id alone; no Slack Connect flag on their channel, so check who they are`,
    );
  for (const [subtype, n] of [...unknownSubtypes].sort())
    warnings.push(`${unitName}: unknown message subtype "${subtype}" on ${n} message(s), text kept`);
  return { items, warnings, skipped };
}

function isEdit(value: unknown): value is { ts: unknown } {
  return typeof value === 'object' && value !== null && 'ts' in value;
}
