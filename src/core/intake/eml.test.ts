import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IntakeUnit, ParseContext, ParseResult } from '../model/intake.js';
import { emlParser } from './eml.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLES = path.resolve(repoRoot, '../shared/formats/samples');
const CASES = path.resolve(repoRoot, '../shared/eval/cases');
const FIXTURES = path.resolve(repoRoot, 'test/fixtures/text');

function unitOf(file: string): IntakeUnit {
  return {
    name: path.basename(file),
    files: [{ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) }],
  };
}

async function parse(file: string, context: ParseContext = {}): Promise<ParseResult> {
  return await emlParser.parse(unitOf(file), context);
}

describe('emlParser on the mailgun/talon client replies', () => {
  it.each([
    // the Date header's offset is the sender's clock (+0400 → Etc/GMT-4); none when it cannot be read
    ['gmail.eml', 'Megan One', 'xxx@gmail.com', '2012-04-02T16:21:52.000Z', 'Etc/GMT-4'],
    ['outlook.eml', 'me@example.com', 'me@example.com', null, undefined],
    ['iphone.eml', 'xxx', 'xxx@gmail.com', '2012-04-03T12:23:59.000Z', 'Etc/GMT-4'],
    ['yahoo.eml', 'Alex Q', 'xxx@yahoo.com', '2012-04-02T13:45:30.000Z', 'Etc/GMT+7'],
    ['android.eml', 'Sergey Obykhov', 'bob@example.com', '2012-04-02T14:22:10.000Z', 'Etc/GMT-4'],
    ['thunderbird.eml', 'bob', 'bob@xxx.mailgun.org', '2012-04-02T14:27:08.000Z', 'Etc/GMT-4'],
  ] satisfies [string, string, string, string | null, string | undefined][])(
    'keeps only the new text "Hello" of %s, with its author and UTC date',
    async (name, author, email, at, zone) => {
      const result = await parse(path.join(SAMPLES, 'email-talon', name));
      expect(result.status).toBe('parsed');
      expect(result.items).toHaveLength(1);
      const [item] = result.items;
      expect(item?.text).toBe('Hello');
      expect(item?.author).toEqual({
        name: author,
        role: 'unknown',
        side: 'unknown',
        email,
        ...(zone ? { zone } : {}),
      });
      expect(item?.at).toBe(at);
      expect(item?.visibility).toBe('public');
      expect(item?.meta?.subject).toMatch(/Test$/);
    },
  );

  it('moves "Sent from my iPhone" into the signature', async () => {
    const { items } = await parse(path.join(SAMPLES, 'email-talon', 'iphone.eml'));
    expect(items[0]?.meta?.signature).toBe('Sent from my iPhone');
  });

  it('warns about the missing Date and the plain/HTML mismatch of outlook.eml', async () => {
    const { warnings } = await parse(path.join(SAMPLES, 'email-talon', 'outlook.eml'));
    expect(warnings.some((w) => w.startsWith('outlook.eml:') && /Date/.test(w))).toBe(true);
    expect(
      warnings.some((w) => /text and HTML versions/.test(w) && w.includes('Allo! Follow up MIME!')),
    ).toBe(true);
  });
});

describe('emlParser on the hand-written Northwind mails', () => {
  it('reads customer-email.eml: new text without the quoted chain, signature apart', async () => {
    const { items, warnings } = await parse(path.join(SAMPLES, 'customer-email.eml'));
    expect(warnings).toEqual([]);
    expect(items).toHaveLength(1);
    const item = items[0];
    expect(item?.text).toMatch(/^It's now Wednesday\./);
    expect(item?.text).toMatch(/is any order data lost\?$/);
    expect(item?.text).not.toMatch(/Did that twice/);
    expect(item?.meta?.signature).toContain('+1 (617) 555-0142');
    expect(item?.author?.email).toBe('dana.whitfield@northwind-traders.com');
    expect(item?.at).toBe('2026-11-18T16:10:44.000Z');
  });

  it('makes the forwarded message of forwarded-email.eml its own item authored by the inner From', async () => {
    const { items, warnings } = await parse(path.join(SAMPLES, 'forwarded-email.eml'));
    expect(items.map((i) => i.locator)).toEqual(['m1', 'fwd1']);
    const [outer, forwarded] = items;
    expect(outer?.author?.name).toBe('Sofia Lindqvist');
    expect(outer?.text).toMatch(/^Hi team — forwarding Björn's note/);
    expect(outer?.text).not.toContain('Forwarded message');
    expect(outer?.meta?.attachments).toEqual(['manually-keyed-orders.csv']);
    expect(outer?.meta?.subject).toBe('Fwd: Re: Order sync — escalating');
    expect(forwarded?.author).toMatchObject({
      name: 'Björn Åkesson',
      email: 'bjorn.akesson@northwind-traders.com',
    });
    expect(forwarded?.text).toMatch(/^Sofia,\n\nDana tells me/);
    expect(forwarded?.text).toMatch(/discuss this at our QBR\.$/);
    // Dana's quoted Outlook block is history, not new evidence.
    expect(forwarded?.text).not.toContain('still no fix from Acme');
    expect(forwarded?.meta?.signature).toContain('Sent from Outlook for iOS');
    // The Gmail forward header has no zone: without a manifest timezone the time stays unknown.
    expect(forwarded?.at).toBeNull();
    expect(warnings.some((w) => w.includes('fwd1') && /time zone/.test(w))).toBe(true);
  });

  it('places a zone-less forwarded date with the manifest timezone', async () => {
    const { items, warnings } = await parse(path.join(SAMPLES, 'forwarded-email.eml'), {
      manifest: { people: [], files: {}, timezone: 'Europe/Stockholm' },
    });
    // Wed, Nov 18, 2026 at 11:02 PM in Stockholm (UTC+1 in November).
    expect(items[1]?.at).toBe('2026-11-18T22:02:00.000Z');
    expect(warnings).toEqual([]);
  });
});

describe('emlParser on messy mails', () => {
  it('decodes windows-1252, strips a German attribution and falls back to the Received date', async () => {
    const { items, warnings } = await parse(path.join(FIXTURES, 'windows-1252-no-date.eml'));
    expect(items[0]?.text).toContain('der Export für “Q3 Rechnungen” bricht immer noch ab – seit Montag.');
    expect(items[0]?.text).not.toContain('schrieb');
    expect(items[0]?.text).not.toContain('Wir schauen');
    expect(items[0]?.author).toMatchObject({ name: 'Jürgen Müller', email: 'j.mueller@beispiel-gmbh.de' });
    expect(items[0]?.at).toBe('2026-11-12T09:02:11.000Z');
    expect(warnings.some((w) => /Received/.test(w))).toBe(true);
  });

  it('decodes a base64 body and drops a three-level French quote chain', async () => {
    const { items } = await parse(path.join(FIXTURES, 'base64-nested-quotes.eml'));
    expect(items).toHaveLength(1);
    expect(items[0]?.text).toBe(
      'Bonjour,\n\nLe tableau de bord reste vide depuis la mise à jour 5.2.0. Nous avons 60 utilisateurs bloqués.',
    );
    expect(items[0]?.meta?.subject).toBe('Re: Tableau de bord vide');
    expect(items[0]?.at).toBe('2026-11-11T07:30:00.000Z');
  });

  it('reads every message of an mbox file, unescaping >From lines and a wrapped attribution', async () => {
    const { items } = await parse(path.join(FIXTURES, 'mbox-two-messages.mbox'));
    expect(items.map((i) => i.locator)).toEqual(['m1', 'm2']);
    expect(items[0]?.text).toContain('\nFrom what we can see');
    expect(items[1]?.text).toBe('Thanks Dana, we are looking into it now.');
  });

  it('falls back to the HTML text and cuts an Outlook divRplyFwdMsg block when no plain part exists', async () => {
    const { items } = await parse(path.join(FIXTURES, 'html-only-outlook-reply.eml'));
    expect(items[0]?.text).toContain("Still seeing the other company's invoice");
    expect(items[0]?.text).not.toContain('Please try logging out');
    expect(items[0]?.text).not.toMatch(/-{5,}/);
  });

  it('reads an attached message/rfc822 as a forwarded item with its own zoned date', async () => {
    const { items } = await parse(path.join(FIXTURES, 'embedded-rfc822.eml'));
    expect(items.map((i) => i.locator)).toEqual(['m1', 'fwd1']);
    expect(items[1]).toMatchObject({
      at: '2026-11-18T22:02:00.000Z',
      text: 'We expect service credits for November.',
      author: { name: 'Björn Åkesson', email: 'bjorn.akesson@northwind-traders.com' },
    });
  });

  it('reads an Outlook FW: with a ____ rule block, a zone-less Sent date and a directory-order name', async () => {
    const { items } = await parse(path.join(FIXTURES, 'outlook-fw-windows.eml'), {
      manifest: { people: [], files: {}, timezone: 'America/New_York' },
    });
    expect(items.map((i) => i.locator)).toEqual(['m1', 'fwd1']);
    expect(items[0]?.author?.name).toBe('Yara Haddad');
    expect(items[0]?.text).toBe('Can Platform take ownership of this today? Customer is Strategic.');
    expect(items[0]?.meta?.signature).toBe('Yara Haddad\nCustomer Success Manager | Helixa');
    expect(items[1]).toMatchObject({
      at: '2026-11-16T14:05:00.000Z',
      author: { name: 'Adaeze Nwosu', email: 'adaeze.nwosu@orionfreight.com' },
      text: 'New hires since Friday still can’t sign in. 14 people are blocked.\n\nAdaeze',
    });
  });

  it('reads an Apple "Begin forwarded message:" block and its contact card', async () => {
    const { items } = await parse(path.join(FIXTURES, 'apple-forward.eml'));
    expect(items[1]?.author?.name).toBe('Camille Roux');
    expect(items[1]?.at).toBe('2026-11-19T17:40:00.000Z');
    expect(items[1]?.text).toBe('The dashboard is blank for all 60 users since the upgrade.');
    expect(items[1]?.meta?.signature).toContain('+33 1 84 88 12 34');
  });
});

describe('emlParser detection and bad input', () => {
  const unit = (text: string): IntakeUnit => ({
    name: 'x',
    files: [{ name: 'x', bytes: new TextEncoder().encode(text) }],
  });

  it.each([
    ['a log', '2026-11-17T09:12:44.118Z INFO started\n2026-11-17T09:12:45Z ERROR boom\n'],
    ['a manifest', 'asOf: 2026-11-05T15:00:00Z\naccount: Quayside\n\npeople: []\n'],
    ['notes', '# Notes\n\n- customer is angry\n'],
  ])('does not claim %s', (_label, text) => {
    expect(emlParser.detect(unit(text))).toBe(0);
  });

  it('claims a header block that starts with Content-Type', () => {
    expect(
      emlParser.detect(unit('Content-Type: text/plain\nSubject: hi\nFrom: a@b.co\n\nbody')),
    ).toBeGreaterThan(0.5);
  });

  it('skips a message with an empty body, with a warning naming the file', async () => {
    const result = await emlParser.parse(unit('Subject: x\nFrom: a@b.co\n\n'), {});
    expect(result.status).toBe('skipped');
    expect(result.items).toEqual([]);
    expect(result.warnings).toContain('x: no message text found');
  });

  it('never throws on random bytes', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    const result = await emlParser.parse({ name: 'junk.eml', files: [{ name: 'junk.eml', bytes }] }, {});
    expect(result.items.length === 0 ? result.warnings.length : 1).toBeGreaterThan(0);
  });
});

describe('emlParser on the eval handoffs (structure only)', () => {
  it.each([
    '00-northwind-order-sync/handoff/customer-email.eml',
    '04-audit-log-churn-threat/handoff/Re_ Audit log export for SOC 2.eml',
    '07-double-charge-refund/handoff/Fwd Duplicate annual charge.eml',
    '11-sla-breach-strategic/handoff/escalation-from-cio.eml',
    '12-webhook-delays-statuspage/handoff/Re-Webhooks-delayed.eml',
  ])('%s gives dated, authored items with no quoted lines', async (file) => {
    const result = await parse(path.join(CASES, file));
    expect(emlParser.detect(unitOf(path.join(CASES, file)))).toBeGreaterThan(0.5);
    expect(result.status).toBe('parsed');
    expect(result.items[0]?.locator).toBe('m1');
    expect(result.items[0]?.at).toMatch(/^2026-11-\d\dT/);
    for (const item of result.items) {
      expect(item.author?.email).toMatch(/@/);
      expect(item.text).not.toMatch(/^>/m);
      expect(item.text).not.toMatch(/wrote:\s*$/m);
      expect(item.text.length).toBeGreaterThan(20);
    }
  });
});

describe('emlParser on a colleague forwarding a customer mail the client quoted with `>`', () => {
  const raw = [
    'From: Gus Ward <gus.ward@tillerworks.example>',
    'To: Tiller Support <support@tillerworks.example>',
    'Cc: Mia Chen <mia.chen@tillerworks.example>',
    'Subject: Fwd: Labels not printing',
    'Date: Tue, 04 May 2027 09:30:00 +0000',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hi all, big account, they expand in spring, be nice to them.',
    '',
    '> Begin forwarded message:',
    '>',
    '> From: Wen Li <wen@orchard.example>',
    '> Subject: Labels not printing',
    '> Date: 3 May 2027 at 17:05:00 GMT',
    '> To: Gus Ward <gus.ward@tillerworks.example>',
    '>',
    '> Hello Gus, since the update our scanners stopped printing labels.',
    '',
  ].join('\r\n');

  it('reads the quoted forward as its own item by the inner From, and the note as internal', async () => {
    const result = await emlParser.parse(
      { name: 'fwd.eml', files: [{ name: 'fwd.eml', bytes: new TextEncoder().encode(raw) }] },
      {},
    );
    const [note, forwarded] = result.items;
    expect(note).toMatchObject({ visibility: 'internal', author: { name: 'Gus Ward', side: 'internal' } });
    expect(note?.text).toBe('Hi all, big account, they expand in spring, be nice to them.');
    expect(forwarded).toMatchObject({ locator: 'fwd1', visibility: 'public', author: { name: 'Wen Li' } });
    expect(forwarded?.text).toBe('Hello Gus, since the update our scanners stopped printing labels.');
    expect(forwarded?.at).toBe('2027-05-03T17:05:00.000Z');
  });
});
