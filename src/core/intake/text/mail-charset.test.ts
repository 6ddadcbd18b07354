import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { repairCharset } from './mail-charset.js';

const latin1 = (text: string) => Buffer.from(text, 'latin1');

describe('repairCharset', () => {
  it('reads raw Latin-1 header bytes and a body that declares UTF-8 but is Latin-1', async () => {
    const source = latin1(
      'From: José Núñez <jose@example.es>\r\nSubject: café froid\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nLe café est très cher.\r\n',
    );
    const repaired = repairCharset(source);
    expect(repaired.notes).toEqual([
      'its header has raw bytes that are not UTF-8; read as windows-1252',
      'its text declares charset utf-8 but its bytes are windows-1252; read as windows-1252',
    ]);
    const mail = await simpleParser(repaired.source);
    expect([mail.from?.text, mail.subject, mail.text?.trim()]).toEqual([
      '"José Núñez" <jose@example.es>',
      'café froid',
      'Le café est très cher.',
    ]);
  });

  it('leaves a message alone when its declared charset is true', () => {
    const source = Buffer.from(
      'From: a@example.com\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nLe café est très cher.\r\n',
      'utf8',
    );
    expect(repairCharset(source)).toEqual({ source, notes: [] });
    const declared = latin1(
      'From: a@example.com\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\nTrès cher.\r\n',
    );
    expect(repairCharset(declared).notes).toEqual([]);
  });
});
