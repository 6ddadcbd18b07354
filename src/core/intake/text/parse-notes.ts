/** @module Notes as evidence: Markdown or plain text split into blocks, authored when the manifest says who wrote it. */
import type { Author, EvidenceDraft } from '../../model/evidence.js';
import type { IntakeUnit, ParseContext, ParseResult } from '../../model/intake.js';
import type { Manifest } from '../../model/manifest.js';
import { decodeText, looksBinary } from '../util/decode.js';
import { csvBlocks } from './csv-blocks.js';
import { lineLocator, splitBlocks, type TextBlock } from './text-blocks.js';

const MAX_BYTES = 8 * 1024 * 1024;
const MAX_ITEMS = 2000;
const MAX_ITEM_TEXT = 8000;
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences are control characters
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The one manifest person the file's manifest note names (e.g. "written by Chloé"), if exactly one. */
function authorFromManifest(unit: IntakeUnit, manifest: Manifest | undefined): Author | null {
  if (!manifest) return null;
  const base = unit.name.split('/').pop() ?? unit.name;
  const note = manifest.files[unit.name] ?? manifest.files[base];
  if (!note) return null;
  const folded = ` ${fold(note).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const named = manifest.people.filter((person) => {
    const full = fold(person.name);
    const first = full.split(/\s+/)[0] ?? full;
    return folded.includes(` ${full} `) || folded.includes(` ${first} `);
  });
  const person = named.length === 1 ? named[0] : undefined;
  if (!person) return null;
  return { name: person.name, role: person.role, side: person.role === 'customer' ? 'external' : 'internal' };
}

/**
 * The one person of our side a note's first line names ("Billing note (Farah, 4 Dec)", "Call notes
 * - Sam"): a heading that signs the note. Customers are left out: a heading naming one is about them.
 */
function authorFromHeading(text: string, manifest: Manifest | undefined): Author | null {
  if (!manifest) return null;
  const first = text.split('\n').find((line) => line.trim() !== '') ?? '';
  if (first.length > 160) return null;
  const folded = ` ${fold(first).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const named = manifest.people.filter((person) => {
    const full = fold(person.name);
    const given = full.split(/\s+/)[0] ?? full;
    return folded.includes(` ${full} `) || folded.includes(` ${given} `);
  });
  const person = named.length === 1 ? named[0] : undefined;
  if (!person || person.role === 'customer') return null;
  return { name: person.name, role: person.role, side: 'internal' };
}

/**
 * A block longer than MAX_ITEM_TEXT as several blocks of whole lines (each with its own line range);
 * a single longer line is split into parts located `L7.1`, `L7.2` …, so nothing is cut.
 */
function splitLong(block: TextBlock): { start: number; end: number; locator?: string; text: string }[] {
  if (block.text.length <= MAX_ITEM_TEXT) return [block];
  const parts: { start: number; end: number; locator?: string; text: string }[] = [];
  const lines = block.text.split('\n');
  let start = block.start;
  let current: string[] = [];
  let length = 0;
  const flush = (end: number) => {
    if (current.length > 0) parts.push({ start, end, text: current.join('\n') });
    current = [];
    length = 0;
    start = end + 1;
  };
  lines.forEach((line, index) => {
    const number = block.start + index;
    if (line.length > MAX_ITEM_TEXT) {
      flush(number - 1);
      for (let offset = 0, part = 1; offset < line.length; offset += MAX_ITEM_TEXT, part++)
        parts.push({
          start: number,
          end: number,
          locator: `L${number}.${part}`,
          text: line.slice(offset, offset + MAX_ITEM_TEXT),
        });
      start = number + 1;
      return;
    }
    if (length + line.length + 1 > MAX_ITEM_TEXT) flush(number - 1);
    current.push(line);
    length += line.length + 1;
  });
  flush(block.start + lines.length - 1);
  return parts;
}

/** Parses any text as notes: one internal item per heading, bullet, paragraph or table row. */
export function parseNotes(unit: IntakeUnit, context: ParseContext): ParseResult {
  const base = { kind: 'note', format: 'notes' } as const;
  const file = unit.files[0];
  if (!file || file.bytes.length === 0)
    return { ...base, items: [], warnings: [`${unit.name}: empty`], status: 'skipped' };
  if (looksBinary(file.bytes))
    return {
      ...base,
      items: [],
      warnings: [`${unit.name}: binary content in no known format`],
      status: 'failed',
    };
  const warnings: string[] = [];
  let bytes = file.bytes;
  if (bytes.length > MAX_BYTES) {
    warnings.push(`${unit.name}: larger than ${MAX_BYTES / 1024 / 1024} MB; only the first part was read`);
    bytes = bytes.subarray(0, MAX_BYTES);
  }
  const decoded = decodeText(bytes);
  const invalidUtf8 = decoded.invalidUtf8;
  // terminal colour codes (pasted console output) are not text
  const text = decoded.text.includes('\u001b') ? decoded.text.replace(ANSI, '') : decoded.text;
  if (invalidUtf8) warnings.push(`${unit.name}: not valid UTF-8; unreadable bytes were replaced`);
  const author = authorFromManifest(unit, context.manifest) ?? authorFromHeading(text, context.manifest);
  const read = (csvBlocks(text) ?? splitBlocks(text, true)).filter((block) => block.text !== '');
  const long = read.filter((block) => block.text.length > MAX_ITEM_TEXT).length;
  let blocks = read.flatMap(splitLong);
  if (long > 0)
    warnings.push(
      `${unit.name}: ${long} block(s) longer than ${MAX_ITEM_TEXT} characters were split into ${blocks.length - read.length + long} items by line`,
    );
  if (blocks.length > MAX_ITEMS) {
    const lastLine = blocks[MAX_ITEMS - 1]?.end ?? 0;
    warnings.push(
      `${unit.name}: ${blocks.length} blocks; only the first ${MAX_ITEMS} (up to line ${lastLine}) were kept, ${blocks.length - MAX_ITEMS} not read`,
    );
    blocks = blocks.slice(0, MAX_ITEMS);
  }
  const items: EvidenceDraft[] = blocks.map((block) => ({
    locator: 'locator' in block && block.locator ? block.locator : lineLocator(block),
    at: null,
    author,
    visibility: 'internal',
    text: block.text,
    meta: { unit: 'note' },
  }));
  if (items.length === 0)
    return { ...base, items, warnings: [...warnings, `${unit.name}: no text`], status: 'skipped' };
  return { ...base, items, warnings, status: 'parsed' };
}
