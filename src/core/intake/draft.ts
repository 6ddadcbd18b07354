/** @module The team's draft reply: a letter to the customer, reviewed but never a source of facts. */

import { foldName } from '../evidence/fold-name.js';
import type { Author, EvidenceDraft } from '../model/evidence.js';
import type { FormatParser, IntakeUnit, ParseContext, ParseResult } from '../model/intake.js';
import { letterShape } from './text/letter.js';
import { parseNotes } from './text/parse-notes.js';
import { lineLocator, splitBlocks } from './text/text-blocks.js';
import { decodeText, looksBinary } from './util/decode.js';

const MAX_BYTES = 256 * 1024;

function textOf(unit: IntakeUnit): string | null {
  const file = unit.files[0];
  if (!file || unit.files.length !== 1 || file.bytes.length === 0 || file.bytes.length > MAX_BYTES)
    return null;
  if (looksBinary(file.bytes)) return null;
  return decodeText(file.bytes).text;
}

/** True when the manifest names this unit as the draft (by its path or its base name). */
export function isNamedDraft(unit: IntakeUnit, context: ParseContext): boolean {
  const draft = context.manifest?.draft;
  if (!draft) return false;
  const base = (name: string) => name.split('/').pop() ?? name;
  return unit.name === draft || base(unit.name) === base(draft);
}

/** Parses a draft reply into one internal item per paragraph (`L<a>-<b>`). */
export function parseDraft(unit: IntakeUnit, context: ParseContext): ParseResult {
  const base = { kind: 'draft', format: 'draft' } as const;
  const text = textOf(unit);
  if (text === null || text.trim() === '')
    return {
      ...base,
      items: [],
      warnings: [`${unit.name}: empty, binary or too large for a draft reply`],
      status: 'skipped',
    };
  const shape = letterShape(text);
  const named = isNamedDraft(unit, context);
  // When the manifest names another file as the draft, or a customer signed this letter, it is a
  // message or a note, not our unsent reply: keep it as evidence.
  const signer = shape?.signer ? foldName(shape.signer) : null;
  const signedByCustomer = context.manifest?.people.some(
    (person) =>
      person.role === 'customer' && signer !== null && foldName(person.name).split(' ').includes(signer),
  );
  if (!named && (context.manifest?.draft || signedByCustomer)) return parseNotes(unit, context);
  const warnings: string[] = [];
  if (!shape && !named)
    warnings.push(`${unit.name}: read as a draft reply although it has no greeting and sign-off`);
  const author: Author | null = shape?.signer
    ? { name: shape.signer, role: 'unknown', side: 'internal' }
    : null;
  const items: EvidenceDraft[] = splitBlocks(text, false).map((block) => ({
    locator: lineLocator(block),
    at: null,
    author,
    // Never sent: nothing in it has reached the customer.
    visibility: 'internal',
    text: block.text,
    meta: { unit: 'draft' },
  }));
  return { ...base, items, warnings, status: 'parsed' };
}

/** A letter to the customer (greeting + sign-off); the manifest's `draft` also routes here via notes. */
export const draftParser: FormatParser = {
  format: 'draft',
  detect(unit) {
    const text = textOf(unit);
    return text !== null && letterShape(text) ? 0.3 : 0;
  },
  parse(unit, context) {
    return parseDraft(unit, context);
  },
};

export const draftParsers: FormatParser[] = [draftParser];
