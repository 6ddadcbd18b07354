/**
 * @module Mail no person wrote: bounces (delivery-status reports, mailer-daemon), auto-replies
 * (RFC 3834 `Auto-Submitted`, `X-Autoreply`, vacation notices), bulk and list mail — from
 * mailparser's parsed headers, so such mail never supplies a customer's words.
 */

export type AutomaticKind = 'bounce' | 'auto-reply' | 'auto-generated' | 'bulk' | 'list';

export interface AutomaticMail {
  readonly kind: AutomaticKind;
  /** the headers that showed it, for the warning */
  readonly reason: string;
}

/** What the detector reads from a parsed message (mailparser's `headers` Map, lower-cased keys). */
export interface MailSignals {
  readonly headers: ReadonlyMap<string, unknown>;
  readonly fromAddress: string | null;
  readonly subject: string | null;
}

const SYSTEM_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon|mdaemon)$/i;
const NO_REPLY_SENDER =
  /^(?:no-?reply|do-?not-?reply|donotreply|noreply-[\w-]+|[\w.-]*-noreply|notifications?|bounces?)$/i;
const BOUNCE_SUBJECT =
  /^(?:undeliver(?:ed|able)|delivery (?:status notification|failure|has failed)|mail delivery (?:failed|failure|subsystem)|returned mail|failure notice|non[- ]?delivery|delivery notification|warning: could not send|message not delivered|unzustellbar|non remis|no se puede entregar)/i;
// a vacation notice's subject: the phrase, then a colon or nothing ("Auto-Response rules fail" is a person)
const AUTO_REPLY_SUBJECT =
  /^(?:automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|out of (?:the )?office(?: reply| autoreply)?|abwesenheitsnotiz|automatische antwort|réponse automatique|respuesta automática|automatisch antwoord|resposta automática|risposta automatica|automatisk svar|autosvar)\s*(?::|$)/i;

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value))
    return value
      .map(text)
      .filter((v) => v !== null)
      .join(', ');
  if (value && typeof value === 'object' && 'value' in value)
    return text((value as { value: unknown }).value);
  return null;
}

function localPart(address: string | null): string {
  return (address ?? '').split('@')[0] ?? '';
}

function contentType(headers: ReadonlyMap<string, unknown>): { value: string; reportType: string } {
  const raw = headers.get('content-type') as
    | { value?: unknown; params?: Record<string, unknown> }
    | undefined;
  const value = typeof raw?.value === 'string' ? raw.value.toLowerCase() : '';
  const reportType =
    typeof raw?.params?.['report-type'] === 'string' ? String(raw.params['report-type']).toLowerCase() : '';
  return { value, reportType };
}

/** The null reverse path (`Return-Path: <>`), which only bounces and auto-responses use; the last hop's value counts. */
function nullReturnPath(headers: ReadonlyMap<string, unknown>): boolean {
  const raw = headers.get('return-path');
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]) as {
    value?: { address?: string }[];
    text?: string;
  }[];
  // the receiving server adds Return-Path on top: the first one is the envelope sender it saw
  const first = values[0];
  if (!first) return false;
  const addresses = Array.isArray(first.value) ? first.value : [];
  if (addresses.length > 0) return addresses.every((a) => !a.address);
  return typeof first.text === 'string' && /^<?\s*>?$/.test(first.text.trim());
}

/** Why a message is automatic, or null for mail a person wrote. */
export function detectAutomatic(mail: MailSignals): AutomaticMail | null {
  const { headers } = mail;
  const sender = localPart(mail.fromAddress);
  const subject = (mail.subject ?? '').replace(/^\s*(?:re|aw|fwd?|wg|tr)\s*:\s*/i, '');
  const type = contentType(headers);
  const autoSubmitted = text(headers.get('auto-submitted'))?.toLowerCase() ?? '';
  const precedence = text(headers.get('precedence'))?.toLowerCase() ?? '';
  const nullSender = nullReturnPath(headers);

  if (type.value === 'multipart/report' && type.reportType === 'delivery-status')
    return { kind: 'bounce', reason: 'a delivery-status report (multipart/report)' };
  if (headers.has('x-failed-recipients'))
    return { kind: 'bounce', reason: `X-Failed-Recipients: ${text(headers.get('x-failed-recipients'))}` };
  if (SYSTEM_SENDER.test(sender)) return { kind: 'bounce', reason: `sent by ${mail.fromAddress}` };
  if (BOUNCE_SUBJECT.test(subject) && (nullSender || autoSubmitted !== ''))
    return { kind: 'bounce', reason: `subject "${mail.subject}" from a null sender or Auto-Submitted` };
  if (type.value === 'multipart/report')
    return { kind: 'auto-generated', reason: `a ${type.reportType || 'machine'} report (multipart/report)` };

  if (autoSubmitted !== '' && autoSubmitted !== 'no') {
    const kind = autoSubmitted.startsWith('auto-replied') ? 'auto-reply' : 'auto-generated';
    return { kind, reason: `Auto-Submitted: ${autoSubmitted}` };
  }
  for (const header of ['x-autoreply', 'x-autorespond', 'x-autoresponder'])
    if (headers.has(header)) return { kind: 'auto-reply', reason: `${header} header` };
  if (/^vacation/i.test(text(headers.get('x-apple-action')) ?? ''))
    return { kind: 'auto-reply', reason: 'X-Apple-Action: VACATION' };
  if (precedence === 'auto_reply') return { kind: 'auto-reply', reason: 'Precedence: auto_reply' };
  if (AUTO_REPLY_SUBJECT.test(subject)) return { kind: 'auto-reply', reason: `subject "${mail.subject}"` };
  if (nullSender) return { kind: 'auto-generated', reason: 'a null sender (Return-Path: <>)' };

  if (precedence === 'bulk' || precedence === 'junk')
    return { kind: 'bulk', reason: `Precedence: ${precedence}` };
  const list = headers.get('list') as Record<string, unknown> | undefined;
  if (list && 'unsubscribe' in list) return { kind: 'bulk', reason: 'List-Unsubscribe header' };
  if (precedence === 'list') return { kind: 'list', reason: 'Precedence: list' };
  if (NO_REPLY_SENDER.test(sender))
    return { kind: 'auto-generated', reason: `sent from ${mail.fromAddress}` };
  // A List-Id alone is a person's message relayed by a list (a support Google Group): still theirs.
  return null;
}

/** The list a person's message was relayed through (List-Id), for a note; null when none. */
export function relayingList(headers: ReadonlyMap<string, unknown>): string | null {
  const list = headers.get('list') as { id?: { id?: string; name?: string } } | undefined;
  const id = list?.id;
  if (!id) return null;
  return id.name || id.id || null;
}
