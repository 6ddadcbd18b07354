/**
 * @module Intercom conversations in the shapes the API has used: the current one (`source`,
 * `conversation_parts` as a part list), the older one (`conversation_message`, `user`,
 * `customers`), a bare parts array, a `conversation.list`, and a webhook `notification_event`.
 */
import { arr, idOf, isRecord, rec, str } from './pick.js';

/** A conversation: its opening message under either name, or its parts in either form. */
export function isIntercomConversation(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value) || value.type !== 'conversation') return false;
  return (
    isRecord(value.conversation_parts) ||
    Array.isArray(value.conversation_parts) ||
    isRecord(value.source) ||
    isRecord(value.conversation_message)
  );
}

/** The conversations a document holds (a webhook's item, a list's entries, or itself); [] when none. */
export function intercomConversations(value: unknown): Record<string, unknown>[] {
  const root = rec(value);
  if (root.type === 'notification_event') return intercomConversations(rec(root.data).item);
  if (root.type === 'conversation.list') return arr(root.conversations).filter(isIntercomConversation);
  return isIntercomConversation(root) ? [root] : [];
}

/** The opening message: `source` now, `conversation_message` in the older API. */
export function openingMessage(conversation: Record<string, unknown>): Record<string, unknown> {
  return isRecord(conversation.source) ? conversation.source : rec(conversation.conversation_message);
}

/** The parts, whether wrapped in a part list or given as a bare array. */
export function conversationParts(conversation: Record<string, unknown>): Record<string, unknown>[] {
  const parts = conversation.conversation_parts;
  return (Array.isArray(parts) ? parts : arr(rec(parts).conversation_parts)).map(rec);
}

export interface KnownPerson {
  readonly name?: string;
  readonly email?: string;
  readonly type?: string;
}

/**
 * People the conversation names in full (`user`, `customers`, `contacts`, `teammates`,
 * `assignee`), by id, so an author given only as `{type, id}` still gets a name.
 */
export function knownPeople(conversation: Record<string, unknown>): Map<string, KnownPerson> {
  const people = new Map<string, KnownPerson>();
  const candidates = [
    conversation.user,
    conversation.assignee,
    ...arr(conversation.customers),
    ...arr(rec(conversation.contacts).contacts),
    ...arr(conversation.contacts),
    ...arr(rec(conversation.teammates).teammates),
    ...arr(conversation.teammates),
  ];
  for (const raw of candidates) {
    const person = rec(raw);
    const id = idOf(person.id);
    const name = str(person.name);
    const email = str(person.email);
    if (id === undefined || (name === undefined && email === undefined)) continue;
    people.set(id, {
      ...(name ? { name } : {}),
      ...(email ? { email } : {}),
      ...(str(person.type) ? { type: str(person.type) } : {}),
    });
  }
  return people;
}
