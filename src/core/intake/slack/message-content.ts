/** @module The raw mrkdwn content of one Slack message: text, else attachments, files, blocks. */
import { isRecord } from '../util/decode.js';

export interface MessageContent {
  /** mrkdwn still to decode (mentions, links, escapes) */
  readonly mrkdwn: string;
  /** names of the files the message carries */
  readonly files: readonly string[];
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * What a message says. `text` wins; bots often leave it empty and put everything in legacy
 * `attachments`; file-only messages say only their file names; `blocks` are the last resort
 * because they can disagree with `text`.
 */
export function messageContent(message: Record<string, unknown>): MessageContent {
  const files = fileNames(message);
  const text = str(message.text);
  const isBot = message.subtype === 'bot_message' || str(message.bot_id) !== '';
  const attachments = attachmentText(message.attachments);
  if (text !== '') {
    // A bot's text is often a one-line summary of the alert its attachment details.
    const extra = isBot && attachments !== '' && !text.includes(attachments) ? `\n${attachments}` : '';
    return { mrkdwn: `${text}${extra}`, files };
  }
  if (attachments !== '') return { mrkdwn: attachments, files };
  if (files.length > 0) return { mrkdwn: files.join(', '), files };
  return { mrkdwn: blocksText(message.blocks), files };
}

function fileNames(message: Record<string, unknown>): string[] {
  const list = Array.isArray(message.files) ? [...message.files] : [];
  if (isRecord(message.file)) list.push(message.file);
  const names: string[] = [];
  for (const file of list.slice(0, 100)) {
    if (!isRecord(file)) continue;
    const name = str(file.name) || str(file.title);
    if (name !== '') names.push(name.split('?')[0] ?? name);
  }
  return names;
}

function attachmentText(value: unknown): string {
  if (!Array.isArray(value)) return '';
  const parts: string[] = [];
  for (const attachment of value.slice(0, 50)) {
    if (!isRecord(attachment)) continue;
    const lines = [str(attachment.pretext), str(attachment.title), str(attachment.text)].filter(
      (s) => s !== '',
    );
    if (Array.isArray(attachment.fields)) {
      for (const field of attachment.fields.slice(0, 50)) {
        if (!isRecord(field)) continue;
        const title = str(field.title);
        const fieldValue = str(field.value);
        if (fieldValue !== '') lines.push(title !== '' ? `${title}: ${fieldValue}` : fieldValue);
      }
    }
    if (lines.length === 0 && str(attachment.fallback) !== '') lines.push(str(attachment.fallback));
    parts.push(...lines);
  }
  return parts.join('\n');
}

/** Rich-text blocks back to mrkdwn tokens so they decode like `text`. */
function blocksText(value: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown, depth: number): void => {
    if (depth > 8 || out.length > 5000) return;
    if (Array.isArray(node)) {
      for (const child of node) walk(child, depth + 1);
      return;
    }
    if (!isRecord(node)) return;
    switch (node.type) {
      case 'text':
        out.push(typeof node.text === 'string' ? node.text : '');
        return;
      case 'user':
        out.push(`<@${str(node.user_id)}>`);
        return;
      case 'channel':
        out.push(`<#${str(node.channel_id)}>`);
        return;
      case 'link':
        out.push(str(node.text) !== '' ? `<${str(node.url)}|${str(node.text)}>` : `<${str(node.url)}>`);
        return;
      case 'emoji':
        out.push(`:${str(node.name)}:`);
        return;
      case 'broadcast':
        out.push(`<!${str(node.range)}>`);
        return;
      default:
        walk(node.elements, depth + 1);
    }
  };
  walk(value, 0);
  return out.join('').trim();
}
