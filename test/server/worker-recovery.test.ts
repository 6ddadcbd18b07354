/**
 * Real `spine worker` processes on PostgreSQL, stopped in the middle of a prepare: SIGTERM finishes
 * or releases the job, kill -9 hands it to another worker within a minute, and a version left
 * `running` by a dead process is queued again when a server starts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSlackExport } from '../../bench/generate-handoffs.js';
import { GraphileQueue } from '../../src/adapters/queue/graphile-queue.js';
import { createDb } from '../../src/adapters/storage/create-db.js';
import type { UploadedFile } from '../../src/adapters/storage/packets.js';
import { freshDatabase } from '../helpers/dialects.js';
import { runSpine, type SpineProcess, startSpine } from '../helpers/spine-process.js';
import { storePacket } from '../helpers/store-packet.js';
import { tempDirFactory } from '../helpers/temp-dir.js';

const tempDir = tempDirFactory('spine-recovery-');
const processes: SpineProcess[] = [];
const cleanups: Array<() => Promise<void>> = [];
let env: NodeJS.ProcessEnv;
let url: string;
let slackFiles: UploadedFile[];

function filesUnder(root: string): UploadedFile[] {
  const out: UploadedFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push({ name: relative(root, path), bytes: new Uint8Array(readFileSync(path)) });
    }
  };
  walk(root);
  return out;
}

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Stores a slow upload (a 20,000-message Slack export) as a queued version and queues its job. */
async function queueSlowPacket(title: string): Promise<string> {
  const db = createDb({ kind: 'postgres', url, poolSize: 1 });
  try {
    const { id } = await storePacket(
      db,
      { title, files: slackFiles, actor: 'test' },
      new Date().toISOString(),
    );
    const queue = await GraphileQueue.open({ connectionString: url });
    await queue.enqueue({ packetId: id, version: 1 });
    await queue.close();
    return id;
  } finally {
    await db.destroy();
  }
}

async function versionStatus(id: string): Promise<string | undefined> {
  const rows = await query<{ status: string }>(
    'select status from packet_versions where packet_id = $1 and version = 1',
    [id],
  );
  return rows[0]?.status;
}

async function preparedEntries(id: string): Promise<number> {
  const rows = await query<{ n: number }>(
    "select count(*)::int as n from audit_log where packet_id = $1 and name = 'packet.prepared'",
    [id],
  );
  return rows[0]?.n ?? 0;
}

async function lockedJobs(): Promise<number> {
  const rows = await query<{ n: number }>(
    'select count(*)::int as n from graphile_worker.jobs where locked_by is not null',
  );
  return rows[0]?.n ?? 0;
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`not within ${timeoutMs} ms`);
}

beforeAll(async () => {
  const database = await freshDatabase();
  cleanups.push(database.drop);
  url = database.url;
  env = { DATABASE_URL: url };
  const migrated = await runSpine(['migrate'], { env });
  expect(migrated.code, migrated.output).toBe(0);
  const dir = tempDir();
  writeSlackExport(join(dir, 'slack'), 20_000);
  slackFiles = filesUnder(dir);
}, 120_000);

afterAll(async () => {
  await Promise.all(processes.map((p) => p.stop()));
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function startWorker(): SpineProcess {
  const worker = startSpine(['worker'], env);
  processes.push(worker);
  return worker;
}

describe('spine worker stopped mid-job on PostgreSQL', () => {
  it('on SIGTERM finishes or releases its job: it is prepared once and no lock is left', async () => {
    const first = startWorker();
    await first.waitFor(/waiting for jobs/, 60_000);
    const id = await queueSlowPacket('sigterm');
    await first.waitFor(new RegExp(`preparing ${id} v1`), 60_000);
    // the worker says it is preparing just before it marks the version running
    await waitUntil(async () => (await versionStatus(id)) === 'running', 30_000);
    first.child.kill('SIGTERM');
    await new Promise((resolve) => first.child.once('exit', resolve));

    // Whatever the stopping worker did, nothing may stay locked, and a new worker sees it through.
    expect(await lockedJobs()).toBe(0);
    const second = startWorker();
    await waitUntil(async () => (await versionStatus(id)) === 'done', 90_000);
    expect(await preparedEntries(id)).toBe(1);
    await second.stop();
  }, 200_000);

  it('after kill -9, another worker takes the job within a minute', async () => {
    const [doomed, other] = [startWorker(), startWorker()];
    await doomed.waitFor(/waiting for jobs/, 60_000);
    await other.waitFor(/waiting for jobs/, 60_000);
    const id = await queueSlowPacket('kill -9');
    const pattern = new RegExp(`preparing ${id} v1`);
    await waitUntil(async () => pattern.test(doomed.output()) || pattern.test(other.output()), 60_000);
    const [victim, survivor] = pattern.test(doomed.output()) ? [doomed, other] : [other, doomed];
    victim.child.kill('SIGKILL');
    const taken = await waitUntil(async () => pattern.test(survivor.output()), 60_000);
    expect(taken).toBeLessThan(60_000);
    console.info(`kill -9: the job was taken by another worker ${taken} ms after the kill`);
    await waitUntil(async () => (await versionStatus(id)) === 'done', 90_000);
    expect(await preparedEntries(id)).toBe(1);
  }, 300_000);

  it('a version a dead process left running is queued again when a server starts', async () => {
    // What a worker killed mid-job leaves once its job has run out of attempts: the version
    // running, and no job a worker would take.
    const worker = startWorker();
    await worker.waitFor(/waiting for jobs/, 60_000);
    const db = createDb({ kind: 'postgres', url, poolSize: 1 });
    const text = 'Dana Reyes  9:14 AM\nCheckout fails with error E_PAY_502 since this morning for 40 users.';
    const { id } = await storePacket(
      db,
      {
        title: 'left running',
        files: [{ name: 'pasted.txt', bytes: new TextEncoder().encode(text) }],
        actor: 'a',
      },
      new Date().toISOString(),
    );
    await db.updateTable('packet_versions').set({ status: 'running' }).where('packet_id', '=', id).execute();
    await db.destroy();

    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await versionStatus(id)).toBe('running');
    const server = startSpine(['serve', '--port', '0'], env);
    processes.push(server);
    await server.waitFor(/spine serve: http/, 60_000);
    await waitUntil(async () => (await versionStatus(id)) === 'done', 60_000);
    expect(await preparedEntries(id)).toBe(1);
  }, 200_000);
});
