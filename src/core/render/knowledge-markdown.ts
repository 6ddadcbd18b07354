/** @module packet.md's "Team docs considered" section: every matching article, chosen or not, and why. */
import type { KnowledgeSection } from '../model/packet.js';
import { citeMarks } from './cite-marks.js';
import { oneLine } from './claim-text.js';

const cell = (text: string): string => oneLine(text, 160).replace(/\|/g, '\\|');

/** The section's lines, ending with a blank line. */
export function knowledgeLines(section: KnowledgeSection): string[] {
  const out = ['## Team docs considered', ''];
  out.push(
    `Searched ${section.searched} article${section.searched === 1 ? '' : 's'} for: ${section.query.slice(0, 20).join(', ') || '(nothing to search for)'}.`,
    '',
  );
  if (section.considered.length === 0) return [...out, '- no article matched', ''];
  out.push('| article | kind | visibility | score | chosen | why |', '| --- | --- | --- | --- | --- | --- |');
  for (const c of section.considered) {
    const name = c.url ? `[${cell(c.title)}](${c.url})` : cell(c.title);
    out.push(
      `| ${name} (${cell(c.id)})${c.cite ? citeMarks([c.cite]) : ''} | ${c.kind ?? '-'} | ${c.visibility} | ${c.score} | ${c.chosen ? 'yes' : 'no'} | ${cell(c.why)} |`,
    );
  }
  if (section.notListed > 0) out.push('', `${section.notListed} more matched a word and are not listed.`);
  return [...out, ''];
}
