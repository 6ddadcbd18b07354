/** @module Hostile HTML from tickets to plain text: nothing is executed, links keep their label. */
import { convert } from 'html-to-text';

const MAX_HTML = 2_000_000;

/** Plain text of an HTML body; scripts and styles are dropped, `&nbsp;` becomes a space. */
export function htmlToText(html: string): string {
  const bounded = html.length > MAX_HTML ? html.slice(0, MAX_HTML) : html;
  return convert(bounded, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
    ],
  })
    .replace(/\u00a0|&nbsp;/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
