/** @module Find a forwarded message inside a mail body and read its header block. */
import { type MailAddress, parseMailAddress } from './mail-address.js';

export interface ForwardedBlock {
  /** the text above the forward marker (the forwarder's own note) */
  readonly before: string;
  readonly from: MailAddress | null;
  /** the Date/Sent value as written (often without a zone) */
  readonly date: string | null;
  readonly subject: string | null;
  /** the forwarded message's body, quoted history still inside */
  readonly body: string;
}

const MARKER =
  /^\s*(?:-{3,}\s*Forwarded message\s*-{3,}|Begin forwarded message:|-{3,}\s*Weitergeleitete Nachricht\s*-{3,}|-{3,}\s*Message transféré\s*-{3,})\s*$/i;
const FIELD = /^\s*\*?(From|Date|Sent|Subject|To|Cc|Reply-To)\s*:\*?\s*(.*)$/i;

/**
 * Splits `text` at the first forward marker (Gmail `---------- Forwarded message ---------`,
 * Apple `Begin forwarded message:`), or, when `outlookForward` is set (a `FW:` subject), at an
 * Outlook `From:/Sent:` block. Returns null when the text holds no forwarded message.
 */
export function findForwarded(text: string, outlookForward = false): ForwardedBlock | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let marker = lines.findIndex((line) => MARKER.test(line));
  let headerStart = marker + 1;
  if (marker < 0 && outlookForward) {
    marker = lines.findIndex(
      (line, i) =>
        /^\s*\*?From\s*:/i.test(line) &&
        lines.slice(i + 1, i + 5).some((l) => /^\s*\*?(Sent|Date)\s*:/i.test(l)),
    );
    headerStart = marker;
    if (marker > 0 && /^\s*(_{10,}|-{2,}\s*Original Message\s*-{2,})\s*$/i.test(lines[marker - 1] ?? ''))
      marker--;
  }
  if (marker < 0) return null;
  const fields = new Map<string, string>();
  let i = headerStart;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  let last = '';
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') break;
    const match = FIELD.exec(line);
    if (match) {
      last = (match[1] ?? '').toLowerCase();
      if (!fields.has(last)) fields.set(last, (match[2] ?? '').trim());
    } else if (last && fields.size > 0 && /^\s/.test(line)) {
      fields.set(last, `${fields.get(last) ?? ''} ${line.trim()}`);
    } else if (fields.size > 0 && last === 'from' && !line.includes(':')) {
      // A long From value wrapped by the client without indentation.
      fields.set(last, `${fields.get(last) ?? ''}${line.trim()}`);
    } else break;
  }
  const from = fields.get('from');
  return {
    before: lines.slice(0, marker).join('\n').trim(),
    from: from ? parseMailAddress(from) : null,
    date: fields.get('date') ?? fields.get('sent') ?? null,
    subject: fields.get('subject') ?? null,
    body: lines.slice(i).join('\n').trim(),
  };
}
