import { describe, expect, it } from 'vitest';
import { withoutQuotedHistory } from './strip-quoted.js';

describe('withoutQuotedHistory', () => {
  it.each([
    [
      'Still broken after the restart.\n\nVon: Helpdesk <help@vendor.example>\nGesendet: Montag, 7. Dezember 2026 09:12\nBetreff: Re: Sync\n\n> Could you restart the agent?',
      'Still broken after the restart.',
    ],
    [
      'Same result.\n\nDe : Support <s@vendor.example>\nEnvoyé : 3 mars 2027 10:00\nObjet : RE: facture\n\nPouvez-vous confirmer ?',
      'Same result.',
    ],
    [
      'Here are the ids.\n\nOn Tue, 8 Dec 2026 at 10:15, Support <s@vendor.example> wrote:\n> Can you send the ids?',
      'Here are the ids.',
    ],
  ])('keeps the author own words of %j', (text, own) => {
    expect(withoutQuotedHistory(text)).toBe(own);
  });

  it.each([
    'We run the export every night; no change on our side.',
    '> quoting the customer: it fails\nAgreed, looks like the cache.',
    'From: the logs it looks like a timeout.',
  ])('leaves text without a quoted-history marker unchanged: %j', (text) => {
    expect(withoutQuotedHistory(text)).toBe(text);
  });
});
