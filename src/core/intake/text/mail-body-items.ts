/** @module A mail body to evidence items: the new text, then each forwarded message as its own item. */
import type { Author, EvidenceDraft, EvidenceMeta, Visibility } from '../../model/evidence.js';
import { findForwarded } from './forwarded.js';
import { parseMailDate } from './mail-date.js';
import { splitSignature } from './signature.js';
import { splitQuoted, stripQuoted } from './strip-quoted.js';

const MAX_TEXT = 20_000;
const MAX_FORWARD_DEPTH = 5;

export interface MailHeaderInfo {
  readonly locator: string;
  readonly author: Author | null;
  readonly at: string | null;
  readonly subject: string | null;
  readonly attachments?: readonly string[];
  /** `internal` when the message went only to the team (default `public`) */
  readonly visibility?: Visibility;
  /** set for mail no person wrote (a bounce, an auto-reply, bulk or list mail) */
  readonly automatic?: EvidenceMeta['automatic'];
}

export interface MailBodyContext {
  readonly timezone?: string;
  /** hands out `fwd1`, `fwd2`… across the whole file */
  nextForward(): string;
  warn(reason: string): void;
  /** quoted history removed from the body of `locator` (checked later against the other files) */
  setAside?(locator: string, quoted: string): void;
}

/** The new text and signature of one body, with quoted history and any forward removed. */
export function newTextOf(text: string, subject: string | null): { body: string; signature: string } {
  const forwarded = findForwarded(text, isForwardSubject(subject));
  return splitSignature(stripQuoted(forwarded ? forwarded.before : text));
}

function isForwardSubject(subject: string | null): boolean {
  return /^\s*(?:re:\s*)*(?:fw|fwd|wg|tr)\s*:/i.test(subject ?? '');
}

/** The text up to MAX_TEXT characters; a longer one is cut there and the cut is said. */
function bounded(text: string, locator: string, context: MailBodyContext): string {
  if (text.length <= MAX_TEXT) return text;
  context.warn(`${locator}: ${text.length} characters of new text; cut at ${MAX_TEXT}`);
  return `${text.slice(0, MAX_TEXT)} …`;
}

/**
 * Items of one message body: `header.locator` holds the new text (when there is any), and every
 * forwarded message found in it becomes a `fwd<n>` item authored by its inner `From:`.
 */
export function mailBodyItems(
  text: string,
  header: MailHeaderInfo,
  context: MailBodyContext,
  depth = 0,
): EvidenceDraft[] {
  const items: EvidenceDraft[] = [];
  const forwarded = findForwarded(text, isForwardSubject(header.subject));
  const split = splitQuoted(forwarded ? forwarded.before : text);
  if (split.quoted !== '') context.setAside?.(header.locator, split.quoted);
  const own = splitSignature(split.text);
  if (own.body !== '') {
    items.push({
      locator: header.locator,
      at: header.at,
      author: header.author,
      visibility: header.visibility ?? 'public',
      text: bounded(own.body, header.locator, context),
      meta: {
        unit: 'email',
        ...(header.automatic ? { automatic: header.automatic } : {}),
        ...(header.subject ? { subject: header.subject } : {}),
        ...(own.signature ? { signature: own.signature } : {}),
        ...(header.attachments && header.attachments.length > 0
          ? { attachments: [...header.attachments] }
          : {}),
      },
    });
  }
  if (!forwarded) return items;
  if (depth >= MAX_FORWARD_DEPTH) {
    context.warn(`forwarded messages nested deeper than ${MAX_FORWARD_DEPTH} levels were not read`);
    return items;
  }
  const locator = context.nextForward();
  let at: string | null = null;
  if (forwarded.date) {
    const date = parseMailDate(forwarded.date, context.timezone);
    at = date.at;
    if (date.zoneless)
      context.warn(
        `forwarded message ${locator} is dated "${forwarded.date.replace(/\s+/g, ' ')}" without a time zone; set timezone in handoff.yaml to place it`,
      );
  }
  const author: Author | null = forwarded.from
    ? {
        name: forwarded.from.name,
        role: 'unknown',
        side: 'unknown',
        ...(forwarded.from.email ? { email: forwarded.from.email } : {}),
      }
    : null;
  items.push(
    ...mailBodyItems(forwarded.body, { locator, author, at, subject: forwarded.subject }, context, depth + 1),
  );
  return items;
}
