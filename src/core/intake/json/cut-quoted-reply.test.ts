import { describe, expect, it } from 'vitest';
import { cutQuotedReply } from './cut-quoted-reply.js';

describe('cutQuotedReply', () => {
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
    ['quote markers', 'Thanks, that worked.\n\n> old line one\n> old line two'],
  ] satisfies [string, string][])('keeps only the new text above a %s quote header', (_client, body) => {
    expect(cutQuotedReply(body)).toBe('Thanks, that worked.');
  });

  it('leaves text without a quote header alone', () => {
    const text = 'We tried on Monday.\nOn second thought, it fails on Tuesday too.';
    expect(cutQuotedReply(text)).toBe(text);
  });

  it('keeps the whole text when nothing precedes the quote header', () => {
    const text = 'On Tue, 17 Nov 2026, Acme wrote:\n> old';
    expect(cutQuotedReply(text)).toBe(text);
  });
});
