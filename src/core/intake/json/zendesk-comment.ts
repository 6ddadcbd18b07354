/** @module One Zendesk comment (or audit Comment event) to an evidence draft. */
import type { EvidenceDraft } from '../../model/evidence.js';
import { splitSignature } from '../text/signature.js';
import { toUtcIso } from '../util/time.js';
import { bodyText } from './body-text.js';
import { clipText } from './clip-text.js';
import { arr, idOf, rec, str } from './pick.js';
import type { ZendeskPeople } from './zendesk-users.js';

/** Attachment file names of a comment, skipping deleted ones. */
export function attachmentNames(attachments: unknown): string[] {
  return arr(attachments).flatMap((raw) => {
    const a = rec(raw);
    const name = str(a.file_name) ?? str(a.name) ?? str(a.filename);
    return name === undefined || a.deleted === true ? [] : [name];
  });
}

/**
 * The comment as evidence, or null when it has neither text nor attachments.
 * `fallback` supplies the audit's author and time for audit events that omit them.
 */
export function zendeskCommentItem(
  raw: unknown,
  people: ZendeskPeople,
  fallback: { readonly at?: unknown; readonly authorId?: unknown } = {},
): EvidenceDraft | null {
  const comment = rec(raw);
  const voice = rec(comment.data);
  let text = bodyText([comment.plain_body, comment.body, voice.transcription_text], comment.html_body);
  const attachments = attachmentNames(comment.attachments);
  if (text === '' && attachments.length === 0) return null;
  if (text === '') text = `[attachments: ${attachments.join(', ')}]`;
  // Comments that came in by e-mail end in the sender's card and legal footer: contact context, never a claim.
  const own = splitSignature(text);
  const signature = own.body !== '' && own.signature !== '' ? own.signature : '';
  if (signature !== '') text = own.body;
  const via = rec(comment.via ?? rec(comment.metadata).via);
  const from = rec(rec(via.source).from);
  const id = idOf(comment.id) ?? '?';
  return {
    locator: `c${id}`,
    at: toUtcIso(comment.created_at) ?? toUtcIso(fallback.at),
    author: people.author(comment.author_id ?? fallback.authorId, from),
    // Only an explicit `public: false` marks an internal note; missing means a normal comment.
    visibility: comment.public === false ? 'internal' : 'public',
    text: clipText(text),
    meta: {
      unit: 'comment',
      ...(attachments.length > 0 ? { attachments } : {}),
      ...(signature !== '' ? { signature } : {}),
    },
  };
}
