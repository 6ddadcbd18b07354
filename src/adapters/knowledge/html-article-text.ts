/** @module Article HTML to plain text: lists keep their numbers and bullets, headings keep their case. */
import { htmlToText } from '../../core/intake/util/html-text.js';

/** Plain text of an article's HTML; scripts, styles and images are dropped, links keep their label. */
export function articleHtmlText(html: string): string {
  return htmlToText(html, { document: true });
}
