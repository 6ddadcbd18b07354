import { describe, expect, it } from 'vitest';
import { decodeMrkdwn, type MrkdwnNames } from './mrkdwn.js';

const NAMES: MrkdwnNames = {
  user: (id) => ({ U02KENJI: 'kenji', U06ZOE: 'Zoë Ångström' })[id],
  channel: (id) => ({ C07ESC: 'esc-order-sync' })[id],
};

describe('decodeMrkdwn', () => {
  it.each([
    ['<@U02KENJI> can you look?', '@kenji can you look?'],
    ['<@U06ZOE|zoe> ok', '@Zoë Ångström ok'],
    ['see <#C07ESC|esc-order-sync> and <#C07ESC>', 'see #esc-order-sync and #esc-order-sync'],
    ['<!here> <!channel> <!everyone>', '@here @channel @everyone'],
    ['<!subteam^S07SUPLEADS|@support-leads> who?', '@support-leads who?'],
    ['due <!date^1392734382^{date_num}|Feb 18, 2014>', 'due Feb 18, 2014'],
    [
      '<https://wiki.example/credits?policy=v3&amp;region=us|Credits policy v3>',
      'Credits policy v3 (https://wiki.example/credits)',
    ],
    ['<https://status.example.com>', 'https://status.example.com'],
    ['<mailto:ops@acme.example|ops@acme.example>', 'ops@acme.example'],
    ['orders &gt;250 lines &amp; &lt;tag&gt;', 'orders >250 lines & <tag>'],
    ['typed @everyone stays text', 'typed @everyone stays text'],
  ] satisfies [string, string][])('decodes %j', (raw, expected) => {
    expect(decodeMrkdwn(raw, NAMES).text).toBe(expected);
  });

  it('keeps an unknown user id and reports it', () => {
    const decoded = decodeMrkdwn('ping <@U999GONE> and <@U999GONE>', NAMES);
    expect(decoded.text).toBe('ping @U999GONE and @U999GONE');
    expect(decoded.unknownUsers).toEqual(['U999GONE']);
  });

  it('unescapes only after tokens are read, so an escaped bracket never becomes a mention', () => {
    expect(decodeMrkdwn('&lt;@U02KENJI&gt;', NAMES).text).toBe('<@U02KENJI>');
  });

  it('strips access tokens from file links', () => {
    const raw = '<https://files.slack.com/files-pri/T1-F1/a.md?t=xoxe-2025-3073|a.md>';
    expect(decodeMrkdwn(raw, NAMES).text).toBe('a.md (https://files.slack.com/files-pri/T1-F1/a.md)');
  });
});
