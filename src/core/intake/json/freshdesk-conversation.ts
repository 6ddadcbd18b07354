/** @module One Freshdesk conversation (reply or note) to an evidence draft. */
import type { EvidenceDraft } from '../../model/evidence.js';
import type { ParseContext } from '../../model/intake.js';
import { toUtcIso } from '../util/time.js';
import { htmlBody } from './body-text.js';
import { clipText } from './clip-text.js';
import { makeAuthor, parseMailbox } from './make-author.js';
import { newReplyText } from './new-reply-text.js';
import { arr, idOf, rec, str } from './pick.js';

/** Who the ticket's requester is, when the ticket says so. */
export interface FreshdeskRequester {
  readonly id?: string;
  readonly name?: string;
  readonly email?: string;
}

/** Attachment names of a Freshdesk object. */
export function freshdeskAttachments(value: unknown): string[] {
  return arr(value).flatMap((raw) => str(rec(raw).name) ?? []);
}

/** The conversation as evidence, or null when it has no text and no attachments. */
export function freshdeskConversationItem(
  raw: unknown,
  requester: FreshdeskRequester,
  context: ParseContext,
  agents: ReadonlyMap<string, string> = new Map(),
): EvidenceDraft | null {
  const c = rec(raw);
  // body_text of an e-mail reply still holds the quoted history: only the new text is evidence.
  const full = str(c.body_text) ?? htmlBody(c.body);
  const reply = newReplyText(full);
  let text = reply.text;
  const attachments = freshdeskAttachments(c.attachments);
  if (text === '' && attachments.length === 0) return null;
  if (text === '') text = `[attachments: ${attachments.join(', ')}]`;
  const userId = idOf(c.user_id);
  const mailbox = parseMailbox(str(c.from_email));
  const fromCustomer = c.incoming === true || (userId !== undefined && userId === requester.id);
  const author = fromCustomer
    ? makeAuthor(
        requester.name ?? mailbox.name ?? mailbox.email ?? `contact ${userId ?? '?'}`,
        'customer',
        requester.email ?? mailbox.email,
        context,
      )
    : makeAuthor(
        mailbox.name ?? (userId !== undefined ? agents.get(userId) : undefined) ?? `agent ${userId ?? '?'}`,
        'support',
        mailbox.email,
        context,
      );
  const editedAt = toUtcIso(c.last_edited_at);
  return {
    locator: `c${idOf(c.id) ?? '?'}`,
    at: toUtcIso(c.created_at),
    author,
    visibility: c.private === true ? 'internal' : 'public',
    text: clipText(text),
    meta: {
      unit: 'comment',
      ...(attachments.length > 0 ? { attachments } : {}),
      ...(editedAt !== null ? { editedAt } : {}),
      ...(reply.signature !== '' ? { signature: reply.signature } : {}),
    },
  };
}
