import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../model/intake.js';
import { setAsideQuoted } from './set-aside-quoted.js';

const reply = [
  'Thanks, the import worked after I renamed the column.',
  '',
  'On Tue, 3 Nov 2026 at 10:02, Priya Nair <priya@helpdesk.example> wrote:',
  '> Could you rename the "Qty" column to "Quantity" and upload the file again?',
  '> That header is case-sensitive in the importer.',
].join('\n');

function result(unit: 'comment' | 'message' | 'note' | 'field', text: string): ParseResult {
  return {
    kind: 'ticket',
    format: 'zendesk',
    status: 'parsed',
    warnings: [],
    items: [{ locator: 'c1', at: null, author: null, visibility: 'public', text, meta: { unit } }],
  };
}

describe('setAsideQuoted', () => {
  it('keeps a comment’s own words and sets the quoted history aside for the unread-quote check', () => {
    const out = setAsideQuoted(result('comment', reply));
    expect(out.items[0]?.text).toBe('Thanks, the import worked after I renamed the column.');
    expect(out.data?.quoted).toEqual([
      {
        locator: 'c1',
        text: expect.stringContaining('> That header is case-sensitive in the importer.'),
      },
    ]);
  });

  it('leaves units that are not typed replies alone (a log line, a ticket field)', () => {
    const input = result('field', reply);
    expect(setAsideQuoted(input)).toBe(input);
  });

  it('keeps a message that is nothing but history, so no evidence becomes empty', () => {
    const onlyHistory = reply.split('\n').slice(2).join('\n');
    const input = result('message', onlyHistory);
    expect(setAsideQuoted(input)).toBe(input);
  });

  it('adds to the quotes a parser already set aside', () => {
    const input = { ...result('note', reply), data: { quoted: [{ locator: 'm0', text: '> earlier' }] } };
    const quoted = setAsideQuoted(input).data?.quoted as { locator: string }[];
    expect(quoted.map((q) => q.locator)).toEqual(['m0', 'c1']);
  });
});
