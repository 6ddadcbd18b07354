import { describe, expect, it } from 'vitest';
import { messageContent } from './message-content.js';

describe('messageContent', () => {
  it('prefers text and lists files the message carries', () => {
    expect(messageContent({ text: 'see log', files: [{ name: 'app.log' }, { title: 'shot.png' }] })).toEqual({
      mrkdwn: 'see log',
      files: ['app.log', 'shot.png'],
    });
  });

  it('reads legacy attachments when text is empty: title, text, fields, else fallback', () => {
    const content = messageContent({
      subtype: 'bot_message',
      text: '',
      attachments: [
        { title: 'Alert', text: '5xx > 2%', fields: [{ title: 'Service', value: 'api' }, { value: 'eu' }] },
        { fallback: 'only fallback' },
      ],
    });
    expect(content.mrkdwn).toBe('Alert\n5xx > 2%\nService: api\neu\nonly fallback');
  });

  it('appends a bot attachment to its one-line text, but not a link preview to a person', () => {
    const attachments = [{ title: 'INC-9 opened', text: 'checkout degraded' }];
    expect(messageContent({ subtype: 'bot_message', text: 'New incident', attachments }).mrkdwn).toBe(
      'New incident\nINC-9 opened\ncheckout degraded',
    );
    expect(messageContent({ user: 'U1', text: 'look <https://x.example>', attachments }).mrkdwn).toBe(
      'look <https://x.example>',
    );
  });

  it('uses file names for a file-only message and the old single file object', () => {
    expect(messageContent({ subtype: 'file_share', text: '', file: { name: 'dump.har' } }).mrkdwn).toBe(
      'dump.har',
    );
  });

  it('rebuilds mrkdwn tokens from rich-text blocks as a last resort', () => {
    const blocks = [
      {
        type: 'rich_text',
        elements: [
          {
            type: 'rich_text_section',
            elements: [
              { type: 'user', user_id: 'U1' },
              { type: 'text', text: ' see ' },
              { type: 'link', url: 'https://x.example/a', text: 'doc' },
              { type: 'emoji', name: 'fire' },
              { type: 'broadcast', range: 'here' },
            ],
          },
        ],
      },
    ];
    expect(messageContent({ text: '', blocks }).mrkdwn).toBe(
      '<@U1> see <https://x.example/a|doc>:fire:<!here>',
    );
  });

  it('returns empty content for a message with nothing in it', () => {
    expect(messageContent({ text: '', attachments: 'oops', files: [3] })).toEqual({ mrkdwn: '', files: [] });
  });
});
