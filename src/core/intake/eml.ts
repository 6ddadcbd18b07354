/** @module E-mail (.eml, mbox): the new text of each message, forwarded messages, author and date. */
import { type AddressObject, type ParsedMail, simpleParser } from 'mailparser';
import type { Author, EvidenceDraft } from '../model/evidence.js';
import type { FormatParser, IntakeUnit, ParseContext, ParseResult } from '../model/intake.js';
import { zoneOfOffset } from '../time/profile-zone.js';
import { detectAutomatic, relayingList } from './text/automatic-mail.js';
import { zoneForFile } from './text/file-zone.js';
import { displayName } from './text/mail-address.js';
import { mailBodyItems, newTextOf } from './text/mail-body-items.js';
import { repairCharset } from './text/mail-charset.js';
import { parseMailDate } from './text/mail-date.js';
import { looksLikeMailHeaders, rawHeaderValues, splitMbox } from './text/mail-headers.js';
import { senderToSupport } from './text/support-mailbox.js';
import { decodeText, looksBinary } from './util/decode.js';
import { htmlToText } from './util/html-text.js';

const MAX_BYTES = 25 * 1024 * 1024;
const MAX_MESSAGES = 200;
const MAX_EMBEDDED_DEPTH = 3;

interface FileState {
  readonly warnings: string[];
  timezone?: string;
  forwards: number;
  readonly quoted: { locator: string; text: string }[];
}

function authorOf(from: AddressObject | undefined): Author | null {
  const first = from?.value[0];
  if (!first) return null;
  const email = first.address?.toLowerCase();
  const name = first.name?.trim() ? displayName(first.name) : email || '';
  if (!name) return null;
  return { name, role: 'unknown', side: 'unknown', ...(email ? { email } : {}) };
}

function addressesOf(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  const addresses: string[] = [];
  const walk = (entries: AddressObject['value']): void => {
    for (const entry of entries) {
      if (entry.address) addresses.push(entry.address.toLowerCase());
      if (entry.group) walk(entry.group);
    }
  };
  for (const object of objects) walk(object.value);
  return addresses;
}

/**
 * The sender as staff when they wrote to their own organisation's support mailbox (an account
 * manager forwarding to support@): their side is internal, and the message is internal when no
 * recipient is outside the team. A person writing to another organisation's support mailbox is
 * outside the team: their side is external (resolveAuthors then reads them as the customer).
 */
function withTeamSide(mail: ParsedMail, author: Author | null): { author: Author | null; internal: boolean } {
  if (!author?.email) return { author, internal: false };
  const { staff, teamOnly, outsider } = senderToSupport(author.email, [
    ...addressesOf(mail.to),
    ...addressesOf(mail.cc),
  ]);
  if (outsider) return { author: { ...author, side: 'external' }, internal: false };
  if (!staff) return { author, internal: false };
  return { author: { ...author, side: 'internal' }, internal: teamOnly };
}

/**
 * The sender's clock as the Date header's offset states it ("+0100"), or null; "+0000" says
 * nothing, as many mail servers stamp UTC whatever the writer's zone.
 */
function senderZone(mail: ParsedMail): string | null {
  const offset = /([+-]\d{4})\s*(?:\([^)]*\))?\s*$/.exec(
    rawHeaderValues(mail.headerLines, 'date')[0] ?? '',
  )?.[1];
  const zone = offset ? zoneOfOffset(offset) : null;
  return zone === 'UTC' ? null : zone;
}

function dateOf(mail: ParsedMail, state: FileState, label: string): string | null {
  const raw = rawHeaderValues(mail.headerLines, 'date')[0];
  if (raw) {
    const date = parseMailDate(raw, state.timezone);
    if (date.at) return date.at;
    state.warnings.push(
      date.zoneless
        ? `${label}: the Date header "${raw}" has no time zone`
        : `${label}: the Date header "${raw}" cannot be read`,
    );
  }
  // Without a usable Date, the last (earliest) Received hop is the closest to when it was sent.
  const received = rawHeaderValues(mail.headerLines, 'received');
  const last = received[received.length - 1];
  const stamp = last?.slice(last.lastIndexOf(';') + 1);
  if (stamp) {
    const date = parseMailDate(stamp);
    if (date.at) {
      state.warnings.push(`${label}: no Date header; dated by its last Received header`);
      return date.at;
    }
  }
  state.warnings.push(`${label}: no Date header; its time is unknown`);
  return null;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** True when the plain and HTML alternatives tell different stories (their new texts share few words). */
function disagrees(plain: string, html: string): boolean {
  const a = words(plain);
  const b = new Set(words(html));
  if (a.length === 0 || b.size === 0) return a.length !== b.size;
  const shared = a.filter((word) => b.has(word)).length;
  return shared / a.length < 0.5;
}

async function messageItems(
  source: Buffer,
  state: FileState,
  label: string,
  locator: string,
  depth: number,
): Promise<EvidenceDraft[]> {
  const repaired = repairCharset(source);
  for (const note of repaired.notes) state.warnings.push(`${label}: ${note}`);
  const mail = await simpleParser(repaired.source, {
    ignoreEmbedded: true,
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipImageLinks: true,
    maxHtmlLengthToParse: 2_000_000,
  });
  const subject = mail.subject?.trim() || null;
  const plain = typeof mail.text === 'string' ? mail.text : '';
  const undecoded = (`${subject ?? ''}${mail.from?.text ?? ''}${plain}`.match(/\uFFFD/g) ?? []).length;
  if (undecoded > 0 && !repaired.source.includes(Buffer.from('\uFFFD')))
    state.warnings.push(
      `${label}: ${undecoded} character(s) do not decode in the charset the message declares; they were replaced`,
    );
  const html = typeof mail.html === 'string' ? htmlToText(mail.html) : '';
  let body = plain;
  if (plain.trim() === '' && html !== '') body = html;
  else if (plain.trim() !== '' && html !== '') {
    const plainNew = newTextOf(plain, subject).body;
    const htmlNew = newTextOf(html, subject).body;
    if (disagrees(plainNew, htmlNew))
      state.warnings.push(
        `${label}: the text and HTML versions of the message differ; the text version is used (HTML says: "${htmlNew.slice(0, 120)}")`,
      );
  }
  const embedded = mail.attachments.filter((a) => a.contentType === 'message/rfc822');
  const attachments = mail.attachments
    .filter((a) => a.contentType !== 'message/rfc822')
    .map((a) => a.filename ?? a.contentType)
    .filter((name) => name !== '');
  const automatic = detectAutomatic({
    headers: mail.headers,
    fromAddress: mail.from?.value[0]?.address?.toLowerCase() ?? null,
    subject,
  });
  let sender = withTeamSide(mail, authorOf(mail.from));
  const zone = senderZone(mail);
  if (zone && sender.author) sender = { ...sender, author: { ...sender.author, zone } };
  if (automatic) {
    // No person wrote it: a bot's words, never the customer's (asks, deadlines, temperament).
    const author = sender.author ?? {
      name: mail.from?.text || 'mail system',
      role: 'bot' as const,
      side: 'unknown' as const,
    };
    sender = { author: { ...author, role: 'bot' }, internal: sender.internal };
    state.warnings.push(
      `${label}: an automatic message (${automatic.kind}: ${automatic.reason}); read as a bot's, not as the sender's own words`,
    );
  } else {
    const list = relayingList(mail.headers);
    if (list)
      state.warnings.push(`${label}: relayed by the mailing list "${list}"; read as the sender's own words`);
  }
  const items = mailBodyItems(
    body,
    {
      locator,
      author: sender.author,
      at: dateOf(mail, state, label),
      subject,
      attachments,
      ...(sender.internal ? { visibility: 'internal' as const } : {}),
      ...(automatic ? { automatic: automatic.kind } : {}),
    },
    {
      ...(state.timezone ? { timezone: state.timezone } : {}),
      nextForward: () => `fwd${++state.forwards}`,
      warn: (reason) => state.warnings.push(`${label}: ${reason}`),
      setAside: (at, text) => state.quoted.push({ locator: at, text }),
    },
  );
  for (const attachment of embedded) {
    if (depth >= MAX_EMBEDDED_DEPTH) {
      state.warnings.push(`${label}: attached messages nested too deep were not read`);
      break;
    }
    items.push(
      ...(await messageItems(attachment.content, state, label, `fwd${++state.forwards}`, depth + 1)),
    );
  }
  return items;
}

async function parseEml(unit: IntakeUnit, context: ParseContext): Promise<ParseResult> {
  const file = unit.files[0];
  const base = { kind: 'email', format: 'eml' } as const;
  if (!file) return { ...base, items: [], warnings: [`${unit.name}: no file`], status: 'skipped' };
  if (file.bytes.length > MAX_BYTES)
    return {
      ...base,
      items: [],
      warnings: [`${unit.name}: larger than ${MAX_BYTES / 1024 / 1024} MB; not read`],
      status: 'skipped',
    };
  const state: FileState = {
    warnings: [],
    forwards: 0,
    quoted: [],
  };
  const zone = zoneForFile(unit.name, context.manifest);
  if (zone) state.timezone = zone;
  // latin1 keeps every byte as one char, so 8-bit bodies reach mailparser unchanged.
  const raw = Buffer.from(file.bytes).toString('latin1');
  let messages = splitMbox(raw);
  if (messages.length > MAX_MESSAGES) {
    state.warnings.push(
      `${unit.name}: ${messages.length} messages; only the first ${MAX_MESSAGES} were read`,
    );
    messages = messages.slice(0, MAX_MESSAGES);
  }
  const items: EvidenceDraft[] = [];
  for (const [index, message] of messages.entries()) {
    const label = messages.length > 1 ? `${unit.name} (message ${index + 1})` : unit.name;
    try {
      items.push(...(await messageItems(Buffer.from(message, 'latin1'), state, label, `m${index + 1}`, 0)));
    } catch (error) {
      state.warnings.push(
        `${label}: cannot be read as e-mail (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  if (items.length === 0) {
    return {
      ...base,
      items,
      warnings: [...state.warnings, `${unit.name}: no message text found`],
      status: messages.length > 0 ? 'skipped' : 'failed',
      ...(state.quoted.length > 0 ? { data: { quoted: state.quoted } } : {}),
    };
  }
  return {
    ...base,
    items,
    warnings: state.warnings,
    status: 'parsed',
    ...(state.quoted.length > 0 ? { data: { quoted: state.quoted } } : {}),
  };
}

/** RFC 5322 messages (`.eml`, also mbox and header blocks not starting with From, CRLF or LF). */
export const emlParser: FormatParser = {
  format: 'eml',
  detect(unit) {
    const file = unit.files[0];
    if (!file || unit.files.length !== 1 || file.bytes.length === 0 || looksBinary(file.bytes)) return 0;
    return looksLikeMailHeaders(decodeText(file.bytes.subarray(0, 65_536)).text) ? 0.8 : 0;
  },
  async parse(unit, context) {
    try {
      return await parseEml(unit, context);
    } catch (error) {
      return {
        kind: 'email',
        format: 'eml',
        items: [],
        warnings: [
          `${unit.name}: cannot be read as e-mail (${error instanceof Error ? error.message : String(error)})`,
        ],
        status: 'failed',
      };
    }
  },
};

export const emlParsers: FormatParser[] = [emlParser];
