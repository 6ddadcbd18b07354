/** @module One Microsoft Graph chatMessage to an internal evidence draft. */
import type { Author, EvidenceDraft } from '../../model/evidence.js';
import type { ParseContext } from '../../model/intake.js';
import { htmlToText } from '../util/html-text.js';
import { toUtcIso } from '../util/time.js';
import { clipText } from './clip-text.js';
import { makeAuthor } from './make-author.js';
import { arr, idOf, rec, str } from './pick.js';

function teamsAuthor(from: unknown, context: ParseContext): Author | null {
  const f = rec(from);
  const user = rec(f.user);
  const app = rec(f.application);
  const userName = str(user.displayName);
  // Everyone in a Teams chat is on our side; the manifest may still name their role.
  if (userName !== undefined) return makeAuthor(userName, 'unknown', str(user.email), context, 'internal');
  const appName = str(app.displayName);
  if (appName !== undefined) return makeAuthor(appName, 'bot', undefined, context);
  return null;
}

/** Text of a message body; `<at>` mentions become `@Name` so the person stays visible. */
export function teamsBodyText(body: unknown): string {
  const b = rec(body);
  const content = typeof b.content === 'string' ? b.content : '';
  if (str(b.contentType)?.toLowerCase() !== 'html') return content.trim();
  return htmlToText(content.replace(/<at\b[^>]*>([\s\S]*?)<\/at>/gi, '@$1'));
}

/** The message as evidence, or null when it has neither text nor attached files. */
export function teamsMessageItem(
  message: Record<string, unknown>,
  context: ParseContext,
): EvidenceDraft | null {
  const attachments = arr(message.attachments).flatMap((raw) => {
    const a = rec(raw);
    return str(a.contentType) === 'reference' ? (str(a.name) ?? []) : [];
  });
  const text = teamsBodyText(message.body);
  if (text === '' && attachments.length === 0) return null;
  const editedAt = toUtcIso(message.lastEditedDateTime);
  const subject = str(message.subject);
  const parent = idOf(message.replyToId);
  return {
    locator: `m${idOf(message.id) ?? '?'}`,
    at: toUtcIso(message.createdDateTime),
    author: teamsAuthor(message.from, context),
    visibility: 'internal',
    text: clipText(text || `[attachments: ${attachments.join(', ')}]`),
    meta: {
      unit: 'message',
      ...(parent ? { thread: `m${parent}` } : {}),
      ...(subject ? { subject } : {}),
      ...(editedAt ? { editedAt } : {}),
      ...(attachments.length > 0 ? { attachments } : {}),
    },
  };
}
