/** @module The readable text of a help-desk body that may come plain, Markdown or as hostile HTML. */
import { htmlToText } from '../util/html-text.js';
import { str } from './pick.js';

/** The first non-empty of the plain candidates, else the text of `html`; '' when all are empty. */
export function bodyText(plain: readonly unknown[], html?: unknown): string {
  for (const candidate of plain) {
    const text = str(candidate);
    if (text !== undefined) return text.replace(/&nbsp;|\u00a0/g, ' ');
  }
  const markup = str(html);
  return markup === undefined ? '' : htmlToText(markup);
}

/** Text of a body that is HTML (or plain text that may contain tags). */
export function htmlBody(value: unknown): string {
  const markup = str(value);
  if (markup === undefined) return '';
  return /<[a-z!/][^>]*>|&[a-z#0-9]+;/i.test(markup) ? htmlToText(markup) : markup;
}
