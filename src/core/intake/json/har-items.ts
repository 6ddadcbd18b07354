/** @module A HAR log to evidence: failing, slow and redirect-looping entries, plus a summary. */
import type { EvidenceDraft } from '../../model/evidence.js';
import { toUtcIso } from '../util/time.js';
import { clipText } from './clip-text.js';
import { entryTime, errorBody, redirectTarget, requestIds, requestLine } from './har-entry.js';
import { redactUrl } from './har-redact.js';
import { findRedirectLoops } from './har-redirects.js';
import { httpReason } from './http-reason.js';
import { arr, num, rec, str } from './pick.js';

/** Entries slower than this (total ms) are evidence even when they succeed. */
export const SLOW_ENTRY_MS = 3000;
/** Entries beyond this are not examined (the summary says so). */
export const MAX_HAR_ENTRIES = 50_000;

/** Why a request got no response, as the browser recorded it (`_error`, Firefox's statusText …). */
function failureReason(entry: Record<string, unknown>): string | undefined {
  const response = rec(entry.response);
  const said = str(response._error) ?? str(entry._error) ?? str(response._failureText);
  if (said !== undefined) return said;
  const text = str(response.statusText);
  return text !== undefined && /abort|fail|block|cancel|error|refused|timed? ?out/i.test(text)
    ? text
    : undefined;
}

function statusText(entry: Record<string, unknown>): string {
  const response = rec(entry.response);
  const status = num(response.status) ?? 0;
  const error = failureReason(entry);
  if (status === 0) return `no response${error ? ` (${error})` : ''}`;
  const reason = str(response.statusText) ?? httpReason(status);
  return `${status}${reason ? ` ${reason}` : ''}`;
}

/** Items for the entries that matter and one `summary` item; `examined` counts entries read. */
export function harItems(log: Record<string, unknown>): { items: EvidenceDraft[]; truncated: boolean } {
  const all = arr(log.entries);
  const entries = all.slice(0, MAX_HAR_ENTRIES).map(rec);
  const loops = findRedirectLoops(entries);
  const loopAt = new Map(loops.map((loop) => [loop.entries[0] ?? -1, loop]));
  const items: EvidenceDraft[] = [];
  let httpErrors = 0;
  let networkFailures = 0;
  let slow = 0;
  let unanswered = 0;
  entries.forEach((entry, index) => {
    const response = rec(entry.response);
    const status = num(response.status) ?? 0;
    // Status 0 with a recorded reason (aborted, blocked, reset …) is a failure; without one the
    // capture may simply have ended first, so it is counted apart, not called a failure.
    const networkFailure = status === 0 && failureReason(entry) !== undefined;
    if (status === 0 && !networkFailure) unanswered++;
    const failed = status >= 400 || networkFailure;
    const time = entryTime(entry);
    const isSlow = time > SLOW_ENTRY_MS;
    const loop = loopAt.get(index);
    if (status >= 400) httpErrors++;
    if (networkFailure) networkFailures++;
    if (isSlow) slow++;
    if (!failed && !isSlow && loop === undefined) return;
    const lines = [`${requestLine(entry)} → ${statusText(entry)} in ${Math.round(time)} ms`];
    const ids = requestIds(response.headers);
    if (ids.length > 0) lines.push(`Request id: ${ids.join(', ')}`);
    if (isSlow) lines.push(`Slow: over ${SLOW_ENTRY_MS} ms`);
    if (loop !== undefined) {
      lines.push(`Redirect loop: ${loop.urls.map(redactUrl).join(' → ')}`);
    } else {
      const target = redirectTarget(entry);
      if (target !== undefined) lines.push(`Redirects to ${redactUrl(target)}`);
    }
    if (status >= 400) {
      const body = errorBody(response);
      if (body !== '') lines.push(`Body: ${body}`);
    }
    items.push({
      locator: `e${index}`,
      at: toUtcIso(entry.startedDateTime),
      author: null,
      visibility: 'internal',
      text: clipText(lines.join('\n')),
      meta: { unit: 'request', status },
    });
  });
  const failed = httpErrors + networkFailures;
  const creator = rec(log.creator);
  const tool = [str(creator.name), str(creator.version)].filter(Boolean).join(' ');
  const details = [
    `${httpErrors} HTTP error${httpErrors === 1 ? '' : 's'}`,
    `${networkFailures} network failure${networkFailures === 1 ? '' : 's'}`,
    `${loops.length} redirect loop${loops.length === 1 ? '' : 's'}`,
    `${slow} slow (over ${SLOW_ENTRY_MS} ms)`,
    ...(unanswered > 0 ? [`${unanswered} without a recorded response or error`] : []),
  ];
  const pages = arr(log.pages)
    .flatMap((p) => str(rec(p).title) ?? [])
    .slice(0, 5);
  const truncated = all.length > entries.length;
  items.unshift({
    locator: 'summary',
    at: toUtcIso(entries[0]?.startedDateTime) ?? toUtcIso(rec(arr(log.pages)[0]).startedDateTime),
    author: null,
    visibility: 'internal',
    text: clipText(
      `HAR capture${tool ? ` (${tool})` : ''}: ${all.length} requests, ${failed} failed (${details.join(', ')})` +
        `${truncated ? `; only the first ${entries.length} examined` : ''}` +
        `${pages.length > 0 ? `; pages: ${pages.map(redactUrl).join(', ')}` : ''}`,
    ),
    meta: { unit: 'request', count: all.length },
  });
  return { items, truncated };
}
