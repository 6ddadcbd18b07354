import { describe, expect, it } from 'vitest';
import { splitSignature } from './signature.js';

describe('splitSignature', () => {
  it.each([
    [
      'a -- line',
      'The export fails.\n\n-- \nDana Whitfield\n+1 617 555 0142',
      'The export fails.',
      'Dana Whitfield\n+1 617 555 0142',
    ],
    ['a bare -- line', 'The export fails.\n--\nDana', 'The export fails.', 'Dana'],
    ['Sent from my iPhone', 'Still broken.\n\nSent from my iPhone', 'Still broken.', 'Sent from my iPhone'],
    [
      'a sign-off with name and title',
      'Please refund it.\n\nRegards,\nSigrún Jónsdóttir\nFinance Controller, Quayside Media Ltd',
      'Please refund it.',
      'Regards,\nSigrún Jónsdóttir\nFinance Controller, Quayside Media Ltd',
    ],
    [
      'a name/title card',
      'Call me.\n\nBjörn Åkesson\nVP Supply Chain | Northwind Traders',
      'Call me.',
      'Björn Åkesson\nVP Supply Chain | Northwind Traders',
    ],
  ] satisfies [string, string, string, string][])('splits %s', (_label, text, body, signature) => {
    expect(splitSignature(text)).toEqual({ body, signature });
  });

  it.each([
    [
      'a closing paragraph that carries more message',
      'Tried again.\n\nThanks\nthe fix works now, but is it permanent?',
    ],
    ['a short reply with no signature', 'Yes, go ahead.'],
    ['a two-line paragraph of prose', 'We were charged twice.\nPlease refund the second charge.'],
  ])('keeps %s in the body', (_label, text) => {
    expect(splitSignature(text)).toEqual({ body: text, signature: '' });
  });
});

describe('splitSignature: other languages, cards and legal footers', () => {
  it.each([
    ['Saludos,', 'El panel no carga desde ayer.\n\nSaludos,\nLucía Fernández\nJefa de Operaciones'],
    [
      'Mit freundlichen Grüßen',
      'Die Synchronisierung hängt.\n\nMit freundlichen Grüßen\nJörg Stahl\nIT-Leitung',
    ],
    ['Met vriendelijke groet,', 'De export werkt niet.\n\nMet vriendelijke groet,\nSanne de Wit'],
    ['Cheers,', 'Still seeing it on two devices.\n\nCheers,\nMatt'],
    ['Bien cordialement', 'Le rapport est vide.\n\nBien cordialement\nAmélie Roy'],
    ['Cheers, Tom', 'The import finished with 12 errors.\n\nCheers, Tom'],
  ])('cuts after %s', (_label, text) => {
    const out = splitSignature(text);
    expect(out.body).toBe(text.split('\n\n')[0]);
    expect(out.signature).not.toBe('');
  });

  it('cuts a sign-off paragraph, a long contact card and a bilingual disclaimer', () => {
    const text = [
      'We expect the refund before month end.',
      '',
      'Cordialement,',
      '',
      'Odile Brassard',
      'Directrice financière | CFO',
      'Brassard & Fils Inc.',
      '400, rue Saint-Paul',
      'Québec (Québec) G1K 3W2',
      'Tél. 418 555-0199',
      '',
      'AVIS : Ce message est confidentiel. Si vous le recevez par erreur, merci de nous aviser et de le supprimer.',
      'NOTICE: This message is confidential. If you are not the intended recipient, please delete it.',
    ].join('\n');
    const out = splitSignature(text);
    expect(out.body).toBe('We expect the refund before month end.');
    expect(out.signature).toContain('Tél. 418 555-0199');
    expect(out.signature).toContain('intended recipient');
  });

  it('drops a disclaimer that follows the message without any sign-off', () => {
    const text =
      'Invoices since May show the wrong VAT.\n\nThis e-mail and any attachments are confidential. If you have received it in error, please notify the sender and delete it.';
    expect(splitSignature(text).body).toBe('Invoices since May show the wrong VAT.');
  });

  it('keeps a name/title card with a labelled phone line out of the body', () => {
    const text =
      'Nothing changed on our side.\n\nPriya Raman\nHead of Logistics\nRaman Freight Ltd\nTel 0161 555 0123';
    expect(splitSignature(text)).toEqual({
      body: 'Nothing changed on our side.',
      signature: 'Priya Raman\nHead of Logistics\nRaman Freight Ltd\nTel 0161 555 0123',
    });
  });

  it('keeps a closing block whose digits are a mail status or a date, not a phone number', () => {
    const bounce =
      'Every newsletter to Gmail bounced.\n\nMailer-Daemon\n550-5.7.26 Unauthenticated mail from this domain is refused';
    expect(splitSignature(bounce)).toEqual({ body: bounce, signature: '' });
    const timeline = 'The upload stalls.\n\nFirst seen\n2024-02-19 09:41 on the Paris office laptops';
    expect(splitSignature(timeline)).toEqual({ body: timeline, signature: '' });
  });

  it('keeps a customer paragraph that only mentions confidential data', () => {
    const text =
      'The report leaked.\n\nPlease delete the confidential file I uploaded by mistake, it has salaries in it.';
    expect(splitSignature(text)).toEqual({ body: text, signature: '' });
  });
});
