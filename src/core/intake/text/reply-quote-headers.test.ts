import { describe, expect, it } from 'vitest';
import { withoutQuotedHistory } from './strip-quoted.js';

const cutQuotedReply = (text: string): string => withoutQuotedHistory(text, { topPosted: true });

describe('withoutQuotedHistory of a reply that came in by mail', () => {
  it.each([
    [
      'Gmail',
      'Thanks, that worked.\n\nOn Tue, 17 Nov 2026 at 17:30, Acme <a@acme.example> wrote:\n> old text',
    ],
    [
      'Gmail wrapped',
      'Thanks, that worked.\n\nOn Tue, 17 Nov 2026 at 17:30, Acme Billing\n<billing@acme.example> wrote:\nold',
    ],
    ['Outlook separator', 'Thanks, that worked.\n-----Original Message-----\nFrom: Acme\nold'],
    [
      'Outlook header block',
      'Thanks, that worked.\n\nFrom: Acme Support <s@acme.example>\nSent: Monday, 2 March 2026 10:00\nold',
    ],
    ['French', 'Thanks, that worked.\n\nLe mar. 17 nov. 2026 à 17:30, Acme <a@acme.example> a écrit :\nold'],
    ['German', 'Thanks, that worked.\n\nAm 17.11.2026 um 17:30 schrieb Acme <a@acme.example>:\nold'],
    ['Dutch', 'Thanks, that worked.\n\nOp di 17 nov. 2026 om 17:30 schreef Acme <a@acme.example>:\nold'],
    [
      'Swedish Outlook',
      'Thanks, that worked.\n\nFrån: Acme Support <s@acme.example>\nSkickat: den 2 mars 2026 10:00\nold',
    ],
    ['quote markers', 'Thanks, that worked.\n\n> old line one\n> old line two'],
  ] satisfies [string, string][])('keeps only the new text above a %s quote header', (_client, body) => {
    expect(cutQuotedReply(body)).toBe('Thanks, that worked.');
  });

  it('leaves text without a quote header alone', () => {
    const text = 'We tried on Monday.\nOn second thought, it fails on Tuesday too.';
    expect(cutQuotedReply(text)).toBe(text);
  });

  it('leaves a chat quote alone unless asked: a `>` block is history only in a top-posted reply', () => {
    const text = 'Customer said:\n> it fails at checkout\n> every time';
    expect(withoutQuotedHistory(text)).toBe(text);
    expect(cutQuotedReply(text)).toBe('Customer said:');
  });

  it('keeps the whole text when nothing precedes the quote header', () => {
    const text = 'On Tue, 17 Nov 2026, Acme wrote:\n> old';
    expect(cutQuotedReply(text)).toBe(text);
  });
});
