/**
 * @module Help Scout conversations of Mailbox API 2.0 and of the retired API v1 (and its webhooks),
 * brought to the 2.0 shape the items read: v1 wraps the conversation in `item`, lists `threads`
 * inline, names people `firstName`/`lastName`, calls an agent reply `message`, and has
 * `customer`/`owner`/`modifiedAt` where 2.0 has `primaryCustomer`/`assignee`/`userUpdatedAt`.
 */
import { arr, isRecord, rec, str } from './pick.js';

function person(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const first = str(raw.first) ?? str(raw.firstName);
  const last = str(raw.last) ?? str(raw.lastName);
  return { ...raw, ...(first ? { first } : {}), ...(last ? { last } : {}) };
}

function v1Thread(raw: unknown): Record<string, unknown> {
  const t = rec(raw);
  const attachments = arr(t.attachments).map((a) => ({
    ...rec(a),
    filename: str(rec(a).filename) ?? str(rec(a).fileName),
  }));
  return {
    ...t,
    // v1 calls an agent's reply a `message`; 2.0 a `reply`.
    type: t.type === 'message' ? 'reply' : t.type,
    body: t.body ?? t.text,
    createdBy: person(t.createdBy ?? t.author),
    customer: person(t.customer),
    _embedded: { ...rec(t._embedded), attachments: [...arr(rec(t._embedded).attachments), ...attachments] },
  };
}

function isV1Conversation(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value) || !Array.isArray(value.threads)) return false;
  return 'customer' in value || 'mailbox' in value || 'primaryCustomer' in value || 'mailboxId' in value;
}

function fromV1(c: Record<string, unknown>): Record<string, unknown> {
  return {
    ...c,
    primaryCustomer: person(c.primaryCustomer ?? c.customer),
    assignee: person(c.assignee ?? c.owner),
    userUpdatedAt: c.userUpdatedAt ?? c.modifiedAt,
    tags: arr(c.tags).map((tag) => (typeof tag === 'string' ? { tag } : tag)),
    threads: arr(c.threads).length,
    _embedded: { ...rec(c._embedded), threads: arr(c.threads).map(v1Thread) },
  };
}

/** The conversation in 2.0 shape (or a 2.0 thread list), or null when the value is neither. */
export function helpscoutConversation(value: unknown): Record<string, unknown> | null {
  const inner = isRecord(value) && isRecord(value.item) ? value.item : value;
  if (isV1Conversation(inner)) return fromV1(inner);
  if (!isRecord(inner)) return null;
  const threads = rec(inner._embedded).threads;
  if (Array.isArray(threads)) {
    return { ...inner, _embedded: { ...rec(inner._embedded), threads: threads.map(v1Thread) } };
  }
  return 'mailboxId' in inner && typeof inner.threads === 'number' ? inner : null;
}
