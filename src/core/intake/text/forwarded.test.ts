import { describe, expect, it } from 'vitest';
import { findForwarded, quoteDepth } from './forwarded.js';

describe('findForwarded on forwards the client quoted with `>`', () => {
  it('reads an Apple forward quoted at depth one', () => {
    const text = [
      'Team, please look at this one, the shop owner is upset.',
      '',
      'Priya',
      '',
      '> Begin forwarded message:',
      '>',
      '> From: Tomás Ruiz <tomas@bakery.example>',
      '> Subject: Invoices are missing',
      '> Date: 3 March 2027 at 10:15:00 GMT',
      '> To: Priya Nair <priya@vendor.example>',
      '>',
      '> Hi Priya,',
      '>',
      '> Since Monday none of our invoices show up in the export.',
      '>',
      '> Tomás',
    ].join('\n');
    const found = findForwarded(text);
    expect(found?.from).toEqual({ name: 'Tomás Ruiz', email: 'tomas@bakery.example' });
    expect(found?.subject).toBe('Invoices are missing');
    expect(found?.date).toBe('3 March 2027 at 10:15:00 GMT');
    expect(found?.before).toBe('Team, please look at this one, the shop owner is upset.\n\nPriya');
    expect(found?.body).toBe(
      'Hi Priya,\n\nSince Monday none of our invoices show up in the export.\n\nTomás',
    );
  });

  it('reads a Gmail forward quoted twice, keeping deeper quotes inside its body', () => {
    const text = [
      'FYI below.',
      '>> ---------- Forwarded message ---------',
      '>> From: Ana <ana@client.example>',
      '>> Date: Tue, Jun 1, 2027 at 9:02 AM',
      '>> Subject: Login loop',
      '>>',
      '>> The login page keeps sending us back to itself.',
      '>>> older text she quoted',
      '',
      'Sent from my phone',
    ].join('\n');
    const found = findForwarded(text);
    expect(found?.from?.email).toBe('ana@client.example');
    expect(found?.body).toBe('The login page keeps sending us back to itself.\n> older text she quoted');
    expect(found?.before).toBe('FYI below.\n\nSent from my phone');
  });

  it('still reads an unquoted marker and returns null without any marker', () => {
    const plain =
      'Begin forwarded message:\n\nFrom: Bo <bo@x.example>\nDate: today\n\nThe printer is on fire.';
    expect(findForwarded(plain)?.body).toBe('The printer is on fire.');
    expect(findForwarded('> just a quote\n> of an older reply')).toBeNull();
  });

  it('counts quote depth however the `>` are spaced', () => {
    expect(quoteDepth('> a')).toBe(1);
    expect(quoteDepth('>> a')).toBe(2);
    expect(quoteDepth(' > > a')).toBe(2);
    expect(quoteDepth('a > b')).toBe(0);
  });
});
