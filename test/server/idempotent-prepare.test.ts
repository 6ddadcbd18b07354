/**
 * A prepare job that runs twice for one packet version — a retry after a lock was freed, or a second
 * worker racing the first — must leave the reviewers' work alone: overrides, draft edits, gate
 * decisions, due times, and the single "prepared" audit entry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrepareUpload } from '../../src/app/review/prepare-job.js';
import { runPrepareJob } from '../../src/app/review/prepare-job.js';
import { DIALECTS } from '../helpers/dialects.js';
import { makeReviewPacket } from '../helpers/make-review-packet.js';
import { multipart, type ReviewApp, startReviewApp } from '../helpers/review-app.js';

/** A prepare whose runs wait until the test lets each one finish, in the order it chooses. */
function gatedPrepare() {
  const waiting: Array<() => void> = [];
  let runs = 0;
  const prepare: PrepareUpload = async () => {
    runs++;
    await new Promise<void>((resolve) => waiting.push(resolve));
    return { packet: makeReviewPacket({ asOf: '2026-11-19T15:30:00.000Z' }), markdown: '# packet' };
  };
  return {
    prepare,
    runs: () => runs,
    /** lets every run still waiting finish, so a failed test cannot leave a job holding the queue open */
    releaseAll(): void {
      for (const resolve of waiting.splice(0)) resolve();
    },
    async release(): Promise<void> {
      while (waiting.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      waiting.shift()?.();
    },
  };
}

describe.each(DIALECTS)('a prepare job run twice on %s', (dialect) => {
  let svc: ReviewApp;
  const gate = gatedPrepare();
  let clock = new Date('2026-11-19T16:00:00.000Z');
  const now = () => clock;

  beforeAll(async () => {
    svc = await startReviewApp(dialect, { prepare: gate.prepare });
  });
  afterAll(async () => {
    gate.releaseAll();
    await svc.close();
  });

  async function upload(): Promise<string> {
    const body = multipart([{ name: 'text', value: 'Dana  9:40 AM\nsync is broken again' }]);
    const response = await svc.app.inject({
      method: 'POST',
      url: '/api/packets',
      payload: body.payload,
      headers: { ...body.headers, ...(await svc.headersAs('support')) },
    });
    expect(response.statusCode).toBe(202);
    return response.json().id as string;
  }

  /** A reviewer's work on the prepared packet: severity up, the update edited, one gate approved. */
  async function review(id: string): Promise<void> {
    const lead = await svc.headersAs('lead');
    const calls = [
      {
        method: 'POST' as const,
        url: `/api/packets/${id}/override`,
        payload: { field: 'severity', value: 'Critical', reason: 'the whole tenant is down' },
      },
      {
        method: 'PUT' as const,
        url: `/api/packets/${id}/drafts/customerUpdate`,
        payload: { text: 'Edited by a person.' },
      },
      { method: 'POST' as const, url: `/api/packets/${id}/gates/G-eta`, payload: { decision: 'approved' } },
    ];
    for (const call of calls) {
      const response = await svc.app.inject({ ...call, headers: lead });
      expect(response.statusCode, response.body).toBe(200);
    }
  }

  /** How many times the packet's audit log says it was prepared, as a lead reads it. */
  async function preparedEntries(id: string): Promise<number> {
    const audit = (
      await svc.app.inject({
        method: 'GET',
        url: `/api/packets/${id}/audit`,
        headers: await svc.headersAs('lead'),
      })
    ).json();
    const events = (Array.isArray(audit) ? audit : (audit.events ?? [])) as Array<{ name: string }>;
    return events.filter((e) => e.name === 'packet.prepared').length;
  }

  async function snapshot(id: string) {
    const view = (
      await svc.app.inject({ method: 'GET', url: `/api/packets/${id}`, headers: await svc.headersAs('lead') })
    ).json();
    return {
      severity: view.severity,
      update: view.drafts.customerUpdate.text,
      eta: view.gates.find((g: { id: string }) => g.id === 'G-eta')?.state,
      internalDue: view.nextInternalDue,
      customerDue: view.nextCustomerDue,
      prepared: await preparedEntries(id),
    };
  }

  it('a second run after the version is done changes nothing and does not prepare again', async () => {
    const id = await upload();
    await gate.release();
    await svc.queue.idle();
    await review(id);
    const before = await snapshot(id);
    expect(before).toMatchObject({
      severity: 'Critical',
      update: 'Edited by a person.',
      eta: 'approved',
      prepared: 1,
    });

    const runsBefore = gate.runs();
    clock = new Date('2026-11-20T09:00:00.000Z');
    const rerun = runPrepareJob(svc.db, { packetId: id, version: 1 }, gate.prepare, now);
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (gate.runs() > runsBefore) await gate.release();
    await rerun;
    expect(gate.runs()).toBe(runsBefore);
    expect(await snapshot(id)).toEqual(before);
  }, 20_000);

  it('of two runs racing on one version, the later finisher records nothing', async () => {
    clock = new Date('2026-11-19T16:00:00.000Z');
    const started = gate.runs();
    const id = await upload();
    // The queue's run and a second worker's run both start before either finishes.
    const second = runPrepareJob(svc.db, { packetId: id, version: 1 }, gate.prepare, now);
    while (gate.runs() < started + 2) await new Promise((resolve) => setTimeout(resolve, 5));
    // whichever run reached the pipeline first finishes first (on a busy machine the queue's worker
    // may start after the second run); wait for its packet, not for the queue, which the other holds
    await gate.release();
    while ((await preparedEntries(id)) < 1) await new Promise((resolve) => setTimeout(resolve, 20));
    await review(id);
    const before = await snapshot(id);
    expect(before).toMatchObject({ severity: 'Critical', eta: 'approved', prepared: 1 });

    clock = new Date('2026-11-20T09:00:00.000Z');
    await gate.release(); // then the other
    await second;
    await svc.queue.idle();
    expect(await snapshot(id)).toEqual(before);
    // generous: the queue's worker may be slow to pick the job up on a busy machine
  }, 60_000);
});
