import { describe, expect, it } from 'vitest';
import { newReplyText } from './new-reply-text.js';
import { zendeskCommentItem } from './zendesk-comment.js';
import { ZendeskPeople } from './zendesk-users.js';

describe('signatures of ticket comments', () => {
  it('keeps a Zendesk comment card (name, title, company, phone) out of the text, as meta.signature', () => {
    const body =
      'The label printer queue has been stuck since 6am, nothing prints.\n\nHelen Okafor\nWarehouse Manager\nOkafor Distribution Ltd\nTel 0113 496 0021';
    const item = zendeskCommentItem(
      { id: 91, author_id: 5, public: true, body, created_at: '2026-04-01T08:00:00Z' },
      new ZendeskPeople([], {}),
    );
    expect(item?.text).toBe('The label printer queue has been stuck since 6am, nothing prints.');
    expect(item?.meta?.signature).toContain('Tel 0113 496 0021');
  });

  it('cuts a Spanish sign-off and a disclaimer from an e-mailed reply, after the quoted history', () => {
    const text = [
      'Sigue fallando la sincronización.',
      '',
      'Saludos,',
      'Marta Gil',
      '',
      'Este mensaje es confidencial. Si lo ha recibido por error, notifíquelo y elimínelo.',
      '',
      'On Tue, 3 Mar 2026 at 10:02, Support <help@vendor.example> wrote:',
      '> Could you try again?',
    ].join('\n');
    expect(newReplyText(text)).toEqual({
      text: 'Sigue fallando la sincronización.',
      signature:
        'Saludos,\nMarta Gil\n\nEste mensaje es confidencial. Si lo ha recibido por error, notifíquelo y elimínelo.',
    });
  });

  it('leaves a reply without signature as it is', () => {
    expect(newReplyText('Yes, that fixed it.')).toEqual({ text: 'Yes, that fixed it.', signature: '' });
  });
});
