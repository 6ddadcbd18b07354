/** @module A Help Scout conversation (or thread list) to evidence: threads oldest first, plus fields. */
import type { Author, EvidenceDraft, Role } from '../../model/evidence.js';
import type { ParseContext } from '../../model/intake.js';
import { toUtcIso } from '../util/time.js';
import { htmlBody } from './body-text.js';
import { clipText } from './clip-text.js';
import { fieldItem } from './field-item.js';
import { makeAuthor } from './make-author.js';
import { newReplyText } from './new-reply-text.js';
import { arr, idOf, rec, str } from './pick.js';

// Threads nobody outside the team sees: notes, and forwards to a third party.
const INTERNAL_TYPES = new Set(['note', 'forwardparent', 'forwardchild']);
// Drafts were never sent; hidden threads were removed from the customer's e-mails.
const UNSENT_STATES = new Set(['draft', 'hidden', 'underreview']);

function personName(person: Record<string, unknown>): string | undefined {
  const full = [str(person.first), str(person.last)]
    .filter((s) => s !== undefined && s !== 'unknown')
    .join(' ');
  return full || str(person.email);
}

function threadAuthor(thread: Record<string, unknown>, context: ParseContext): Author | null {
  const by = rec(thread.createdBy);
  const type = str(by.type);
  const role: Role =
    type === 'customer'
      ? 'customer'
      : type === 'user'
        ? 'support'
        : type?.startsWith('system')
          ? 'bot'
          : 'unknown';
  // Customer threads often carry the person only under `customer`.
  const person = role === 'customer' && personName(by) === undefined ? rec(thread.customer) : by;
  const name = personName(person);
  if (name === undefined && type === undefined) return null;
  return makeAuthor(name ?? `${type} ${idOf(by.id) ?? '?'}`, role, str(person.email), context);
}

function threadItem(thread: Record<string, unknown>, context: ParseContext): EvidenceDraft | null {
  const attachments = arr(rec(thread._embedded).attachments).flatMap((a) => str(rec(a).filename) ?? []);
  // An e-mailed thread still carries the quoted history (earlier threads): keep its new text.
  const reply = newReplyText(htmlBody(thread.body));
  const text = reply.text;
  if (text === '' && attachments.length === 0) return null;
  const type = str(thread.type) ?? 'message';
  const state = str(thread.state) ?? 'published';
  const unsent = UNSENT_STATES.has(state);
  return {
    locator: `t${idOf(thread.id) ?? '?'}`,
    at: toUtcIso(thread.createdAt),
    author: threadAuthor(thread, context),
    visibility: INTERNAL_TYPES.has(type) || unsent ? 'internal' : 'public',
    text: clipText(text || `[attachments: ${attachments.join(', ')}]`),
    meta: {
      // A draft was written to the customer but never sent: review it, never treat it as said.
      unit: state === 'draft' ? 'draft' : 'comment',
      ...(attachments.length > 0 ? { attachments } : {}),
      ...(reply.signature !== '' ? { signature: reply.signature } : {}),
    },
  };
}

function fieldItems(conversation: Record<string, unknown>): EvidenceDraft[] {
  const created = toUtcIso(conversation.createdAt);
  const updated = toUtcIso(conversation.userUpdatedAt) ?? created;
  const items: EvidenceDraft[] = [];
  const add = (
    field: string,
    text: string,
    at: string | null,
    visibility: 'public' | 'internal' = 'internal',
  ) => items.push(fieldItem(field, text, at, visibility));
  const number = idOf(conversation.number);
  const subject = str(conversation.subject);
  if (subject !== undefined)
    add('subject', `Subject: ${subject}${number ? ` (#${number})` : ''}`, created, 'public');
  const status = str(conversation.status);
  if (status !== undefined) add('status', `Status: ${status}`, updated);
  const tags = arr(conversation.tags).flatMap((t) => str(rec(t).tag) ?? str(rec(t).name) ?? []);
  if (tags.length > 0) add('tags', `Tags: ${tags.join(', ')}`, updated);
  const customer = personName(rec(conversation.primaryCustomer));
  if (customer !== undefined) add('requester', `Customer: ${customer}`, created);
  const assignee = personName(rec(conversation.assignee));
  if (assignee !== undefined) add('assignee', `Assignee: ${assignee}`, updated);
  for (const raw of arr(conversation.customFields).slice(0, 50)) {
    const cf = rec(raw);
    const name = str(cf.name);
    const value = str(cf.text) ?? idOf(cf.value);
    if (name !== undefined && value !== undefined) add(`custom.${name}`, `${name}: ${value}`, updated);
  }
  return items;
}

/** Field items, then threads with a body sorted oldest first (the API sends newest first). */
export function helpscoutItems(
  root: Record<string, unknown>,
  context: ParseContext,
): {
  items: EvidenceDraft[];
  withoutBody: number;
} {
  const items = 'mailboxId' in root || 'subject' in root ? fieldItems(root) : [];
  const threads = arr(rec(root._embedded).threads).map(rec);
  const ordered = threads
    .map((thread, index) => ({ thread, index, at: toUtcIso(thread.createdAt) ?? '' }))
    // Unknown times sort as newest-first input would have them: keep reversed input order.
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : b.index - a.index));
  let withoutBody = 0;
  for (const { thread } of ordered) {
    const item = threadItem(thread, context);
    if (item === null) withoutBody++;
    else items.push(item);
  }
  return { items, withoutBody };
}
