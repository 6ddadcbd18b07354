import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CustomerViewSchema } from '../../src/core/review/customer-view.js';
import { type ReviewRole, ROLES } from '../../src/core/review/roles.js';
import { DIALECTS } from '../helpers/dialects.js';
import { makeReviewPacket } from '../helpers/make-review-packet.js';
import { type ReviewApp, startReviewApp, uploadAndPrepare } from '../helpers/review-app.js';

// The expected matrix is written out here, independently of the implementation's grant table.
// `scope` is what an API token needs besides its user's role: read, review, tokens, admin or metrics.
const ALL = [...ROLES];
/** the reviewing team: a viewer reads only the customer-safe view and the queue */
const TEAM: ReviewRole[] = ['support', 'success', 'engineering_triage', 'account_owner', 'lead', 'admin'];
const CHANGERS: ReviewRole[] = ['support', 'success', 'lead', 'admin'];
const NO_USER = '00000000-0000-4000-8000-000000000000';
const NO_TOKEN = '00000000-0000-4000-8000-000000000001';
type Scope = 'read' | 'review' | 'tokens' | 'admin' | 'metrics';
const SCOPES = ['read', 'review', 'tokens', 'admin', 'metrics'] as const;
interface Entry {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  body?: unknown;
  allowed: ReviewRole[];
  scope: Scope;
}
const MATRIX: Entry[] = [
  { method: 'GET', url: '/api/packets', allowed: ALL, scope: 'read' },
  { method: 'POST', url: '/api/packets', body: {}, allowed: CHANGERS, scope: 'review' },
  { method: 'GET', url: '/api/packets/:id', allowed: ALL, scope: 'read' },
  { method: 'GET', url: '/api/packets/:id/markdown', allowed: TEAM, scope: 'read' },
  { method: 'POST', url: '/api/packets/:id/versions', body: {}, allowed: CHANGERS, scope: 'review' },
  {
    method: 'POST',
    url: '/api/packets/:id/transition',
    body: { to: 'resolved' },
    allowed: ['support', 'lead', 'admin'],
    scope: 'review',
  },
  { method: 'GET', url: '/api/packets/:id/owner', allowed: TEAM, scope: 'read' },
  {
    method: 'PUT',
    url: '/api/packets/:id/owner',
    body: { name: 'Night shift' },
    allowed: ['support', 'lead', 'admin'],
    scope: 'review',
  },
  {
    method: 'PUT',
    url: '/api/packets/:id/drafts/customerUpdate',
    body: { text: 'Hello' },
    allowed: ['support', 'success', 'account_owner', 'lead', 'admin'],
    scope: 'review',
  },
  { method: 'GET', url: '/api/packets/:id/drafts/customerUpdate/history', allowed: TEAM, scope: 'read' },
  {
    method: 'POST',
    url: '/api/packets/:id/override',
    body: { field: 'severity' },
    allowed: ['lead', 'admin'],
    scope: 'review',
  },
  // The policy (TEST_APPROVERS) lets only leads approve severity; admins always may.
  {
    method: 'POST',
    url: '/api/packets/:id/gates/G-severity',
    body: { decision: 'rejected' },
    allowed: ['lead', 'admin'],
    scope: 'review',
  },
  {
    method: 'POST',
    url: '/api/packets/:id/mark-sent',
    allowed: ['support', 'success', 'account_owner', 'lead', 'admin'],
    scope: 'review',
  },
  { method: 'GET', url: '/api/packets/:id/audit', allowed: TEAM, scope: 'read' },
  { method: 'GET', url: '/api/packets/:id/audit/export', allowed: ['lead', 'admin'], scope: 'read' },
  { method: 'GET', url: '/api/follow-ups', allowed: TEAM, scope: 'read' },
  { method: 'GET', url: '/api/audit', allowed: ['lead', 'admin'], scope: 'read' },
  { method: 'GET', url: '/api/users', allowed: ['admin'], scope: 'admin' },
  { method: 'POST', url: '/api/users', body: { email: 'x' }, allowed: ['admin'], scope: 'admin' },
  { method: 'POST', url: `/api/users/${NO_USER}/disable`, allowed: ['admin'], scope: 'admin' },
  { method: 'POST', url: `/api/users/${NO_USER}/enable`, allowed: ['admin'], scope: 'admin' },
  { method: 'POST', url: '/api/tokens', body: { name: '' }, allowed: ALL, scope: 'tokens' },
  { method: 'GET', url: '/api/tokens', allowed: ALL, scope: 'tokens' },
  { method: 'DELETE', url: `/api/tokens/${NO_TOKEN}`, allowed: ALL, scope: 'tokens' },
  { method: 'GET', url: '/api/me', allowed: ALL, scope: 'read' },
  { method: 'GET', url: '/api/packets/:id/diff?from=1&to=1', allowed: TEAM, scope: 'read' },
  // sha256 of the uploaded "hello"
  {
    method: 'GET',
    url: '/api/packets/:id/inputs/2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824',
    allowed: TEAM,
    scope: 'read',
  },
  { method: 'GET', url: '/api/packets/:id/sources/S1/image', allowed: TEAM, scope: 'read' },
  // Whoever receives a handoff rates it and any reviewer corrects a fact (the team; a viewer sees
  // only the customer-safe view); a change, so a review-scoped token.
  {
    method: 'POST',
    url: '/api/packets/:id/feedback',
    body: { kind: 'handoff', rating: 'had-to-ask', note: 'no customer id' },
    allowed: TEAM,
    scope: 'review',
  },
  { method: 'GET', url: '/api/packets/:id/feedback', allowed: TEAM, scope: 'read' },
  // An eval case holds the packet's input files as uploaded: leads and admins (like the audit export).
  { method: 'GET', url: '/api/packets/:id/export-case', allowed: ['lead', 'admin'], scope: 'read' },
  // Team-wide figures: the signals page for leads and admins, and Prometheus with a metrics token.
  { method: 'GET', url: '/api/signals?weeks=4', allowed: ['lead', 'admin'], scope: 'read' },
  { method: 'GET', url: '/metrics', allowed: ['lead', 'admin'], scope: 'metrics' },
];
// The page's session endpoint answers sessions only; a token gets 401 whatever its scopes.
const SESSION_ONLY: Entry = { method: 'GET', url: '/api/session', allowed: ALL, scope: 'read' };

describe.each(DIALECTS)('role × endpoint authorization on %s', (dialect) => {
  let svc: ReviewApp;
  let packetId: string;
  /** an admin's token per scope: the role allows everything, so only the scope decides */
  const tokens = new Map<Scope, string>();

  beforeAll(async () => {
    svc = await startReviewApp(dialect);
    packetId = await uploadAndPrepare(svc, [{ name: 'files', value: 'hello', filename: 'notes.md' }]);
    const admin = await svc.login('admin');
    for (const scope of SCOPES) {
      const minted = await svc.app.inject({
        method: 'POST',
        url: '/api/tokens',
        payload: { name: `only ${scope}`, scopes: [scope] },
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
      });
      tokens.set(scope, minted.json().token);
    }
  });
  afterAll(async () => svc.close());

  const request = (entry: Entry, headers: Record<string, string>) =>
    svc.app.inject({
      method: entry.method,
      url: entry.url.replace(':id', packetId),
      ...(entry.body === undefined ? {} : { payload: entry.body as object }),
      headers,
    });

  const cases = [...MATRIX, SESSION_ONLY].flatMap((entry) => ROLES.map((role) => [entry, role] as const));

  it.each(cases)('%o as %s', async (entry, role) => {
    const { cookie, csrf } = await svc.login(role);
    const response = await request(entry, { cookie, 'x-csrf-token': csrf });
    if (entry.allowed.includes(role)) {
      expect([401, 403], `${response.statusCode} ${response.body}`).not.toContain(response.statusCode);
      expect(response.statusCode).toBeLessThan(500);
    } else {
      expect(response.statusCode, response.body).toBe(403);
    }
  });

  const scoped = MATRIX.flatMap((entry) => SCOPES.map((scope) => [entry, scope] as const));

  it.each(scoped)('%o with a token scoped %s', async (entry, scope) => {
    const response = await request(entry, { authorization: `Bearer ${tokens.get(scope)}` });
    if (entry.scope === scope) {
      expect([401, 403], `${response.statusCode} ${response.body}`).not.toContain(response.statusCode);
      expect(response.statusCode).toBeLessThan(500);
    } else {
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json().error.code).toBe('SPINE_ERR_TOKEN_SCOPE');
    }
  });

  it.each([...MATRIX, SESSION_ONLY])('refuses %o without signing in', async (entry) => {
    const response = await request(entry, {});
    expect(response.statusCode).toBe(401);
  });
});

// A note only the team may read, in words written for this test.
const INTERNAL_NOTE = 'Internal only: the replica in rack 7 was restarted by hand, keep this out of replies.';
const PUBLIC_MESSAGE = 'Our exports have stopped arriving since Monday.';

const withInternalNote = async () => {
  const base = makeReviewPacket();
  return {
    packet: makeReviewPacket({
      evidence: [
        ...base.evidence,
        {
          id: 'S1:c2',
          source: 'S1',
          at: '2026-11-18T10:00:00.000Z',
          author: { name: 'Kai Engineer', role: 'engineering', side: 'internal' },
          visibility: 'internal',
          text: INTERNAL_NOTE,
        },
        {
          id: 'S1:c3',
          source: 'S1',
          at: '2026-11-18T11:00:00.000Z',
          author: { name: 'Dana Customer', role: 'customer', side: 'external' },
          visibility: 'public',
          text: PUBLIC_MESSAGE,
        },
      ],
    }),
    markdown: `# packet\n\n${INTERNAL_NOTE}`,
  };
};

describe.each(DIALECTS)('the customer-safe view for a role outside the team on %s', (dialect) => {
  let svc: ReviewApp;
  let packetId: string;

  beforeAll(async () => {
    svc = await startReviewApp(dialect, { prepare: withInternalNote });
    packetId = await uploadAndPrepare(svc, [{ name: 'files', value: 'hello', filename: 'notes.md' }]);
  });
  afterAll(async () => svc.close());

  const read = async (role: ReviewRole, url: string) =>
    svc.app.inject({ method: 'GET', url, headers: { cookie: (await svc.login(role)).cookie } });

  it('gives the team the internal note (so the fixture has one to leak)', async () => {
    const response = await read('lead', `/api/packets/${packetId}`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(INTERNAL_NOTE);
  });

  it('gives a viewer public evidence only, and only the fields of its schema', async () => {
    const response = await read('viewer', `/api/packets/${packetId}`);
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(INTERNAL_NOTE);
    expect(response.body).not.toContain('Kai Engineer');
    const view = response.json();
    expect(Object.keys(view).sort()).toEqual(Object.keys(CustomerViewSchema.shape).sort());
    expect(view.evidence.map((item: { id: string }) => item.id)).toEqual(['S1:c1', 'S1:c3']);
    expect(view.evidence[1].text).toBe(PUBLIC_MESSAGE);
  });

  it('gives a viewer queue rows without severity, headline or routing', async () => {
    const response = await read('viewer', '/api/packets');
    expect(response.statusCode).toBe(200);
    const [row] = response.json().packets;
    expect(Object.keys(row).sort()).toEqual(
      ['account', 'id', 'jobStatus', 'state', 'title', 'updatedAt', 'version'].sort(),
    );
  });

  it('tags the two views apart, so a cached team view is never revalidated for a viewer', async () => {
    const team = await read('lead', `/api/packets/${packetId}`);
    const viewer = await svc.app.inject({
      method: 'GET',
      url: `/api/packets/${packetId}`,
      headers: { cookie: (await svc.login('viewer')).cookie, 'if-none-match': String(team.headers.etag) },
    });
    expect(viewer.statusCode).toBe(200);
    expect(viewer.body).not.toContain(INTERNAL_NOTE);
  });
});
