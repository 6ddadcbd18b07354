/** @module Cut text at its layout: blank lines, list items and lines that open a new thought. */

/** A stretch of text that layout alone says stands apart, with its offset in the text. */
export interface Block {
  readonly text: string;
  readonly start: number;
}

// a blank line; a line that starts a list item ("- ", "* ", "• ", "> ", "2. ", "3) ") or a capital
const BREAK = /\n\s*\n|\n(?=\s*[-*•>]|\s*\d+[.)]\s)|\n(?=[A-Z])/g;

/** The blocks of `text` in order (empty ones dropped); sentence splitting then runs inside each. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const m of text.matchAll(BREAK)) {
    if (m.index > start) blocks.push({ text: text.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  if (start < text.length) blocks.push({ text: text.slice(start), start });
  return blocks.filter((b) => b.text.trim() !== '');
}
