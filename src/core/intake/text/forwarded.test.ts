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

describe('findForwarded header blocks', () => {
  it('keeps an address list wrapped without indentation in the header, out of the body', () => {
    const text = [
      'FYI',
      '',
      '---------- Forwarded message ---------',
      'From: Dana Ruiz <dana@customer.example>',
      'Date: Tue, 3 Nov 2026 at 09:12',
      'Subject: Export missing rows',
      'To: Support <support@vendor.example>, Ops <ops@vendor.example>,',
      'Lee <lee@vendor.example>',
      '',
      'The nightly export dropped 40 rows again.',
    ].join('\n');
    const forwarded = findForwarded(text);
    expect(forwarded?.body).toBe('The nightly export dropped 40 rows again.');
    expect(forwarded?.from?.email).toBe('dana@customer.example');
  });

  it('reads a German Outlook forward block (Von/Gesendet/An/Betreff)', () => {
    const text = [
      'Bitte ansehen.',
      '',
      'Von: Jonas Weber <jonas@kunde.example>',
      'Gesendet: Dienstag, 3. November 2026 09:12',
      'An: support@vendor.example',
      'Betreff: Export unvollständig',
      '',
      'Der Export hat wieder Zeilen verloren.',
    ].join('\n');
    const forwarded = findForwarded(text, true);
    expect(forwarded).toMatchObject({
      before: 'Bitte ansehen.',
      subject: 'Export unvollständig',
      body: 'Der Export hat wieder Zeilen verloren.',
    });
    expect(forwarded?.from?.email).toBe('jonas@kunde.example');
  });
});
