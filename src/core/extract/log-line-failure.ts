/**
 * @module A key=value log line's failure: its HTTP status and its message or error field (a JSON
 * body's `error` or `message` read too), not the whole line with its ids, counters and timings.
 */

// `key=value`, `key="quoted \"value\""`; the key stands alone (not inside a URL or a path)
// (an unquoted value stops before the brackets and commas that close it, `(id=9)`; it may be empty)
const FIELD =
  /(?<![\w.=/-])([A-Za-z_][\w.-]*)=("(?:[^"\\\n]|\\.)*"|“[^”\n]*”|'[^'\n]*'|[^\s"“']*?(?=[),;\]]*(?:\s|$)))/g;
// where a field was taken out, so only the brackets and arrows it leaves empty go with it
const GAP = '\uE000';
// trailing `, client: 10.0.0.1, server: x` context, as nginx writes it after its message
const COLON_FIELDS = /(?:,\s+[a-z_]+:\s+(?:"[^"\n]*"|[^,\n]+)){2,}\s*$/;
const STATUS_KEY = /^(?:status|http_status|status_code|statusCode|http\.status_code)$/i;
// a person-readable message first, then the error's own name
const MESSAGE_KEYS = ['msg', 'message', 'error_message', 'errorMessage', 'error_description', 'detail'];
const ERROR_KEYS = ['error', 'err', 'reason'];
const BODY_KEYS = /^(?:body|response|resp|payload|response_body)$/i;

export interface Field {
  readonly key: string;
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

const unquote = (raw: string): string =>
  /^["“']/.test(raw) ? raw.slice(1, -1).replace(/\\(["\\])/g, '$1') : raw;

/** The key=value fields of a log message, in order, values unquoted. */
export function readFields(message: string): Field[] {
  return [...message.matchAll(FIELD)].map((m) => ({
    key: m[1] ?? '',
    value: unquote(m[2] ?? ''),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

// `{"error":"invalid signature"}`, `{"error":{"message":"…"}}`, `{"message":"…"}`
function bodyError(text: string): string | null {
  if (!/^\s*\{/.test(text)) return null;
  try {
    const json: unknown = JSON.parse(text);
    if (!json || typeof json !== 'object') return null;
    const o = json as Record<string, unknown>;
    const nested = o.error && typeof o.error === 'object' ? (o.error as Record<string, unknown>) : null;
    for (const v of [o.error, nested?.message, o.message, o.error_description, o.detail])
      if (typeof v === 'string' && /[A-Za-z]/.test(v)) return v;
  } catch {
    // not JSON: no error read from it
  }
  return null;
}

/** The words of a key=value message outside its fields (and nginx's trailing `, key: value` context). */
export function freeText(message: string, all: readonly Field[]): string {
  // a lone field inside the words may be what they are about ("device=G1 kid not in keyset"), and
  // an upper-case key is a setting they name ("STAGING_STORE=qx-1 is marked decommissioned")
  const edge = (f: Field) => message.slice(0, f.start).trim() === '' || message.slice(f.end).trim() === '';
  const fields = all.filter((f) => (all.length >= 2 || edge(f)) && !/^[A-Z][A-Z0-9_]*$/.test(f.key));
  let text = '';
  let at = 0;
  for (const f of fields) {
    text += `${message.slice(at, f.start)} ${GAP} `;
    at = f.end;
  }
  text += message.slice(at);
  return (
    text
      .replace(COLON_FIELDS, '')
      // brackets and arrows left empty by the fields taken out of them
      .replace(/\((?:\s*\uE000)+\s*\)|\[(?:\s*\uE000)+\s*\]|(?:->|=>|→)(?:\s*\uE000)+/g, ' ')
      .replace(/\uE000/g, ' ')
      .replace(/\s+([,;:)])/g, '$1')
      // the separators of the fields taken out: "flags=1, mode=2" leaves no ", ,"
      .replace(/([,;])[,;\s]*[,;]/g, '$1')
      .replace(/[,;\s]+$/, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The 4xx/5xx status a key=value log line records (`status=401`), if any. */
export function failedStatus(fields: readonly Field[]): string | undefined {
  return fields.find((f) => STATUS_KEY.test(f.key) && /^[45]\d\d$/.test(f.value))?.value;
}

/**
 * A key=value log line's failure: its 4xx/5xx status (when it has one) and its message or error
 * field, `401 invalid signature`; null when it has neither a message nor an error field.
 *
 * @example logLineFailure('deliver evt=e_1 attempt=2 status=401 body="{\\"error\\":\\"invalid signature\\"}"')
 * // → '401 invalid signature'
 */
export function logLineFailure(message: string, fields = readFields(message)): string | null {
  const byKey = new Map<string, string>();
  for (const f of fields) if (!byKey.has(f.key)) byKey.set(f.key, f.value);
  const status = failedStatus(fields);
  const named = (keys: readonly string[]) =>
    keys.map((k) => byKey.get(k)).find((v): v is string => v !== undefined && /[A-Za-z]{2}/.test(v));
  const body = fields.filter((f) => BODY_KEYS.test(f.key)).map((f) => bodyError(f.value));
  const detail = named(MESSAGE_KEYS) ?? body.find((b) => b !== null) ?? named(ERROR_KEYS);
  if (!detail) return null;
  return [status, detail.trim()].filter(Boolean).join(' ');
}
