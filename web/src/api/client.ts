/**
 * @module The page's one way to call the API: same-origin fetch with the session cookie, the CSRF
 * token on every change, and the service's `{ error: { code, message } }` turned into an ApiError.
 */
import type {
  AuditRow,
  CustomerView,
  DraftName,
  DraftRevision,
  DraftView,
  FollowUp,
  GateView,
  OwnerCandidate,
  PacketOwner,
  PacketSummary,
  PacketView,
  Session,
  SignalsAnswer,
} from './types.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) throw toApiError(response.status, data);
  return data as T;
}

function toApiError(status: number, data: unknown): ApiError {
  const error = (data as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : 'SPINE_ERR_HTTP';
  const message = typeof error?.message === 'string' ? error.message : `the server answered ${status}`;
  return new ApiError(status, code, message);
}

/** A readable message for any failure, for a `role="alert"` line. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

export const api = {
  async login(email: string, password: string): Promise<Session> {
    const session = await request<Session>('POST', '/api/login', { email, password });
    csrfToken = session.csrfToken;
    return session;
  },
  async session(): Promise<Session> {
    const session = await request<Session>('GET', '/api/session');
    csrfToken = session.csrfToken;
    return session;
  },
  async logout(): Promise<void> {
    await request('POST', '/api/logout');
    csrfToken = null;
  },
  packets: () => getOnce<{ packets: PacketSummary[] }>('/api/packets'),
  followUps: (within = 'P7D') =>
    request<{ now: string; until: string; items: FollowUp[] }>(
      'GET',
      `/api/follow-ups?within=${encodeURIComponent(within)}`,
    ),
  packet: (id: string) => request<PacketView>('GET', packetPath(id)),
  /** the same route for a role outside the team: the service answers the customer-safe view */
  customerPacket: (id: string) => getOnce<CustomerView>(packetPath(id)),
  transition: (id: string, to: string, reason?: string, toldBy?: string) =>
    request<PacketView>('POST', `/api/packets/${encodeURIComponent(id)}/transition`, {
      to,
      ...(reason ? { reason } : {}),
      ...(toldBy ? { toldBy } : {}),
    }),
  editDraft: (id: string, draft: DraftName, text: string) =>
    request<DraftView>('PUT', `/api/packets/${encodeURIComponent(id)}/drafts/${draft}`, { text }),
  draftHistory: (id: string, draft: DraftName) =>
    request<{ history: DraftRevision[] }>(
      'GET',
      `/api/packets/${encodeURIComponent(id)}/drafts/${draft}/history`,
    ),
  decideGate: (id: string, gateId: string, decision: 'approved' | 'rejected', comment: string) =>
    request<GateView>('POST', `/api/packets/${encodeURIComponent(id)}/gates/${encodeURIComponent(gateId)}`, {
      decision,
      ...(comment.trim() ? { comment } : {}),
    }),
  override: (id: string, field: 'severity' | 'routing', value: string, reason: string) =>
    request<PacketView>('POST', `/api/packets/${encodeURIComponent(id)}/override`, { field, value, reason }),
  owner: (id: string) =>
    request<{ owner: PacketOwner | null; candidates: OwnerCandidate[] }>(
      'GET',
      `/api/packets/${encodeURIComponent(id)}/owner`,
    ),
  assignOwner: (id: string, userId: string) =>
    request<{ owner: PacketOwner }>('PUT', `/api/packets/${encodeURIComponent(id)}/owner`, { userId }),
  markSent: (id: string) => request<PacketView>('POST', `/api/packets/${encodeURIComponent(id)}/mark-sent`),
  audit: (id: string) =>
    request<{ events: AuditRow[] }>('GET', `/api/packets/${encodeURIComponent(id)}/audit`),
  auditExportUrl: (id: string, format: 'json' | 'csv') =>
    `/api/packets/${encodeURIComponent(id)}/audit/export?format=${format}`,
  signals: (weeks: number) => request<SignalsAnswer>('GET', `/api/signals?weeks=${weeks}`),
  screenshotUrl: (id: string, sourceId: string) =>
    `/api/packets/${encodeURIComponent(id)}/sources/${encodeURIComponent(sourceId)}/image`,
};

const packetPath = (id: string) => `/api/packets/${encodeURIComponent(id)}`;

const prefetched = new Map<string, Promise<unknown>>();

/**
 * Starts the first screen's read before the session check ends, so a deep link or the queue costs
 * one round trip, not two. Unsigned, it fails with 401 and is asked again after signing in.
 */
export function prefetchFirstScreen(route: { view: string; id?: string }): void {
  const path =
    route.view === 'packet' && route.id
      ? packetPath(route.id)
      : route.view === 'queue'
        ? '/api/packets'
        : null;
  if (!path) return;
  const pending = request('GET', path);
  pending.catch(() => undefined);
  prefetched.set(path, pending);
}

/** A GET answered from a prefetch when one was started (used once), else a fresh request. */
function getOnce<T>(path: string): Promise<T> {
  const pending = prefetched.get(path) as Promise<T> | undefined;
  prefetched.delete(path);
  return pending ? pending.catch(() => request<T>('GET', path)) : request<T>('GET', path);
}

/** The packet, from a prefetch when one was started (used once), else a fresh request. */
export function loadPacket(id: string): Promise<PacketView> {
  return getOnce<PacketView>(packetPath(id));
}

/**
 * Uploads files and pasted text as multipart, reporting bytes sent (fetch cannot report upload
 * progress; XMLHttpRequest can). Resolves with the new packet's id.
 */
export function uploadPacket(
  form: FormData,
  onProgress: (sent: number, total: number) => void,
): Promise<{ id: string; version: number }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/packets');
    xhr.responseType = 'text';
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    });
    xhr.addEventListener('load', () => {
      let data: unknown = null;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        data = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as { id: string; version: number });
      else reject(toApiError(xhr.status, data));
    });
    xhr.addEventListener('error', () => reject(new Error('the upload could not reach the server')));
    xhr.send(form);
  });
}
