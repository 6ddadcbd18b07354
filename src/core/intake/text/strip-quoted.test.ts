import { describe, expect, it } from 'vitest';
import { stripQuoted } from './strip-quoted.js';

describe('stripQuoted', () => {
  it.each([
    [
      'Gmail, attribution wrapped before wrote:',
      'Still failing.\n\nOn Thu, Mar 4, 2027 at 4:48 PM Priya Raman <priya@lakeside.example>\nwrote:\n> Tried it again.',
      'Still failing.',
    ],
    ['Apple', 'Yes.\n\nOn 22 Aug 2015, at 19:21, Megan One <x@y.z> wrote:\n\n> Hi', 'Yes.'],
    [
      'Outlook -----Original Message-----',
      'Done.\n\n-----Original Message-----\nFrom: Support\nSent: Monday\nSubject: x\n\nPlease retry.',
      'Done.',
    ],
    [
      'Yahoo ----- Original Message -----',
      'Hello\n\n\n----- Original Message -----\nFrom: bob\nSent: Monday\n\nHi',
      'Hello',
    ],
    [
      'Outlook ____ rule',
      'Ok.\n________________________________\nFrom: A <a@b.c>\nSent: Monday\n\nOld text',
      'Ok.',
    ],
    [
      'French attribution',
      'Merci.\n\nLe lun. 9 nov. 2026 à 09:00, Support <s@x.fr> a écrit :\n> Bonjour',
      'Merci.',
    ],
    [
      'German attribution',
      'Danke.\n\nAm 12.11.2026 um 09:14 schrieb Support Team <support@x.de>:\n> Hallo',
      'Danke.',
    ],
    [
      'Spanish Outlook header block',
      'Sigue igual.\n\nDe: Soporte <help@x.es>\nEnviado: lunes, 7 de diciembre de 2026 9:00\nPara: Ana\nAsunto: Re: pedido\n\nHola Ana',
      'Sigue igual.',
    ],
    [
      'Dutch Outlook header block',
      'Werkt nog niet.\n\nVan: Support <s@x.nl>\nVerzonden: dinsdag 8 december 2026 10:00\nAan: Piet\nOnderwerp: RE: export\n\nBeste Piet',
      'Werkt nog niet.',
    ],
    [
      'Italian Outlook header block',
      'Ancora rotto.\n\nDa: Supporto <s@x.it>\nInviato: martedì 8 dicembre 2026 10:00\nA: Lucia\nOggetto: R: fattura\n\nCiao',
      'Ancora rotto.',
    ],
    [
      'German Outlook header block with Betreff only',
      'Siehe oben.\n\n-----\nVon: Support <s@x.de>\nBetreff: AW: Export\n\n> Bitte senden Sie die IDs',
      'Siehe oben.',
    ],
    ['Thunderbird bottom-posting', 'On 04/02/2012 06:26 PM, Megan One wrote:\n> Hi\nHello', 'Hello'],
    [
      'inline answers between quoted lines',
      '> Did you restart it?\nYes, twice.\n> Any error?\nERR_BRIDGE_413',
      'Yes, twice.\nERR_BRIDGE_413',
    ],
  ] satisfies [string, string, string][])(
    'keeps only the new text of a %s reply',
    (_label, body, expected) => {
      expect(stripQuoted(body)).toBe(expected);
    },
  );

  it('keeps a message that merely mentions who wrote something', () => {
    const body = 'Our admin wrote: the key was rotated.\nFrom now on we use the sandbox.';
    expect(stripQuoted(body)).toBe(body);
  });
});
