/**
 * @module One labelled issue row as the e-mail a customer would send: the subject is the row's
 * first text column (when there are several), the body the rest. Header lines are cleaned so row
 * text can never add a header of its own.
 */

/** The fixed send time of every row (and the eval's asOf), so runs are byte-for-byte repeatable. */
export const ISSUE_ROW_DATE = 'Mon, 02 Nov 2026 10:00:00 +0000';
export const ISSUE_ROW_AS_OF = '2026-11-02T10:00:00Z';
const MAX_SUBJECT = 300;

/** The e-mail text for a row's text columns (in the order given). */
export function issueRowEmail(parts: readonly string[]): string {
  const [first = '', ...rest] = parts;
  const subject =
    parts.length > 1
      ? first
          .replace(/[\r\n\t]+/g, ' ')
          .trim()
          .slice(0, MAX_SUBJECT)
      : '';
  const body = (parts.length > 1 ? rest : [first]).join('\n\n').replace(/\r\n?/g, '\n');
  const headers = [
    'From: Issue Reporter <reporter@customer.example>',
    'To: support@vendor.example',
    ...(subject ? [`Subject: ${subject}`] : []),
    `Date: ${ISSUE_ROW_DATE}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
  ];
  return `${headers.join('\n')}\n\n${body.trim() || '(no text)'}\n`;
}
