/**
 * @module A message whose charset lies (8-bit Latin-1 headers, an 8-bit body declared UTF-8 or not
 * declared) repaired before mailparser reads it: the encoding its bytes are in is declared instead.
 * Only the top-level header block is touched; MIME parsing stays mailparser's.
 */
import { decodeAs, detectEncoding, isUtf8 } from '../util/detect-encoding.js';

export interface CharsetRepair {
  readonly source: Buffer;
  /** what was repaired, for a warning; empty when nothing was */
  readonly notes: readonly string[];
}

const CONTENT_TYPE = /^content-type[ \t]*:[^\n]*(?:\n[ \t][^\n]*)*/im;
const TRANSFER_8BIT = /^content-transfer-encoding[ \t]*:[ \t]*(?:8bit|binary)\b/im;
const DECLARED = /\bcharset\s*=\s*"?([\w.:-]+)"?/i;

function headerEnd(source: Buffer): number {
  const crlf = source.indexOf('\r\n\r\n');
  const lf = source.indexOf('\n\n');
  if (crlf < 0) return lf;
  if (lf < 0) return crlf;
  return Math.min(crlf, lf);
}

function has8bit(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

/**
 * Repairs the declared charset of one message. Headers with raw 8-bit bytes that are not UTF-8 are
 * re-encoded from the encoding detected (Windows-1252 for Latin-1); a single-part 8-bit text body
 * that is not valid in its declared charset (UTF-8, US-ASCII or none) gets the detected charset.
 */
export function repairCharset(source: Buffer): CharsetRepair {
  const end = headerEnd(source);
  if (end < 0) return { source, notes: [] };
  let header = source.subarray(0, end);
  const body = source.subarray(end);
  const notes: string[] = [];
  if (has8bit(header) && !isUtf8(header)) {
    const guess = detectEncoding(header);
    const name = guess?.decodable && guess.name !== 'UTF-8' ? guess.name : 'windows-1252';
    header = Buffer.from(decodeAs(header, { name, by: 'guess', bomLength: 0, decodable: true }), 'utf8');
    notes.push(`its header has raw bytes that are not UTF-8; read as ${name}`);
  }
  const headerText = header.toString('latin1');
  const type = CONTENT_TYPE.exec(headerText)?.[0] ?? '';
  const single = type === '' || /content-type[ \t]*:[ \t]*text\//i.test(type);
  const declared = DECLARED.exec(type)?.[1]?.toLowerCase() ?? null;
  const bodyBytes = body.subarray(0, 1_048_576);
  if (
    single &&
    (declared === null || declared === 'utf-8' || declared === 'utf8' || declared === 'us-ascii') &&
    (TRANSFER_8BIT.test(headerText) || !/^content-transfer-encoding/im.test(headerText)) &&
    has8bit(bodyBytes) &&
    !isUtf8(bodyBytes)
  ) {
    const guess = detectEncoding(bodyBytes);
    if (guess?.decodable && guess.name !== 'UTF-8') {
      const charset = `charset="${guess.name}"`;
      const repaired =
        type === ''
          ? `${headerText}\r\nContent-Type: text/plain; ${charset}`
          : headerText.replace(type, declared ? type.replace(DECLARED, charset) : `${type}; ${charset}`);
      header = Buffer.from(repaired, 'latin1');
      notes.push(
        `its text declares ${declared ? `charset ${declared}` : 'no charset'} but its bytes are ${guess.name}; read as ${guess.name}`,
      );
    }
  }
  if (notes.length === 0) return { source, notes };
  return { source: Buffer.concat([header, body]), notes };
}
