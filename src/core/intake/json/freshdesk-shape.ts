/**
 * @module Freshdesk JSON of API v2 and the older v1 brought to the v2 ticket shape the items read:
 * a ticket (bare, `helpdesk_ticket`-wrapped, in an array or in search `results`) and
 * conversations (an array, a single reply or note, or v1 `[{note}]`).
 */
import { htmlBody } from './body-text.js';
import { arr, idOf, isRecord, rec, str } from './pick.js';

/** Agent names a ticket gives (v1 names its responder), by user id. */
export function freshdeskAgents(ticket: Record<string, unknown>): Map<string, string> {
  const agents = new Map<string, string>();
  const id = idOf(ticket.responder_id);
  const name = str(ticket.responder_name);
  if (id !== undefined && name !== undefined) agents.set(id, name);
  return agents;
}

function isV2Ticket(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && 'description_text' in value && 'requester_id' in value;
}

/** API v1 (`/helpdesk/tickets`): `description`, `display_id`, `status_name`, `notes`. */
function isV1Ticket(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value) || !('requester_id' in value) || !('subject' in value)) return false;
  const v1Keys = ['display_id', 'status_name', 'requester_name', 'notes', 'frDueBy'];
  return v1Keys.some((key) => key in value) && ('description' in value || 'description_html' in value);
}

/** A conversation (v2) or note (v1): who wrote it comes from `incoming` and `user_id`. */
export function isFreshdeskConversation(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value) || !('incoming' in value) || !('private' in value)) return false;
  return 'body_text' in value || 'body' in value;
}

function v1Note(raw: unknown): Record<string, unknown> {
  const note = isRecord(rec(raw).note) ? rec(rec(raw).note) : rec(raw);
  return { ...note, body_text: str(note.body) ?? htmlBody(note.body_html) };
}

/** A v1 ticket in v2 terms; `display_id` is the number people quote, `id` an internal one. */
function fromV1(t: Record<string, unknown>): Record<string, unknown> {
  const name = str(t.requester_name);
  return {
    ...t,
    id: t.display_id ?? t.id,
    description_text: str(t.description) ?? htmlBody(t.description_html),
    type: t.ticket_type,
    is_escalated: t.isescalated,
    custom_fields: t.custom_field,
    ...(name ? { requester: { ...rec(t.requester), name } } : {}),
    conversations: arr(t.notes).map(v1Note),
  };
}

function ticketOf(value: unknown): Record<string, unknown> | null {
  const inner = isRecord(value) && isRecord(value.helpdesk_ticket) ? value.helpdesk_ticket : value;
  if (isV2Ticket(inner)) return inner;
  return isV1Ticket(inner) ? fromV1(inner) : null;
}

/** Tickets a document holds, in v2 shape; [] when it holds none. */
export function freshdeskTickets(value: unknown): Record<string, unknown>[] {
  const list = Array.isArray(value)
    ? value
    : isRecord(value) && Array.isArray(value.results)
      ? value.results
      : null;
  if (list === null) {
    const one = ticketOf(value);
    return one === null ? [] : [one];
  }
  const tickets = list.map(ticketOf);
  return tickets.length > 0 && tickets.every((t) => t !== null) ? (tickets as Record<string, unknown>[]) : [];
}

/** Conversations a document holds (v2 array, one reply or note, v1 `[{note}]`); null when none. */
export function freshdeskConversations(value: unknown): Record<string, unknown>[] | null {
  if (isFreshdeskConversation(value)) return [value];
  if (!Array.isArray(value) || value.length === 0) return null;
  const notes = value.slice(0, 20).every((v) => isRecord(v) && isFreshdeskConversation(rec(v).note));
  if (notes) return value.map(v1Note);
  return value.slice(0, 20).some(isFreshdeskConversation) ? value.map(rec) : null;
}
