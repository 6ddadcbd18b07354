import { describe, expect, it } from 'vitest';
import type { Evidence } from '../model/evidence.js';
import { unreadQuoteWarnings } from './unread-quotes.js';

function item(text: string): Evidence {
  return { id: 'S2:c1', source: 'S2', at: null, author: null, visibility: 'public', text };
}

describe('unreadQuoteWarnings', () => {
  const quote = [
    'On Tue, 4 May 2027 at 08:00, Wen Li <wen@orchard.example> wrote:',
    '> Our scanners stopped printing labels after the update.',
    '> Every depot is affected and we ship at noon.',
  ].join('\n');

  it('warns, naming the file, when the quoted history is found in no other item', () => {
    const warnings = unreadQuoteWarnings(
      'reply.eml',
      [{ locator: 'm1', text: quote }],
      [item('Unrelated note')],
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^reply\.eml: quoted history in m1 \(2 line\(s\), starting "our scanners stopped/,
    );
  });

  it('stays quiet when the quoted lines are evidence elsewhere, even wrapped differently', () => {
    const elsewhere = item(
      'Hello,\nOur scanners stopped printing labels after\nthe update. Every depot is affected and we ship at noon.',
    );
    expect(unreadQuoteWarnings('reply.eml', [{ locator: 'm1', text: quote }], [elsewhere])).toEqual([]);
  });

  it('ignores attribution and header lines and short scraps', () => {
    const headers = 'From: Wen Li <wen@orchard.example>\nSent: Tuesday\n> ok\n> thanks!';
    expect(unreadQuoteWarnings('reply.eml', [{ locator: 'm1', text: headers }], [])).toEqual([]);
  });
});
