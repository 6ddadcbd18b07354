/** @module An Intercom conversation to evidence: the source message, each part with a body, fields. */
import type { EvidenceDraft } from '../../model/evidence.js';
import type { ParseContext } from '../../model/intake.js';
import { toUtcIso } from '../util/time.js';
import { htmlBody } from './body-text.js';
import { clipText } from './clip-text.js';
import { fieldItem } from './field-item.js';
import { intercomAuthor } from './intercom-author.js';
import { conversationParts, type KnownPerson, knownPeople, openingMessage } from './intercom-shape.js';
import { arr, idOf, rec, str, strings } from './pick.js';

const INTERNAL_PARTS = new Set(['note', 'note_and_reopen']);

function attachmentNames(value: unknown): string[] {
  return arr(value).flatMap((raw) => str(rec(raw).name) ?? str(rec(raw).file_name) ?? []);
}

/** The author with the name and e-mail the conversation gives elsewhere for the same id. */
function withKnownName(author: unknown, people: ReadonlyMap<string, KnownPerson>): unknown {
  const a = rec(author);
  const id = idOf(a.id);
  const known = id === undefined ? undefined : people.get(id);
  if (known === undefined || str(a.name) !== undefined) return author;
  return { ...a, name: known.name ?? known.email, email: str(a.email) ?? known.email };
}

function messageItem(
  locator: string,
  raw: Record<string, unknown>,
  at: unknown,
  internal: boolean,
  context: ParseContext,
  people: ReadonlyMap<string, KnownPerson>,
): EvidenceDraft | null {
  const attachments = attachmentNames(raw.attachments);
  const text = htmlBody(raw.body);
  if (text === '' && attachments.length === 0) return null;
  const subject = str(raw.subject);
  return {
    locator,
    at: toUtcIso(at),
    author: intercomAuthor(withKnownName(raw.author, people), context),
    visibility: internal ? 'internal' : 'public',
    text: clipText(text || `[attachments: ${attachments.join(', ')}]`),
    meta: {
      unit: 'message',
      ...(subject ? { subject } : {}),
      ...(attachments.length > 0 ? { attachments } : {}),
    },
  };
}

/**
 * Items of one conversation, in order: fields, `src` (the opening message, `source` or the older
 * `conversation_message`), then parts sorted by time (stable). `prefix` keeps locators apart when
 * a file holds several conversations.
 */
export function intercomItems(
  conversation: Record<string, unknown>,
  context: ParseContext,
  prefix = '',
): {
  items: EvidenceDraft[];
  eventParts: number;
} {
  const items: EvidenceDraft[] = [];
  const created = toUtcIso(conversation.created_at);
  const updated = toUtcIso(conversation.updated_at) ?? created;
  const field = (
    name: string,
    text: string,
    at: string | null,
    visibility: 'public' | 'internal' = 'internal',
  ) => items.push(fieldItem(name, text, at, visibility, prefix));
  const title = str(conversation.title);
  if (title !== undefined) field('subject', `Title: ${title}`, created, 'public');
  const state = str(conversation.state);
  if (state !== undefined) field('status', `State: ${state}`, updated);
  if (conversation.priority === 'priority') field('priority', 'Priority: priority', updated);
  const tags = arr(rec(conversation.tags).tags).flatMap((t) => str(rec(t).name) ?? []);
  if (tags.length > 0) field('tags', `Tags: ${tags.join(', ')}`, updated);
  const custom = Object.entries(rec(conversation.custom_attributes)).slice(0, 50);
  for (const [key, value] of custom) {
    const text = typeof value === 'boolean' ? String(value) : (idOf(value) ?? strings(value).join(', '));
    if (text !== '') field(`custom.${key}`, `${key}: ${text}`, updated);
  }

  const people = knownPeople(conversation);
  const opening = openingMessage(conversation);
  const src = messageItem(`${prefix}src`, opening, conversation.created_at, false, context, people);
  if (src !== null) items.push(src);

  const parts = conversationParts(conversation);
  let eventParts = 0;
  // Parts without a readable time keep their place after the last part that had one.
  let lastTime = 0;
  const sorted = parts
    .map((part, index) => {
      if (typeof part.created_at === 'number') lastTime = part.created_at;
      return { part, index, t: lastTime };
    })
    .sort((a, b) => a.t - b.t || a.index - b.index);
  for (const { part } of sorted) {
    const type = str(part.part_type) ?? 'comment';
    const item = messageItem(
      `${prefix}p${idOf(part.id) ?? '?'}`,
      part,
      part.created_at,
      INTERNAL_PARTS.has(type),
      context,
      people,
    );
    // A part with a body is a message whatever its type; the rest are events (assignment, close …).
    if (item === null) eventParts++;
    else items.push(item);
  }
  return { items, eventParts };
}
