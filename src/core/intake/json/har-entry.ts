/** @module Reading one HAR entry: timing, redirect target, request ids and a short error body. */
import { htmlToText } from '../util/html-text.js';
import { redactText, redactUrl } from './har-redact.js';
import { arr, num, rec, str } from './pick.js';

/** How many characters of an error body an item quotes. */
export const ERROR_BODY_CHARS = 300;

// Response headers that identify the request to the server's own logs.
const REQUEST_ID_HEADERS = new Set([
  'x-request-id',
  'x-correlation-id',
  'request-id',
  'x-amzn-requestid',
  'x-amz-request-id',
  'x-amz-cf-id',
  'cf-ray',
  'x-trace-id',
  'x-b3-traceid',
  'x-cloud-trace-context',
  'x-ms-request-id',
  'x-github-request-id',
  'x-datadog-trace-id',
  'traceparent',
]);

/** A header value by name, case-insensitive (HTTP/2 captures use lower case). */
export function headerValue(headers: unknown, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const raw of arr(headers)) {
    const h = rec(raw);
    if (str(h.name)?.toLowerCase() === wanted) return str(h.value);
  }
  return undefined;
}

/** `name: value` of every request-id-like response header. */
export function requestIds(headers: unknown): string[] {
  return arr(headers).flatMap((raw) => {
    const h = rec(raw);
    const name = str(h.name)?.toLowerCase();
    const value = str(h.value);
    if (name === undefined || value === undefined) return [];
    const idLike = REQUEST_ID_HEADERS.has(name) || /(^|-)(request|correlation|trace)-?id$/.test(name);
    return idLike ? [`${name}: ${value.slice(0, 120)}`] : [];
  });
}

/** Total time in ms: `time`, else the sum of timings that apply (-1 = not applicable). */
export function entryTime(entry: Record<string, unknown>): number {
  const time = num(entry.time);
  if (time !== undefined && time >= 0) return time;
  return Object.values(rec(entry.timings)).reduce<number>(
    (sum, v) => sum + (typeof v === 'number' && v > 0 ? v : 0),
    0,
  );
}

/** The absolute URL a 3xx response sends the browser to, or undefined. */
export function redirectTarget(entry: Record<string, unknown>): string | undefined {
  const request = rec(entry.request);
  const response = rec(entry.response);
  const status = num(response.status) ?? 0;
  if (status < 300 || status >= 400) return undefined;
  const location = str(response.redirectURL) ?? headerValue(response.headers, 'location');
  if (location === undefined) return undefined;
  try {
    return new URL(location, str(request.url)).toString();
  } catch {
    return undefined;
  }
}

/** The first characters of a textual response body, secrets redacted; '' when none or binary. */
export function errorBody(response: Record<string, unknown>): string {
  const content = rec(response.content);
  let text = str(content.text);
  if (text === undefined) return '';
  const mime = str(content.mimeType)?.toLowerCase() ?? '';
  if (!/json|text|html|xml|problem|javascript|x-www-form/.test(mime) && mime !== '') return '';
  // Bound before any decoding: bodies can be megabytes.
  text = text.slice(0, 64 * 1024);
  if (content.encoding === 'base64') {
    try {
      text = new TextDecoder().decode(
        Uint8Array.from(atob(text.replace(/\s/g, '').slice(0, 8192)), (c) => c.charCodeAt(0)),
      );
    } catch {
      return '';
    }
  }
  if (mime.includes('html')) text = htmlToText(text);
  const flat = redactText(text).replace(/\s+/g, ' ').trim();
  return flat.length > ERROR_BODY_CHARS ? `${flat.slice(0, ERROR_BODY_CHARS)}…` : flat;
}

/** `METHOD url-without-secrets`. */
export function requestLine(entry: Record<string, unknown>): string {
  const request = rec(entry.request);
  return `${str(request.method) ?? 'GET'} ${redactUrl(str(request.url) ?? '(no url)')}`;
}
