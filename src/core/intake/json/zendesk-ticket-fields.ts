/** @module A Zendesk ticket object to field items (subject, priority, status, tags, people …). */
import type { EvidenceDraft, Visibility } from '../../model/evidence.js';
import { splitSignature } from '../text/signature.js';
import { toUtcIso } from '../util/time.js';
import { fieldItem } from './field-item.js';
import { arr, idOf, rec, str, strings } from './pick.js';
import type { ZendeskPeople } from './zendesk-users.js';

interface Sideloads {
  readonly people: ZendeskPeople;
  readonly groups: unknown;
  readonly organizations: unknown;
}

function nameById(list: unknown, id: unknown): string | undefined {
  const key = idOf(id);
  if (key === undefined) return undefined;
  const found = arr(list).find((raw) => idOf(rec(raw).id) === key);
  return found === undefined ? undefined : str(rec(found).name);
}

/**
 * Field items of one ticket; `prefix` keeps locators apart when a file holds many tickets.
 * The description repeats the first comment, so it is marked as a field and collapsed later.
 */
export function zendeskTicketFields(raw: unknown, side: Sideloads, prefix = ''): EvidenceDraft[] {
  const t = rec(raw);
  const created = toUtcIso(t.created_at);
  const updated = toUtcIso(t.updated_at) ?? created;
  const items: EvidenceDraft[] = [];
  const add = (field: string, text: string, at: string | null, visibility: Visibility = 'internal') => {
    items.push(fieldItem(field, text, at, visibility, prefix));
  };
  const id = idOf(t.id);
  const subject = str(t.subject) ?? str(t.raw_subject);
  if (subject !== undefined)
    add('subject', `Subject: ${subject}${id ? ` (ticket #${id})` : ''}`, created, 'public');
  const description = str(t.description);
  // Cut like the first comment it copies (signature, legal footer), so the two still collapse.
  if (description !== undefined)
    add('description', splitSignature(description).body || description, created, 'public');
  for (const field of ['priority', 'status', 'type'] as const) {
    const value = str(t[field]);
    if (value !== undefined) add(field, `${field[0]?.toUpperCase()}${field.slice(1)}: ${value}`, updated);
  }
  const tags = strings(t.tags);
  if (tags.length > 0) add('tags', `Tags: ${tags.join(', ')}`, updated);
  const from = rec(rec(rec(t.via).source).from);
  const requester = side.people.contactOf(t.requester_id) ?? {
    name: str(from.name),
    email: str(from.address),
  };
  const requesterName = requester.name ?? requester.email;
  if (requesterName !== undefined) {
    const email =
      requester.email && requester.email !== requesterName ? ` <${requester.email.toLowerCase()}>` : '';
    add('requester', `Requester: ${requesterName}${email}`, created);
  }
  const assignee = side.people.nameOf(t.assignee_id);
  if (assignee !== undefined) add('assignee', `Assignee: ${assignee}`, updated);
  const organization = nameById(side.organizations, t.organization_id);
  if (organization !== undefined) add('organization', `Organization: ${organization}`, created);
  const group = nameById(side.groups, t.group_id);
  if (group !== undefined) add('group', `Group: ${group}`, updated);
  const channel = str(rec(t.via).channel);
  if (channel !== undefined) add('channel', `Channel: ${channel}`, created);
  const due = toUtcIso(t.due_at);
  if (due !== null) add('due', `Due: ${due}`, updated);
  const rating = rec(t.satisfaction_rating);
  const score = str(rating.score);
  if (score !== undefined && score !== 'unoffered' && score !== 'offered') {
    const comment = str(rating.comment);
    add('satisfaction', `Satisfaction: ${score}${comment ? ` — ${comment}` : ''}`, updated, 'public');
  }
  const problem = idOf(t.problem_id);
  const followups = arr(t.followup_ids).flatMap((v) => idOf(v) ?? []);
  const links = [...(problem ? [`problem #${problem}`] : []), ...followups.map((f) => `follow-up #${f}`)];
  if (links.length > 0) add('links', `Linked tickets: ${links.join(', ')}`, updated);
  const custom = arr(t.custom_fields).length > 0 ? arr(t.custom_fields) : arr(t.fields);
  for (const cf of custom.slice(0, 100)) {
    const entry = rec(cf);
    const cfId = idOf(entry.id);
    const value = Array.isArray(entry.value) ? strings(entry.value).join(', ') : (idOf(entry.value) ?? '');
    if (cfId !== undefined && value !== '' && typeof entry.value !== 'boolean') {
      add(`custom.${cfId}`, `Custom field ${cfId}: ${value}`, updated);
    }
  }
  return items;
}
