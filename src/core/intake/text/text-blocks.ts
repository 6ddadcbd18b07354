/** @module Split plain text or Markdown into citable blocks: paragraphs, bullets, headings, table rows. */

export interface TextBlock {
  /** 1-based first and last line */
  readonly start: number;
  readonly end: number;
  readonly kind: 'paragraph' | 'bullet' | 'heading' | 'row' | 'code';
  readonly text: string;
}

const BULLET = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;
const HEADING = /^\s{0,3}#{1,6}\s+/;
const FENCE = /^\s*(```|~~~)/;
const TABLE = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
}

/**
 * Blocks of `text` in order. `markdown` turns on bullets, headings, fences and tables; plain text
 * is split on blank lines only. Table rows come back as `header: value; …`.
 */
export function splitBlocks(text: string, markdown = true): TextBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: TextBlock[] = [];
  let current: { start: number; end: number; kind: TextBlock['kind']; lines: string[] } | null = null;
  const flush = () => {
    if (current) {
      const joined = current.lines.join('\n').trim();
      if (joined !== '')
        blocks.push({ start: current.start, end: current.end, kind: current.kind, text: joined });
    }
    current = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const number = i + 1;
    if (markdown && FENCE.test(line)) {
      flush();
      let end = i + 1;
      while (end < lines.length && !FENCE.test(lines[end] ?? '')) end++;
      const body = lines.slice(i + 1, Math.min(end, lines.length)).join('\n');
      if (body.trim() !== '')
        blocks.push({
          start: number,
          end: Math.min(end, lines.length - 1) + 1,
          kind: 'code',
          text: body.trim(),
        });
      i = end;
      continue;
    }
    if (markdown && TABLE.test(line) && TABLE_RULE.test(lines[i + 1] ?? '')) {
      flush();
      const header = cells(line);
      let row = i + 2;
      for (; row < lines.length && TABLE.test(lines[row] ?? ''); row++) {
        const values = cells(lines[row] ?? '');
        const pairs = values
          .map((value, k) => (value === '' ? null : `${header[k] || `column ${k + 1}`}: ${value}`))
          .filter((pair): pair is string => pair !== null);
        if (pairs.length > 0)
          blocks.push({ start: row + 1, end: row + 1, kind: 'row', text: pairs.join('; ') });
      }
      i = row - 1;
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (markdown && HEADING.test(line)) {
      flush();
      blocks.push({ start: number, end: number, kind: 'heading', text: line.replace(HEADING, '').trim() });
      continue;
    }
    if (markdown && BULLET.test(line)) {
      flush();
      current = { start: number, end: number, kind: 'bullet', lines: [line.replace(BULLET, '')] };
      continue;
    }
    if (current) {
      current.end = number;
      current.lines.push(current.kind === 'bullet' ? line.trim() : line);
    } else current = { start: number, end: number, kind: 'paragraph', lines: [line] };
  }
  flush();
  return blocks;
}

/** `L7` for one line, `L7-9` for a range. */
export function lineLocator(block: { start: number; end: number }): string {
  return block.start === block.end ? `L${block.start}` : `L${block.start}-${block.end}`;
}
