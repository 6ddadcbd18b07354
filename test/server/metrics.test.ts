import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrepareUpload } from '../../src/app/review/prepare-job.js';
import { DIALECTS } from '../helpers/dialects.js';
import { parsePrometheus, type Scrape } from '../helpers/parse-prometheus.js';
import { fixedPrepare, multipart, type ReviewApp, startReviewApp } from '../helpers/review-app.js';

/** Holds every prepare job until released, so a scrape can see the queue with work in it. */
function heldPrepare() {
  let release: () => void = () => undefined;
  let gate: Promise<void> = Promise.resolve();
  const prepare: PrepareUpload = async (files, options) => {
    await gate;
    return fixedPrepare(files, options);
  };
  return {
    prepare,
    hold() {
      gate = new Promise((resolve) => {
        release = resolve;
      });
    },
    release: () => release(),
  };
}

describe.each(DIALECTS)('GET /metrics on %s', (dialect) => {
  const held = heldPrepare();
  let svc: ReviewApp;
  let other: ReviewApp | undefined;
  let metricsToken: string;
  let first: string;

  async function scrape(app = svc): Promise<Scrape> {
    const response = await app.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${metricsToken}` },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    return parsePrometheus(response.body);
  }

  async function upload(name: string): Promise<string> {
    const body = multipart([{ name: 'files', value: `notes for ${name}`, filename: `${name}.md` }]);
    const response = await svc.app.inject({
      method: 'POST',
      url: '/api/packets',
      payload: body.payload,
      headers: { ...body.headers, ...(await svc.headersAs('support')) },
    });
    expect(response.statusCode, response.body).toBe(202);
    return response.json().id as string;
  }

  async function call(role: 'support' | 'lead', method: 'POST' | 'PUT', url: string, payload?: object) {
    const response = await svc.app.inject({
      method,
      url,
      ...(payload ? { payload } : {}),
      headers: await svc.headersAs(role),
    });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response;
  }

  async function mintToken(role: 'support' | 'admin', scopes: string[]): Promise<string> {
    const response = await svc.app.inject({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: `${role} ${scopes.join(' ')}`, scopes },
      headers: await svc.headersAs(role),
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().token as string;
  }

  beforeAll(async () => {
    svc = await startReviewApp(dialect, { prepare: held.prepare, storePrefix: 'metrics_' });
    metricsToken = await mintToken('admin', ['metrics']);
  });
  afterAll(async () => {
    held.release();
    await other?.close();
    await svc?.close();
  });

  it('names every family with HELP and TYPE and starts from zero on an empty store', async () => {
    const before = await scrape();
    expect(before.families.get('spine_packets_prepared_total')?.type).toBe('counter');
    expect(before.families.get('spine_prepare_duration_seconds')?.type).toBe('histogram');
    expect(before.families.get('spine_upload_to_review_ready_seconds')?.type).toBe('histogram');
    expect(before.families.get('spine_upload_to_first_customer_update_seconds')?.type).toBe('histogram');
    expect(before.families.get('spine_prepare_queue_jobs')?.type).toBe('gauge');
    expect(before.families.get('spine_follow_ups_overdue')?.type).toBe('gauge');
    expect(before.value('spine_packets_prepared_total')).toBe(0);
    expect(before.value('spine_prepare_duration_seconds_count')).toBe(0);
    expect(before.value('spine_prepare_duration_seconds_bucket', { le: '+Inf' })).toBe(0);
    expect(before.value('spine_overrides_total', { field: 'severity', direction: 'up' })).toBe(0);
    expect(before.value('spine_gate_rejections_total', { kind: 'severity' })).toBe(0);
    // No rating yet: zero, not an error.
    expect(before.value('spine_handoff_ratings_total', { rating: 'knew-first-move' })).toBe(0);
  });

  it('shows jobs running and queued while the queue works, and prepared packets after', async () => {
    held.hold();
    first = await upload('first');
    await upload('second');
    // The embedded queue runs one job at a time: the first is picked up, the second waits.
    let busy = await scrape();
    for (let i = 0; i < 100 && busy.value('spine_prepare_queue_jobs', { status: 'running' }) !== 1; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      busy = await scrape();
    }
    expect(busy.value('spine_prepare_queue_jobs', { status: 'running' })).toBe(1);
    expect(busy.value('spine_prepare_queue_jobs', { status: 'queued' })).toBe(1);
    expect(busy.value('spine_packets', { state: 'prepared' })).toBe(2);
    expect(busy.value('spine_packets_prepared_total')).toBe(0);

    held.release();
    await svc.queue.idle();
    const after = await scrape();
    expect(after.value('spine_prepare_queue_jobs', { status: 'running' })).toBe(0);
    expect(after.value('spine_prepare_queue_jobs', { status: 'queued' })).toBe(0);
    expect(after.value('spine_packets_prepared_total')).toBe(2);
    expect(after.value('spine_prepare_jobs_total', { outcome: 'done' })).toBe(2);
    expect(after.value('spine_prepare_jobs_total', { outcome: 'failed' })).toBe(0);
    expect(after.value('spine_prepare_duration_seconds_count')).toBe(2);
    // Both jobs took well under ten minutes and more than nothing.
    expect(after.value('spine_prepare_duration_seconds_bucket', { le: '600' })).toBe(2);
    expect(after.value('spine_prepare_duration_seconds_sum')).toBeGreaterThan(0);
    expect(after.value('spine_upload_to_review_ready_seconds_count')).toBe(2);
    expect(after.value('spine_upload_to_first_customer_update_seconds_count')).toBe(0);
    // The test packet's asOf is in the past: both its next updates are already overdue.
    expect(after.value('spine_follow_ups_overdue', { kind: 'internal' })).toBe(2);
    expect(after.value('spine_follow_ups_overdue', { kind: 'customer' })).toBe(2);
  });

  it('counts overrides by field and direction', async () => {
    const url = `/api/packets/${first}/override`;
    await call('lead', 'POST', url, { field: 'severity', value: 'Critical', reason: 'every tenant' });
    const up = await scrape();
    expect(up.value('spine_overrides_total', { field: 'severity', direction: 'up' })).toBe(1);
    expect(up.value('spine_overrides_total', { field: 'severity', direction: 'down' })).toBe(0);

    await call('lead', 'POST', url, { field: 'severity', value: 'Medium', reason: 'one tenant after all' });
    await call('lead', 'POST', url, { field: 'routing', value: 'Product', reason: 'a feature gap' });
    const both = await scrape();
    expect(both.value('spine_overrides_total', { field: 'severity', direction: 'up' })).toBe(1);
    expect(both.value('spine_overrides_total', { field: 'severity', direction: 'down' })).toBe(1);
    expect(both.value('spine_overrides_total', { field: 'routing', direction: 'changed' })).toBe(1);
  });

  it('counts gate rejections by the gate’s kind', async () => {
    await call('lead', 'POST', `/api/packets/${first}/gates/G-severity`, {
      decision: 'rejected',
      comment: 'not yet',
    });
    const rejected = await scrape();
    expect(rejected.value('spine_gate_rejections_total', { kind: 'severity' })).toBe(1);
    // Kinds the policy names are there from the start, at zero until rejected.
    expect(rejected.value('spine_gate_rejections_total', { kind: 'eta' })).toBe(0);
  });

  it('records the first customer update and restarts its follow-up clock when marked sent', async () => {
    const base = `/api/packets/${first}`;
    await call('support', 'PUT', `${base}/drafts/customerUpdate`, {
      text: 'We are on it; next update at 16:00 UTC.',
    });
    for (const gate of ['G-eta', 'G-send', 'G-severity']) {
      await call('lead', 'POST', `${base}/gates/${gate}`, { decision: 'approved' });
    }
    await call('lead', 'POST', `${base}/transition`, { to: 'in_review' });
    await call('lead', 'POST', `${base}/transition`, { to: 'approved' });
    await call('support', 'POST', `${base}/mark-sent`);

    const sent = await scrape();
    expect(sent.value('spine_upload_to_first_customer_update_seconds_count')).toBe(1);
    expect(sent.value('spine_upload_to_first_customer_update_seconds_bucket', { le: '+Inf' })).toBe(1);
    expect(sent.value('spine_packets', { state: 'sent' })).toBe(1);
    expect(sent.value('spine_packets', { state: 'prepared' })).toBe(1);
    // The sent packet's customer update is next due a cadence from now; the other one is still late.
    expect(sent.value('spine_follow_ups_overdue', { kind: 'customer' })).toBe(1);
  });

  it('prints the same figures from a second instance on the same store', async () => {
    other = await startReviewApp(dialect, { shareWith: svc });
    const [a, b] = [await scrape(), await scrape(other)];
    expect(b.samples.size).toBeGreaterThan(20);
    expect(Object.fromEntries(b.samples)).toEqual(Object.fromEntries(a.samples));
    expect(b.value('spine_packets_prepared_total')).toBe(2);
  });

  it('gives the same week’s figures to the signals page, from the same store', async () => {
    const response = await svc.app.inject({
      method: 'GET',
      url: '/api/signals?weeks=2',
      headers: await svc.headersAs('lead'),
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.timeZone).toBe('UTC');
    expect(body.ratingsAvailable).toBe(true);
    expect(body.weeks).toHaveLength(2);
    const [week] = body.weeks;
    expect(week).toMatchObject({
      packetsUploaded: 2,
      packetsPrepared: 2,
      severityOverrides: { packets: 1, rate: 0.5, up: 1, down: 1 },
      routingOverrides: { packets: 1, rate: 0.5 },
      gatesRejected: 1,
      handoffRatings: { knewFirstMove: 0, hadToAsk: 0, knewFirstMoveShare: null },
    });
    expect(week.uploadToReviewReady.count).toBe(2);
    expect(week.uploadToReviewReady.medianSeconds).toBeGreaterThan(0);
    expect(week.uploadToFirstUpdate.count).toBe(1);
    const scraped = await scrape();
    expect(week.followUpsMissed).toBe(
      scraped.value('spine_follow_ups_overdue', { kind: 'internal' }) +
        scraped.value('spine_follow_ups_overdue', { kind: 'customer' }),
    );
    expect(body.weeks[1].packetsUploaded).toBe(0);
  });

  it.each(['0', '53', 'many'])('refuses weeks=%s', async (weeks) => {
    const response = await svc.app.inject({
      method: 'GET',
      url: `/api/signals?weeks=${weeks}`,
      headers: await svc.headersAs('lead'),
    });
    expect(response.statusCode).toBe(400);
  });

  it('counts handoff ratings given through the feedback API', async () => {
    const rate = async (role: 'support' | 'lead' | 'admin', body: Record<string, unknown>) => {
      const response = await svc.app.inject({
        method: 'POST',
        url: `/api/packets/${first}/feedback`,
        headers: await svc.headersAs(role),
        payload: body,
      });
      expect(response.statusCode, response.body).toBe(201);
    };
    await rate('support', { kind: 'handoff', rating: 'knew-first-move' });
    await rate('lead', { kind: 'handoff', rating: 'knew-first-move' });
    await rate('admin', { kind: 'handoff', rating: 'had-to-ask', note: 'which connector version' });
    await rate('lead', { kind: 'fact', field: 'facts.account', value: 'Another account' });
    // A second instance on the same store reads the same ratings.
    const fresh = await startReviewApp(dialect, { shareWith: svc });
    try {
      const rated = await scrape(fresh);
      expect(rated.value('spine_handoff_ratings_total', { rating: 'knew-first-move' })).toBe(2);
      expect(rated.value('spine_handoff_ratings_total', { rating: 'had-to-ask' })).toBe(1);
      const { cookie } = await fresh.login('lead');
      const signals = await fresh.app.inject({
        method: 'GET',
        url: '/api/signals?weeks=1',
        headers: { cookie },
      });
      expect(signals.json().ratingsAvailable).toBe(true);
      expect(signals.json().weeks[0].handoffRatings).toEqual({
        knewFirstMove: 2,
        hadToAsk: 1,
        knewFirstMoveShare: 2 / 3,
      });
    } finally {
      await fresh.close();
    }
  });

  describe('who may scrape', () => {
    const get = (headers: Record<string, string>) =>
      svc.app.inject({ method: 'GET', url: '/metrics', headers });

    it('refuses anyone not signed in', async () => {
      expect((await get({})).statusCode).toBe(401);
    });

    it('refuses a support agent, even with a metrics token', async () => {
      const { cookie } = await svc.login('support');
      expect((await get({ cookie })).statusCode).toBe(403);
      const token = await mintToken('support', ['metrics']);
      expect((await get({ authorization: `Bearer ${token}` })).statusCode).toBe(403);
    });

    it('refuses an admin token without the metrics scope', async () => {
      const token = await mintToken('admin', ['read', 'review']);
      const response = await get({ authorization: `Bearer ${token}` });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('SPINE_ERR_TOKEN_SCOPE');
    });

    it('answers a signed-in lead', async () => {
      const { cookie } = await svc.login('lead');
      const response = await get({ cookie });
      expect(response.statusCode).toBe(200);
      expect(parsePrometheus(response.body).value('spine_packets_prepared_total')).toBe(2);
    });
  });
});
