/** @module Hostile HTML from tickets to plain text: nothing is executed, links keep their label. */
import { convert } from 'html-to-text';

const MAX_HTML = 2_000_000;

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
  selector,
  options: { uppercase: false },
}));

/**
 * Plain text of an HTML body; scripts and styles are dropped, `&nbsp;` becomes a space. With
 * `document` (a help-centre article): the head is skipped, headings keep their case, tables stay tables.
 */
export function htmlToText(html: string, options: { document?: boolean } = {}): string {
  const bounded = html.length > MAX_HTML ? html.slice(0, MAX_HTML) : html;
  return convert(bounded, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      ...(options.document
        ? [{ selector: 'head', format: 'skip' }, ...HEADINGS, { selector: 'table', format: 'dataTable' }]
        : []),
    ],
  })
    .replace(/\u00a0|&nbsp;/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
