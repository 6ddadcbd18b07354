/**
 * @module Zendesk JSON in any of the shapes the API and its clients hand out, brought to the one
 * envelope the parsers read: `{ticket}`, `{tickets}`, `{comments}`, `{audits}`, `{ticket_events}`
 * plus sideloads. A bare ticket, comment or audit, `{audit}`, `{ticket, audit}` (a create
 * response), `{results}` (search) and bare arrays all count; anything else is null.
 */
import { arr, isRecord, rec } from './pick.js';

export type ZendeskEnvelope = Record<string, unknown>;

/** A ticket inside Zendesk's `ticket` wrapper: who asked and what about. */
export function isZendeskTicket(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && 'requester_id' in value && 'subject' in value;
}

/**
 * A ticket with no wrapper to say whose it is: it also needs a key only Zendesk tickets have
 * (Freshdesk tickets share `requester_id` and `subject`, but have `responder_id` instead).
 */
function isBareTicket(value: unknown): value is Record<string, unknown> {
  if (!isZendeskTicket(value) || 'description_text' in value || 'responder_id' in value) return false;
  return 'submitter_id' in value || 'raw_subject' in value || isRecord(value.via);
}

function isComment(value: unknown): boolean {
  if (!isRecord(value) || !('author_id' in value) || !('public' in value)) return false;
  return 'body' in value || 'plain_body' in value || 'html_body' in value;
}

function isAudit(value: unknown): boolean {
  return isRecord(value) && Array.isArray(value.events) && ('ticket_id' in value || 'author_id' in value);
}

/** An incremental ticket event (`/incremental/ticket_events`): its changes sit in `child_events`. */
function isTicketEvent(value: unknown): boolean {
  return isRecord(value) && Array.isArray(value.child_events) && 'ticket_id' in value;
}

/** Every one of the first twenty entries passes `test` (and there is at least one). */
function allOf(list: readonly unknown[], test: (value: unknown) => boolean): boolean {
  return list.length > 0 && list.slice(0, 20).every(test);
}

/** An array that is empty (a page with nothing on it) or whose first twenty entries include one passing `test`. */
function someOf(value: unknown, test: (value: unknown) => boolean): boolean {
  return Array.isArray(value) && (value.length === 0 || value.slice(0, 20).some(test));
}

function fromArray(list: readonly unknown[]): ZendeskEnvelope | null {
  if (allOf(list, isBareTicket)) return { tickets: list };
  if (allOf(list, isAudit)) return { audits: list };
  if (allOf(list, isComment)) return { comments: list };
  if (allOf(list, isTicketEvent)) return { ticket_events: list };
  return null;
}

/** The envelope, or null when the value is no Zendesk ticket data Spine reads. */
export function zendeskEnvelope(value: unknown): ZendeskEnvelope | null {
  if (Array.isArray(value)) return fromArray(value);
  if (!isRecord(value)) return null;
  if (isZendeskTicket(value.ticket)) {
    return isAudit(value.audit) ? { ...value, audits: [value.audit] } : value;
  }
  if (isAudit(value.audit)) return { ...value, audits: [value.audit] };
  // Other tools export `comments` and `audits` too: Zendesk's carry `author_id`/`public` and `events`.
  if (someOf(value.comments, (c) => 'author_id' in rec(c) && 'public' in rec(c))) return value;
  if (someOf(value.audits, (a) => Array.isArray(rec(a).events))) return value;
  if (Array.isArray(value.ticket_events)) return value;
  const { tickets } = value;
  if (
    Array.isArray(tickets) &&
    ('end_of_stream' in value || tickets.length === 0 || allOf(tickets, isZendeskTicket))
  )
    return value;
  // Search results mix types; the tickets among them are what counts.
  const found = arr(value.results).filter((r) => rec(r).result_type === 'ticket' || isBareTicket(r));
  if (found.length > 0) return { ...value, tickets: found };
  if (isBareTicket(value)) return { ticket: value };
  if (isAudit(value)) return { audits: [value] };
  if (isComment(value)) return { comments: [value] };
  if (isTicketEvent(value)) return { ticket_events: [value] };
  return null;
}
