/**
 * @module Text files not in UTF-8 (UTF-16/32 with or without a BOM, Latin-1, Windows-1252, Shift_JIS …)
 * re-encoded as UTF-8 before any parser sees them, with a warning naming the encoding found.
 */
import type { IntakeFile, IntakeUnit } from '../../model/intake.js';
import { looksLikeMailHeaders } from '../text/mail-headers.js';
import { decodeAs, detectEncoding } from './detect-encoding.js';

const encoder = new TextEncoder();

function hasNul(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

function isImageOrArchive(bytes: Uint8Array): boolean {
  const [a, b, c, d] = bytes;
  return (
    (a === 0x89 && b === 0x50 && c === 0x4e && d === 0x47) || // PNG
    (a === 0xff && b === 0xd8 && c === 0xff) || // JPEG
    (a === 0x47 && b === 0x49 && c === 0x46) || // GIF
    (a === 0x52 && b === 0x49 && c === 0x46 && d === 0x46) || // RIFF (WebP)
    (a === 0x42 && b === 0x4d) || // BMP
    (a === 0x50 && b === 0x4b) || // zip
    (a === 0x1f && b === 0x8b) || // gzip
    (a === 0x25 && b === 0x50 && c === 0x44 && d === 0x46) // PDF
  );
}

function convertHint(encoding: string, file: string): string {
  const base = file.split('/').pop() ?? file;
  return `iconv -f ${encoding} -t UTF-8 '${base}' > '${base}.utf8'`;
}

/** One file as UTF-8 bytes, or unchanged; `warning` says what was done or why it could not be. */
export function transcodeFile(file: IntakeFile): { file: IntakeFile; warning?: string } {
  const bytes = file.bytes;
  if (bytes.length === 0 || isImageOrArchive(bytes)) return { file };
  const guess = detectEncoding(bytes);
  if (!guess) return { file };
  if (guess.name === 'UTF-8') {
    if (guess.bomLength === 0) return { file };
    return { file: { ...file, bytes: bytes.subarray(guess.bomLength) } };
  }
  // A NUL byte without a wide-character pattern is binary: leave it to the binary checks.
  if (guess.by === 'guess' && !/^UTF-(16|32)/i.test(guess.name) && hasNul(bytes)) return { file };
  // Mail declares its own charsets, part by part: mailparser decodes them.
  if (
    !/^UTF-(16|32)/i.test(guess.name) &&
    looksLikeMailHeaders(Buffer.from(bytes.subarray(0, 65_536)).toString('latin1'))
  )
    return { file };
  const found = guess.contradiction
    ? `${guess.name} (${guess.contradiction})`
    : guess.by === 'bom'
      ? `${guess.name} (byte-order mark)`
      : `${guess.name} (detected from its bytes)`;
  if (!guess.decodable)
    return {
      file,
      warning: `encoded in ${found}, which Spine cannot decode; convert it to UTF-8 first: ${convertHint(guess.name, file.name)}`,
    };
  try {
    const text = decodeAs(bytes, guess);
    const replaced = (text.match(/\uFFFD/g) ?? []).length;
    const rest =
      replaced > 0
        ? `; ${replaced} undecodable byte sequence(s) were replaced (to convert it yourself: ${convertHint(guess.name, file.name)})`
        : guess.by === 'guess'
          ? `; if characters look wrong, convert it with the right encoding: ${convertHint(guess.name, file.name)}`
          : '';
    return {
      file: { ...file, bytes: encoder.encode(text) },
      warning: `not UTF-8: read as ${found}${rest}`,
    };
  } catch (error) {
    return {
      file,
      warning: `encoded in ${found} but cannot be decoded (${error instanceof Error ? error.message : String(error)}); convert it to UTF-8 first: ${convertHint(guess.name, file.name)}`,
    };
  }
}

/** Every file of a unit as UTF-8; warnings are prefixed with the file's name inside a bundle. */
export function transcodeUnit(unit: IntakeUnit): { unit: IntakeUnit; warnings: string[] } {
  const warnings: string[] = [];
  let changed = false;
  const files = unit.files.map((file) => {
    const result = transcodeFile(file);
    if (result.file !== file) changed = true;
    if (result.warning)
      warnings.push(
        unit.files.length > 1
          ? `${unit.name}: ${file.name}: ${result.warning}`
          : `${unit.name}: ${result.warning}`,
      );
    return result.file;
  });
  return { unit: changed ? { ...unit, files } : unit, warnings };
}
