/** @module Article HTML to plain text: lists keep their numbers and bullets, headings keep their case. */
import { convert } from 'html-to-text';

const MAX_HTML = 2_000_000;

/** Plain text of an article's HTML; scripts, styles and images are dropped, links keep their label. */
export function articleHtmlText(html: string): string {
  const bounded = html.length > MAX_HTML ? html.slice(0, MAX_HTML) : html;
  const heading = { options: { uppercase: false } };
  return convert(bounded, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'head', format: 'skip' },
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, ...heading })),
      { selector: 'table', format: 'dataTable' },
    ],
  })
    .replace(/\u00a0/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
