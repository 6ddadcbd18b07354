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
const FIELD =
  /^\s*\*?(From|Date|Sent|Subject|To|Cc|Reply-To|Von|Gesendet|Datum|An|Betreff|De|Envoyé|Objet|À|Para|Enviado|Fecha|Asunto)\s*:\*?\s*(.*)$/i;
// Outlook's localized header names, read as the English ones
const CANONICAL: Record<string, string> = {
  von: 'from',
  de: 'from',
  gesendet: 'sent',
  envoyé: 'sent',
  enviado: 'sent',
  datum: 'date',
  fecha: 'date',
  an: 'to',
  à: 'to',
  para: 'to',
  betreff: 'subject',
  objet: 'subject',
  asunto: 'subject',
};
const ADDRESS_FIELDS = new Set(['from', 'to', 'cc', 'reply-to']);
// a wrapped address list: `"Bob" <bob@x.com>, carol@y.org` (and nothing that reads like a sentence)
const ADDRESS_LINE =
  /^\s*(?:"?[^"<>:]{0,80}"?\s*<[^<>\s]+@[^<>\s]+>|[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)\s*(?:[,;]\s*(?:"?[^"<>:]{0,80}"?\s*<[^<>\s]+@[^<>\s]+>|[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)\s*)*[,;]?\s*$/;

/**
 * True when a header line without a field name continues the field above: indented (RFC 5322
 * folding), or an address list that clients wrap without indentation (`To: a, b,` then `c, d`).
 */
function continues(line: string, field: string, value: string): boolean {
  if (/^\s/.test(line)) return true;
  if (!ADDRESS_FIELDS.has(field)) return false;
  return /[,;]\s*$/.test(value) || ADDRESS_LINE.test(line);
}

/**
 * Splits `text` at the first forward marker (Gmail `---------- Forwarded message ---------`,
 * Apple `Begin forwarded message:`), or, when `outlookForward` is set (a `FW:` subject), at an
 * Outlook `From:/Sent:` block. Returns null when the text holds no forwarded message.
 */
export function findForwarded(text: string, outlookForward = false): ForwardedBlock | null {
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  const quoted = findQuotedForward(all);
  if (quoted) return quoted;
  return readForward(all, outlookForward);
}

const QUOTE_PREFIX = /^(?:[ \t]*>)+[ \t]?/;

/** How many `>` levels a line is quoted at (`> > x` and `>> x` are both 2). */
export function quoteDepth(line: string): number {
  const prefix = QUOTE_PREFIX.exec(line)?.[0] ?? '';
  return (prefix.match(/>/g) ?? []).length;
}

/** Removes `depth` levels of `>` quoting from the start of `line`. */
function dequote(line: string, depth: number): string {
  let rest = line;
  for (let level = 0; level < depth; level++) rest = rest.replace(/^[ \t]*>[ \t]?/, '');
  return rest;
}

/**
 * A forward the sender's client quoted (`> Begin forwarded message:`, `>> ---------- Forwarded
 * message ---------`): the quoted block from the marker on is read as the forwarded message, and
 * any unquoted text around it is the forwarder's own note.
 */
function findQuotedForward(lines: readonly string[]): ForwardedBlock | null {
  const marker = lines.findIndex(
    (line) => quoteDepth(line) > 0 && MARKER.test(dequote(line, quoteDepth(line))),
  );
  if (marker < 0) return null;
  const depth = quoteDepth(lines[marker] ?? '');
  // An unquoted forward marker above this one wins (the plain reader handles it).
  if (lines.slice(0, marker).some((line) => quoteDepth(line) === 0 && MARKER.test(line))) return null;
  let end = marker + 1;
  let last = marker;
  for (; end < lines.length; end++) {
    const line = lines[end] ?? '';
    if (quoteDepth(line) >= depth) last = end;
    else if (line.trim() !== '') break;
  }
  const block = lines.slice(marker, last + 1).map((line) => dequote(line, depth));
  const inner = readForward(block, false);
  if (!inner) return null;
  const before = lines.slice(0, marker).join('\n').trim();
  const after = lines
    .slice(last + 1)
    .join('\n')
    .trim();
  return { ...inner, before: [before, after].filter((part) => part !== '').join('\n\n') };
}

function readForward(lines: readonly string[], outlookForward: boolean): ForwardedBlock | null {
  let marker = lines.findIndex((line) => MARKER.test(line));
  let headerStart = marker + 1;
  if (marker < 0 && outlookForward) {
    marker = lines.findIndex(
      (line, i) =>
        /^\s*\*?(?:From|Von|De)\s*:/i.test(line) &&
        lines
          .slice(i + 1, i + 5)
          .some((l) => /^\s*\*?(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Fecha)\s*:/i.test(l)),
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
      const name = (match[1] ?? '').toLowerCase();
      last = CANONICAL[name] ?? name;
      if (!fields.has(last)) fields.set(last, (match[2] ?? '').trim());
    } else if (last && fields.size > 0 && continues(line, last, fields.get(last) ?? '')) {
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
