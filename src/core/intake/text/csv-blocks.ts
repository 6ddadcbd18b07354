/** @module A plain CSV table (no other parser's columns) as text blocks: one `header: value; …` block per row. */
import { parse as parseCsv } from 'csv-parse/sync';
import type { TextBlock } from './text-blocks.js';

const MAX_ROWS = 2000;

/**
 * Rows of `text` as blocks when it reads as a CSV table (a header and at least one row, the same
 * number of columns, at least two, on every line); null when it does not.
 */
export function csvBlocks(text: string): TextBlock[] | null {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].find((d) => firstLine.includes(d));
  // Prose has paragraphs and sentences; a table has neither.
  if (!delimiter || /^\s*(#|[-*>|])/.test(firstLine) || /\n\s*\n\S/.test(text.trim())) return null;
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parseCsv(text, {
      delimiter,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
      to_line: MAX_ROWS + 1,
    }) as unknown as typeof rows;
  } catch {
    return null;
  }
  const header = rows[0]?.record ?? [];
  if (
    rows.length < 2 ||
    header.length < 2 ||
    header.some((name) => name === '' || name.length > 40 || /[.!?]$/.test(name))
  )
    return null;
  return rows.slice(1).map(({ record, info }) => ({
    start: info.lines,
    end: info.lines,
    kind: 'row' as const,
    text: record
      .map((value, k) => (value === '' ? null : `${header[k] ?? `column ${k + 1}`}: ${value}`))
      .filter((pair): pair is string => pair !== null)
      .join('; '),
  }));
}
