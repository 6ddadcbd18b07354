/** @module Notes as evidence: Markdown or plain text split into blocks, authored when the manifest says who wrote it. */
import type { Author, EvidenceDraft } from '../../model/evidence.js';
import type { IntakeUnit, ParseContext, ParseResult } from '../../model/intake.js';
import type { Manifest } from '../../model/manifest.js';
import { decodeText, looksBinary } from '../util/decode.js';
import { csvBlocks } from './csv-blocks.js';
import { lineLocator, splitBlocks } from './text-blocks.js';

const MAX_BYTES = 8 * 1024 * 1024;
const MAX_ITEMS = 2000;
const MAX_ITEM_TEXT = 8000;

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
  const { text, invalidUtf8 } = decodeText(bytes);
  if (invalidUtf8) warnings.push(`${unit.name}: not valid UTF-8; unreadable bytes were replaced`);
  const author = authorFromManifest(unit, context.manifest);
  let blocks = (csvBlocks(text) ?? splitBlocks(text, true)).filter((block) => block.text !== '');
  if (blocks.length > MAX_ITEMS) {
    warnings.push(`${unit.name}: ${blocks.length} blocks; only the first ${MAX_ITEMS} were kept`);
    blocks = blocks.slice(0, MAX_ITEMS);
  }
  const items: EvidenceDraft[] = blocks.map((block) => ({
    locator: lineLocator(block),
    at: null,
    author,
    visibility: 'internal',
    text: block.text.length > MAX_ITEM_TEXT ? `${block.text.slice(0, MAX_ITEM_TEXT)} …` : block.text,
    meta: { unit: 'note' },
  }));
  if (items.length === 0)
    return { ...base, items, warnings: [...warnings, `${unit.name}: no text`], status: 'skipped' };
  return { ...base, items, warnings, status: 'parsed' };
}
