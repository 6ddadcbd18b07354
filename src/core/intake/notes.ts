/** @module Notes (Markdown or plain text), the fallback for any text: one item per bullet, paragraph or table row. */
import type { FormatParser } from '../model/intake.js';
import { isNamedDraft, parseDraft } from './draft.js';
import { parseNotes } from './text/parse-notes.js';
import { looksBinary } from './util/decode.js';

/** Any readable text that no other parser claims. A file the manifest names as the draft is read as one. */
export const notesParser: FormatParser = {
  format: 'notes',
  detect(unit) {
    const file = unit.files[0];
    if (!file || unit.files.length !== 1 || file.bytes.length === 0 || looksBinary(file.bytes)) return 0;
    return 0.05;
  },
  parse(unit, context) {
    if (isNamedDraft(unit, context)) return parseDraft(unit, context);
    return parseNotes(unit, context);
  },
};

export const notesParsers: FormatParser[] = [notesParser];
