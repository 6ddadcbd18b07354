/** @module Recognise an RFC 5322 header block and split an mbox file into messages. */

const KNOWN =
  /^(from|date|subject|message-id|mime-version|received|return-path|to|cc|content-type|delivered-to|x-[a-z0-9-]+|in-reply-to|references|reply-to|sender|user-agent|x-mailer)$/i;
const REQUIRED = /^(from|date|subject|message-id|mime-version|received|return-path)$/i;
const FIELD = /^([A-Za-z][A-Za-z0-9-]*)[ \t]*:/;
const MBOX_FROM = /^From \S+/;

/**
 * True when `text` opens with a mail header block: `Name: value` lines (folding allowed; an mbox
 * `From ` line may come first) including at least one of From, Date, Subject, Message-ID,
 * MIME-Version, Received or Return-Path, then an empty line.
 */
export function looksLikeMailHeaders(text: string): boolean {
  const lines = text.slice(0, 65_536).replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  if (MBOX_FROM.test(lines[i] ?? '')) i++;
  let fields = 0;
  let required = 0;
  let known = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') return fields >= 2 && required >= 1 && known >= 2;
    if (/^[ \t]/.test(line)) {
      if (fields === 0) return false;
      continue;
    }
    const match = FIELD.exec(line);
    if (!match) return false;
    const name = match[1] ?? '';
    fields++;
    if (KNOWN.test(name)) known++;
    if (REQUIRED.test(name)) required++;
    if (fields > 400) return false;
  }
  return false;
}

/** Splits an mbox file at its `From ` separator lines; a plain message comes back as one part. */
export function splitMbox(text: string): string[] {
  if (!MBOX_FROM.test(text.trimStart())) return [text];
  const parts: string[] = [];
  const lines = text.trimStart().split(/\r?\n/);
  let current: string[] = [];
  for (const line of lines) {
    if (MBOX_FROM.test(line) && (current.length === 0 || current[current.length - 1] === '')) {
      if (current.length > 0) parts.push(current.join('\n'));
      current = [];
      continue;
    }
    // mboxrd escapes body lines starting with `From ` as `>From `.
    current.push(/^>+From /.test(line) ? line.slice(1) : line);
  }
  if (current.length > 0) parts.push(current.join('\n'));
  return parts;
}

/** The raw values of every header `name` (lower case) in a parsed header block, unfolded, in file order. */
export function rawHeaderValues(lines: readonly { key: string; line: string }[], name: string): string[] {
  return lines
    .filter((h) => h.key.toLowerCase() === name)
    .map((h) =>
      h.line
        .replace(/^[^:]*:/, '')
        .replace(/\r?\n[ \t]+/g, ' ')
        .trim(),
    );
}
