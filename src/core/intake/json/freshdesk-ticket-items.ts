/** @module A Freshdesk ticket object to its description item and field items. */
import type { EvidenceDraft, Visibility } from '../../model/evidence.js';
import type { ParseContext } from '../../model/intake.js';
import { toUtcIso } from '../util/time.js';
import { htmlBody } from './body-text.js';
import { clipText } from './clip-text.js';
import { fieldItem } from './field-item.js';
import type { FreshdeskRequester } from './freshdesk-conversation.js';
import { freshdeskAttachments } from './freshdesk-conversation.js';
import { freshdeskPriority, freshdeskSource, freshdeskStatus } from './freshdesk-enums.js';
import { makeAuthor } from './make-author.js';
import { idOf, rec, str, strings } from './pick.js';

/** The requester as the ticket describes them (`include=requester`, else the id only). */
export function freshdeskRequester(ticket: Record<string, unknown>): FreshdeskRequester {
  const r = rec(ticket.requester);
  const id = idOf(ticket.requester_id) ?? idOf(r.id);
  const name = str(r.name);
  const email = str(r.email);
  return { ...(id ? { id } : {}), ...(name ? { name } : {}), ...(email ? { email } : {}) };
}

/** Field items plus the description, which is the customer's first message (not repeated elsewhere). */
export function freshdeskTicketItems(
  ticket: Record<string, unknown>,
  requester: FreshdeskRequester,
  context: ParseContext,
): EvidenceDraft[] {
  const created = toUtcIso(ticket.created_at);
  const updated = toUtcIso(ticket.updated_at) ?? created;
  const items: EvidenceDraft[] = [];
  const add = (field: string, text: string, at: string | null, visibility: Visibility = 'internal') => {
    items.push(fieldItem(field, text, at, visibility));
  };
  const id = idOf(ticket.id);
  const subject = str(ticket.subject);
  if (subject !== undefined)
    add('subject', `Subject: ${subject}${id ? ` (ticket #${id})` : ''}`, created, 'public');
  const description = str(ticket.description_text) ?? htmlBody(ticket.description);
  const attachments = freshdeskAttachments(ticket.attachments);
  if (description !== '' || attachments.length > 0) {
    items.push({
      locator: 'desc',
      at: created,
      author: makeAuthor(
        requester.name ?? requester.email ?? `contact ${requester.id ?? '?'}`,
        'customer',
        requester.email,
        context,
      ),
      visibility: 'public',
      text: clipText(description || `[attachments: ${attachments.join(', ')}]`),
      meta: { unit: 'comment', ...(attachments.length > 0 ? { attachments } : {}) },
    });
  }
  const status = freshdeskStatus(ticket.status);
  if (status !== undefined) add('status', `Status: ${status}`, updated);
  const priority = freshdeskPriority(ticket.priority);
  if (priority !== undefined) add('priority', `Priority: ${priority}`, updated);
  const source = freshdeskSource(ticket.source);
  if (source !== undefined) add('channel', `Channel: ${source}`, created);
  const type = str(ticket.type);
  if (type !== undefined) add('type', `Type: ${type}`, created);
  const tags = strings(ticket.tags);
  if (tags.length > 0) add('tags', `Tags: ${tags.join(', ')}`, updated);
  const requesterText = requester.name ?? requester.email;
  if (requesterText !== undefined) add('requester', `Requester: ${requesterText}`, created);
  const company = str(rec(ticket.company).name);
  if (company !== undefined) add('organization', `Company: ${company}`, created);
  const due = toUtcIso(ticket.due_by);
  if (due !== null) add('due', `Resolution due: ${due}`, updated);
  if (ticket.is_escalated === true) add('escalated', 'Escalated in Freshdesk: yes', updated);
  if (ticket.fr_escalated === true) add('first_response_escalated', 'First response overdue: yes', updated);
  const custom = rec(ticket.custom_fields);
  for (const [key, value] of Object.entries(custom).slice(0, 100)) {
    const text = typeof value === 'boolean' ? String(value) : idOf(value);
    if (text !== undefined) add(`custom.${key}`, `${key.replace(/^cf_/, '')}: ${text}`, updated);
  }
  return items;
}
