/** @module Which character encoding a text file's bytes are in: a byte-order mark, UTF-8, or chardet's guess. */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface EncodingGuess {
  /** the encoding's name as `iconv -f` knows it (`UTF-16LE`, `windows-1252`, `UTF-8`) */
  readonly name: string;
  /** how it was found: a byte-order mark, valid UTF-8, or a statistical guess */
  readonly by: 'bom' | 'utf8' | 'guess';
  /** the BOM's length in bytes, to skip before decoding */
  readonly bomLength: number;
  /** iconv-lite can decode it */
  readonly decodable: boolean;
  /** set when the file's own marker (its BOM) contradicts its bytes */
  readonly contradiction?: string;
}

const SAMPLE = 256 * 1024;

function bomOf(bytes: Uint8Array): { name: string; length: number } | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { name: 'UTF-8', length: 3 };
  // UTF-32LE's BOM starts like UTF-16LE's: test the longer one first.
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { name: 'UTF-32LE', length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { name: 'UTF-32BE', length: 4 };
  if (a === 0xff && b === 0xfe) return { name: 'UTF-16LE', length: 2 };
  if (a === 0xfe && b === 0xff) return { name: 'UTF-16BE', length: 2 };
  return null;
}

/** True when the bytes are valid UTF-8 (a multi-byte character cut at the sample's end is allowed). */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    if (bytes.length < SAMPLE) return false;
    // a sample may end inside a character: retry without its last three bytes
    try {
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, bytes.length - 3));
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * UTF-16 or UTF-32 without a BOM: NUL bytes at fixed positions of ASCII characters. chardet only
 * reports these with a BOM, so the byte pattern is checked here.
 */
function wideWithoutBom(bytes: Uint8Array): string | null {
  const end = Math.min(bytes.length, 4096) & ~3;
  if (end < 8) return null;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < end; i++) if (bytes[i] === 0) zeros[i % 4] = (zeros[i % 4] ?? 0) + 1;
  const quarter = end / 4;
  const [z0 = 0, z1 = 0, z2 = 0, z3 = 0] = zeros.map((z) => z / quarter);
  // UTF-32: the top byte (and nearly always the next) is zero; UTF-16: one byte of each pair.
  if (z3 > 0.95 && z2 > 0.9 && z0 < 0.1) return 'UTF-32LE';
  if (z0 > 0.95 && z1 > 0.9 && z3 < 0.1) return 'UTF-32BE';
  const odd = (z1 + z3) / 2;
  const even = (z0 + z2) / 2;
  if (odd > 0.4 && even < 0.05) return 'UTF-16LE';
  if (even > 0.4 && odd < 0.05) return 'UTF-16BE';
  return null;
}

/**
 * The encoding of text bytes: a BOM wins, then valid UTF-8, then a UTF-16/32 byte pattern, then
 * chardet's best guess. Null when nothing fits (binary, or too little to tell).
 */
export function detectEncoding(bytes: Uint8Array): EncodingGuess | null {
  const bom = bomOf(bytes);
  if (bom) {
    // A BOM that names the wrong byte order (seen in real exports): the NUL pattern decides.
    const pattern = bom.name === 'UTF-8' ? null : wideWithoutBom(bytes.subarray(bom.length, SAMPLE));
    if (pattern && pattern !== bom.name)
      return {
        name: pattern,
        by: 'guess',
        bomLength: bom.length,
        decodable: true,
        contradiction: `its byte-order mark says ${bom.name} but its bytes are ${pattern}`,
      };
    return { name: bom.name, by: 'bom', bomLength: bom.length, decodable: iconv.encodingExists(bom.name) };
  }
  const sample = bytes.subarray(0, SAMPLE);
  const wide = wideWithoutBom(sample);
  if (wide) return { name: wide, by: 'guess', bomLength: 0, decodable: true };
  if (isUtf8(sample)) return { name: 'UTF-8', by: 'utf8', bomLength: 0, decodable: true };
  const guess = chardet.detect(sample);
  if (!guess || /^UTF-8$/i.test(guess)) return null;
  // Latin-1 text is read as its superset windows-1252 (curly quotes and € in 0x80–0x9F).
  const name = /^ISO-8859-1$/i.test(guess) ? 'windows-1252' : guess;
  return { name, by: 'guess', bomLength: 0, decodable: iconv.encodingExists(name) };
}

/** Decodes bytes in a detected encoding (the BOM skipped); throws when iconv-lite cannot. */
export function decodeAs(bytes: Uint8Array, guess: EncodingGuess): string {
  return iconv.decode(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(guess.bomLength),
    guess.name,
  );
}
