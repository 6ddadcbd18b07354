/** @module Zendesk audit and incremental events: comments as evidence, field changes as field items. */
import type { EvidenceDraft } from '../../model/evidence.js';
import { toUtcIso } from '../util/time.js';
import { idOf, rec, str, strings } from './pick.js';
import { zendeskCommentItem } from './zendesk-comment.js';
import type { ZendeskPeople } from './zendesk-users.js';

// Changes worth a field item: the ones that tell the ticket's history. Custom field ids and
// internal bookkeeping (brand, form) mean nothing without their definitions.
const CHANGE_FIELDS = new Set(['status', 'priority', 'type', 'tags', 'assignee_id', 'group_id', 'subject']);

function describe(value: unknown, people: ZendeskPeople, field: string): string {
  if (field === 'assignee_id') return people.nameOf(value) ?? idOf(value) ?? '(none)';
  if (Array.isArray(value)) return strings(value).join(', ') || '(none)';
  return idOf(value) ?? '(none)';
}

/**
 * One event of an audit (`type`) or of an incremental export (`event_type`) to evidence,
 * or null when it is not evidence (notifications, CCs, unlisted field changes).
 */
export function zendeskEventItem(
  raw: unknown,
  people: ZendeskPeople,
  parent: { readonly at?: unknown; readonly authorId?: unknown },
): EvidenceDraft | null {
  const event = rec(raw);
  const type = str(event.type) ?? str(event.event_type);
  if (type === 'Comment' || type === 'VoiceComment') return zendeskCommentItem(event, people, parent);
  if (type !== 'Change') return null;
  const field = str(event.field_name) ?? [...CHANGE_FIELDS].find((name) => name in event);
  if (field === undefined || !CHANGE_FIELDS.has(field)) return null;
  const value = event.value ?? event[field];
  const name = field.replace(/_id$/, '');
  const before =
    event.previous_value === undefined ? '' : `${describe(event.previous_value, people, field)} → `;
  return {
    locator: `ch${idOf(event.id) ?? '?'}`,
    at: toUtcIso(event.created_at) ?? toUtcIso(parent.at),
    author: people.author(event.author_id ?? parent.authorId),
    visibility: 'internal',
    text: `${name[0]?.toUpperCase()}${name.slice(1)} changed: ${before}${describe(value, people, field)}`,
    meta: { unit: 'field', field: name },
  };
}
