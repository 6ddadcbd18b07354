/** @module Read the files of a Slack export unit: users, channel names and every channel's messages. */
import type { IntakeUnit } from '../../model/intake.js';
import { decodeText, isRecord, looksBinary, parseJson } from '../util/decode.js';
import { baseName, dirName, EXPORT_MARKERS, hasDayFileName, isMessageArray, messagesOf } from './day-file.js';
import { readChannelFacts, readChannels, readUsers, type SlackUser } from './directory.js';
import { SLACK_TS } from './ts.js';

export interface ChannelMessages {
  readonly channel: string;
  /** messages of all the channel's day files, each with the file it came from */
  readonly messages: { readonly file: string; readonly message: Record<string, unknown> }[];
}

export interface SlackExport {
  readonly users: Map<string, SlackUser>;
  readonly channelNames: Map<string, string>;
  readonly channels: ChannelMessages[];
  /** channels the export marks as shared with another organisation (Slack Connect) */
  readonly sharedChannels: Set<string>;
  /** channels shared with another organisation (Slack Connect flags), by name */
  readonly externalChannels: Set<string>;
  /** ids of the users who created channels: members of the exporting workspace */
  readonly channelCreators: Set<string>;
  readonly warnings: string[];
  /** files that could be read at all */
  readonly readable: number;
}

const MAX_FILE_BYTES = 64 * 1024 * 1024;
const MAX_MESSAGES = 200_000;
const UNKNOWN_CHANNEL = 'unknown-channel';

function isSlackMessage(value: unknown): value is Record<string, unknown> {
  return (
    isRecord(value) && value.type === 'message' && typeof value.ts === 'string' && SLACK_TS.test(value.ts)
  );
}

/** Reads every file of the unit; never throws: unreadable files become warnings naming them. */
export function readExport(unit: IntakeUnit): SlackExport {
  const users = new Map<string, SlackUser>();
  const channelNames = new Map<string, string>();
  const byChannel = new Map<string, ChannelMessages>();
  const sharedChannels = new Set<string>();
  const externalChannels = new Set<string>();
  const channelCreators = new Set<string>();
  const warnings: string[] = [];
  let readable = 0;
  let total = 0;
  const files = [...unit.files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  reading: for (const file of files) {
    const base = baseName(file.name);
    const isMarker = EXPORT_MARKERS.has(base);
    const isDay = hasDayFileName(file.name) || unit.files.length === 1;
    if (!isMarker && !isDay) {
      // integration_logs.json, canvases.json …: part of the export, but not messages
      if (!base.endsWith('.json')) warnings.push(`${file.name}: not a Slack export file, ignored`);
      continue;
    }
    if (file.bytes.length > MAX_FILE_BYTES) {
      warnings.push(`${file.name}: skipped, larger than ${MAX_FILE_BYTES} bytes`);
      continue;
    }
    if (looksBinary(file.bytes)) {
      warnings.push(`${file.name}: skipped, binary content where JSON was expected`);
      continue;
    }
    const json = parseJson(decodeText(file.bytes).text);
    if (!json.ok) {
      warnings.push(`${file.name}: not valid JSON (${json.error})`);
      continue;
    }
    const parsed = isMarker ? json : { ok: true as const, value: messagesOf(json.value) };
    if (!Array.isArray(parsed.value)) {
      warnings.push(`${file.name}: expected a JSON array`);
      continue;
    }
    readable++;
    if (base === 'users.json' || base === 'org_users.json') {
      for (const [id, user] of readUsers(parsed.value)) users.set(id, user);
      continue;
    }
    if (isMarker) {
      readChannels(parsed.value, channelNames);
      readChannelFacts(parsed.value, {
        shared: sharedChannels,
        external: externalChannels,
        creators: channelCreators,
      });
      continue;
    }
    const channel = baseName(dirName(file.name)) || UNKNOWN_CHANNEL;
    const entry = byChannel.get(channel) ?? { channel, messages: [] };
    byChannel.set(channel, entry);
    if (parsed.value.length === 0) warnings.push(`${file.name}: day file holds no messages`);
    else if (!isMessageArray(parsed.value)) {
      const bad = parsed.value.filter((m) => !isSlackMessage(m)).length;
      warnings.push(`${file.name}: ${bad} entries are not Slack messages, skipped`);
    }
    for (const message of parsed.value) {
      if (!isSlackMessage(message)) continue;
      if (total >= MAX_MESSAGES) {
        warnings.push(`${unit.name}: more than ${MAX_MESSAGES} messages, the rest were not read`);
        break reading;
      }
      total++;
      entry.messages.push({ file: file.name, message });
    }
  }
  return {
    users,
    channelNames,
    channels: [...byChannel.values()],
    sharedChannels,
    externalChannels,
    channelCreators,
    warnings,
    readable,
  };
}
