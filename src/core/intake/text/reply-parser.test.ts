import { describe, expect, it } from 'vitest';
import { findQuoteStart, QUOTE_HEADER_EXTRAS } from './quote-headers.js';
import { isParserQuoteHeader, isParserSignatureLine } from './reply-parser.js';
import { splitSignature } from './signature.js';
import { splitQuoted, stripQuoted, withoutQuotedHistory } from './strip-quoted.js';

const extraNamed = (name: string) => {
  const found = QUOTE_HEADER_EXTRAS.find(([label]) => label === name);
  if (!found) throw new Error(`no extra ${name}`);
  return found[1];
};

describe('the maintained reply parser recognises', () => {
  it.each([
    'On Fri, 5 Mar 2027 at 08:10, Oskar Lind <oskar@harbour.example> wrote:',
    'W dniu 5.03.2027 o 08:10, Jan Wiśniewski <jan@mlyn.example> napisał:',
    '在 2027年3月5日 08:10，王芳 <fang@river.example> 写道：',
    '2027/03/05 8:10、佐藤 <sato@kawa.example>のメッセージ:',
    '-----Original Message-----',
  ])('the quote header %j', (line) => {
    expect(isParserQuoteHeader(line)).toBe(true);
  });

  it.each(['The nightly job wrote: 0 rows.', 'Step 4 of the import printed:', '> On Fri, Oskar wrote:'])(
    'no quote header in %j',
    (line) => {
      expect(isParserQuoteHeader(line)).toBe(false);
    },
  );

  it('signature lines, but not the words of a message', () => {
    expect(isParserSignatureLine('Verstuurd vanaf mijn iPad')).toBe(true);
    expect(isParserSignatureLine('Warmest regards,')).toBe(true);
    expect(isParserSignatureLine('The regards field is empty in the export.')).toBe(false);
  });
});

describe('quoted history the parser finds, Spine had not', () => {
  it('cuts below a Chinese attribution and keeps the reply written under its quote', () => {
    const body =
      '付款页面还是打不开。\n\n在 2027年3月5日 08:10，王芳 <fang@river.example> 写道：\n> 请再试一次\n\nStill failing for the second store too.';
    expect(stripQuoted(body)).toBe('付款页面还是打不开。\n\nStill failing for the second store too.');
    expect(splitQuoted(body).quoted).toContain('> 请再试一次');
  });

  it('cuts below a Polish attribution that ends in pisze:', () => {
    const body =
      'Nadal nie działa.\n\nW dniu 5.03.2027 o 08:10, Jan Wiśniewski <jan@mlyn.example> pisze:\n> Proszę spróbować ponownie';
    expect(withoutQuotedHistory(body)).toBe('Nadal nie działa.');
  });
});

describe("Spine's extras, for headers the parser misses", () => {
  it.each([
    ['attribution', ['Kari Nordmann <kari@fjord.example> wrote:']],
    ['attribution', ['05.03.2027 08:10, Ольга Смирнова пишет:']],
    ['verb before sender', ['Am 5. März 2027 schrieb Lena Vogt:']],
    ['verb before sender', ['fre 5 mars 2027 kl. 08:10 skrev Nils Berg <nils@skog.example>:']],
    ['Spanish original message rule', ['-----Mensaje original-----']],
    ['rule above a From: line', ['________________________________', 'From: Lena Vogt']],
    ['Outlook header block', ['Från: Nils Berg <nils@skog.example>', 'Skickat: den 5 mars 2027 08:10']],
    ['Outlook header block', ['From: Lena Vogt', 'Sent: Friday, 5 March 2027 08:10']],
  ])('%s recognises %j, which the parser does not', (name, lines) => {
    expect(isParserQuoteHeader(lines.join('\n'))).toBe(false);
    expect(isParserQuoteHeader(lines[0] ?? '')).toBe(false);
    expect(extraNamed(name)(lines, 0)).toBeGreaterThan(0);
    expect(findQuoteStart(['Reply text.', '', ...lines, 'old'])).toEqual({
      index: 2,
      length: expect.any(Number),
    });
  });
});

describe('signature sign-offs the parser knows', () => {
  it.each([
    ['Thanks and regards,', 'The label printer skips every other page.\n\nThanks and regards,\nOmar Haddad'],
    ['Bonne journée', 'La facture de mars manque toujours.\n\nBonne journée\nInès Morel'],
    ['Regards.', 'Nothing arrived in the sandbox.\n\nRegards.\nPia'],
    ['Kind regards, Pia', 'Nothing arrived in the sandbox.\n\nKind regards, Pia'],
  ])('cuts after %s', (_label, text) => {
    expect(splitSignature(text).body).toBe(text.split('\n\n')[0]);
  });

  it('keeps a last sentence that starts like a device line', () => {
    const text = 'The form is broken.\n\nSent from the admin page it fails too';
    expect(splitSignature(text)).toEqual({ body: text, signature: '' });
  });

  it('keeps a markdown rule and what follows it', () => {
    const text = 'Steps to reproduce are below.\n\n---\n\nOpen the export page and press Run.';
    expect(splitSignature(text).body).toBe(text);
  });
});

describe('long bodies', () => {
  // The parser's own whole-body read is quadratic on such text (docs/reply-parser.md); Spine asks it line by line.
  it.each([
    ['end in a colon', (i: number) => `Step ${i} of the export printed:`],
    ['start with an abbreviation', (i: number) => `etc. item ${i} was checked`],
  ])('stays linear: sixteen times the lines that %s take well under 256 times as long', (_shape, line) => {
    const fastest = (lines: number): number => {
      const body = Array.from({ length: lines }, (_, i) => line(i)).join('\n');
      const times = [0, 1, 2].map(() => {
        const started = performance.now();
        expect(withoutQuotedHistory(body)).toBe(body);
        return performance.now() - started;
      });
      return Math.min(...times);
    };
    fastest(200);
    // linear is 16×, quadratic 256×: the wide gap keeps a loaded machine from deciding the result
    expect(fastest(8_000) / fastest(500)).toBeLessThan(64);
  });
});
