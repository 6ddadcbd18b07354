/** @module Recognise Slack export files by path and content: day files and workspace metadata. */
import { isRecord, jsonOf } from '../util/decode.js';
import { SLACK_TS } from './ts.js';

/** Top-level files of a workspace export that identify it even without any day file. */
export const EXPORT_MARKERS = new Set([
  'users.json',
  'org_users.json',
  'channels.json',
  'groups.json',
  'dms.json',
  'mpims.json',
]);

const DAY_NAME = /^\d{4}-\d{2}-\d{2}\.json$/;
const MAX_SNIFF_BYTES = 64 * 1024 * 1024;

export function baseName(path: string): string {
  const parts = path.split('/');
  return parts[parts.length - 1] ?? path;
}

/** Parent directory of a path ('' at the root). */
export function dirName(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut === -1 ? '' : path.slice(0, cut);
}

export function hasDayFileName(path: string): boolean {
  return DAY_NAME.test(baseName(path));
}

/** True for a JSON array of Slack messages (`type: "message"` and a `ts` like 1795096931.001100). */
export function isMessageArray(value: unknown): value is unknown[] {
  if (!Array.isArray(value) || value.length === 0) return false;
  return value.every(
    (m) => isRecord(m) && m.type === 'message' && typeof m.ts === 'string' && SLACK_TS.test(m.ts),
  );
}

/**
 * The message array of a day file, or of an API response (`conversations.history`,
 * `conversations.replies`: `{"ok": true, "messages": […]}`); the value itself otherwise.
 */
export function messagesOf(value: unknown): unknown {
  return isRecord(value) && Array.isArray(value.messages) ? value.messages : value;
}

/** True when the file's bytes are a Slack day file or API message list (content decides, not the name). */
export function isDayFileContent(bytes: Uint8Array): boolean {
  if (bytes.length > MAX_SNIFF_BYTES) return false;
  return isMessageArray(messagesOf(jsonOf(bytes)));
}
