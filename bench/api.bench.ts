/**
 * @module Review API benchmark against real `spine serve` processes on loopback.
 * Reads, on SQLite and on PostgreSQL: autocannon at a fixed 200 requests/s (target: p99 under 50 ms),
 * then unthrottled to show the ceiling. Creation: uploads of the example handoff, each with a screenshot of its own (real
 * OCR per job), prepared by 1 and by 2 `spine worker` processes on PostgreSQL (and in-process on
 * SQLite), as packets per second from upload to ready.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freshDatabase } from '../test/helpers/dialects.js';
import { renderTextPng } from '../test/helpers/render-text-image.js';
import { loginOverHttp, runSpine, type SpineProcess, startSpine } from '../test/helpers/spine-process.js';
import type { BenchRow } from './run.js';

const EXAMPLE = fileURLToPath(new URL('../examples/northwind-order-sync', import.meta.url));
const PASSWORD = 'correct horse battery staple';
const READ_SECONDS = 10;
const UPLOADS = 12;

interface Server {
  readonly base: string;
  readonly headers: Record<string, string>;
  readonly processes: SpineProcess[];
}

async function startServer(env: NodeJS.ProcessEnv, workers: number): Promise<Server> {
  const added = await runSpine(['users', 'add', '--email', 'bench@example.com', '--name', 'Bench'], {
    env,
    input: `${PASSWORD}\n`,
  });
  if (added.code !== 0) throw new Error(added.output);
  const serve = startSpine(['serve', '--port', '0'], env);
  const workerProcesses = Array.from({ length: workers }, () => startSpine(['worker'], env));
  const base = (await serve.waitFor(/spine serve: (http:\/\/\S+)/, 60_000))[1]!;
  for (const worker of workerProcesses) await worker.waitFor(/waiting for jobs/, 60_000);
  const { cookie, csrf } = await loginOverHttp(base, 'bench@example.com', PASSWORD);
  const created = await fetch(`${base}/api/tokens`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'bench' }),
  });
  const { token } = (await created.json()) as { token: string };
  return { base, headers: { authorization: `Bearer ${token}` }, processes: [serve, ...workerProcesses] };
}

/** The example handoff plus a screenshot of its own, so every upload pays for real OCR as new handoffs do. */
function exampleForm(n: number): FormData {
  const form = new FormData();
  form.append('title', `bench upload ${n}`);
  const shot = renderTextPng([
    `Order relay error ${n}: HTTP 502 from upstream (request ${randomUUID()})`,
    `Retry ${n} of 5 failed at ${new Date(Date.UTC(2026, 2, 10, 9, n)).toISOString()}`,
  ]);
  form.append('files', new Blob([Buffer.from(shot)]), `example/screenshot-${n}.png`);
  for (const entry of readdirSync(EXAMPLE, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    form.append('files', new Blob([readFileSync(path)]), `example/${relative(EXAMPLE, path)}`);
  }
  return form;
}

/** Uploads `count` copies of the example at once; resolves with the seconds until all are ready. */
async function createPackets(server: Server, count: number): Promise<{ seconds: number; ids: string[] }> {
  const started = performance.now();
  const ids = await Promise.all(
    Array.from({ length: count }, async (_, n) => {
      const response = await fetch(`${server.base}/api/packets`, {
        method: 'POST',
        headers: server.headers,
        body: exampleForm(n),
      });
      if (response.status !== 202)
        throw new Error(`upload ${n}: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { id: string }).id;
    }),
  );
  for (;;) {
    const list = (await (await fetch(`${server.base}/api/packets`, { headers: server.headers })).json()) as {
      packets: Array<{ id: string; jobStatus: string }>;
    };
    const mine = list.packets.filter((p) => ids.includes(p.id));
    if (mine.some((p) => p.jobStatus === 'failed')) throw new Error('a bench packet failed to prepare');
    if (mine.length === count && mine.every((p) => p.jobStatus === 'ready')) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { seconds: (performance.now() - started) / 1000, ids };
}

async function load(url: string, headers: Record<string, string>, overallRate?: number) {
  const result = await autocannon({
    url,
    headers,
    connections: 10,
    duration: READ_SECONDS,
    ...(overallRate ? { overallRate } : {}),
  });
  const bad = result.non2xx + result.errors;
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    note: `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.requests.average.toFixed(0)} req/s${bad ? `, ${bad} failed` : ''}`,
  };
}

/** The read rows on one store: SQLite in-process, or PostgreSQL with one worker preparing the uploads. */
async function readBench(dialect: 'sqlite' | 'postgres'): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'spine-bench-api-'));
  const database = dialect === 'postgres' ? await freshDatabase() : null;
  const env = database
    ? { DATABASE_URL: database.url, SPINE_RATE_LIMIT_PER_MINUTE: '10000000' }
    : { SPINE_DATA_DIR: dir, SPINE_RATE_LIMIT_PER_MINUTE: '10000000' };
  const server = await startServer(env, database ? 1 : 0);
  try {
    const { ids } = await createPackets(server, 20);
    const rows: BenchRow[] = [];
    for (const [name, path] of [
      ['GET /api/packets (queue of 20)', '/api/packets'],
      ['GET /api/packets/:id (full packet)', `/api/packets/${ids[0]}`],
    ] as const) {
      const paced = await load(`${server.base}${path}`, server.headers, 200);
      rows.push({ name: `${name} @200 req/s, ${dialect}`, ms: paced.p99, note: `p99; ${paced.note}` });
      const flat = await load(`${server.base}${path}`, server.headers);
      rows.push({ name: `${name} unthrottled, ${dialect}`, ms: flat.p99, note: `p99; ${flat.note}` });
    }
    return rows;
  } finally {
    await Promise.all(server.processes.map((p) => p.stop()));
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function creationBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const row = (name: string, seconds: number): BenchRow => ({
    name,
    ms: (seconds * 1000) / UPLOADS,
    note: `${(UPLOADS / seconds).toFixed(2)} packets/s (${UPLOADS} example uploads at once, upload to ready; ms = per packet)`,
  });

  const dir = await mkdtemp(join(tmpdir(), 'spine-bench-api-'));
  const embedded = await startServer({ SPINE_DATA_DIR: dir, SPINE_RATE_LIMIT_PER_MINUTE: '10000000' }, 0);
  try {
    await createPackets(embedded, 1); // warm the OCR cache and the pipeline's modules
    rows.push(row('create: sqlite, in-process', (await createPackets(embedded, UPLOADS)).seconds));
  } finally {
    await Promise.all(embedded.processes.map((p) => p.stop()));
    await rm(dir, { recursive: true, force: true });
  }

  for (const workers of [1, 2]) {
    const database = await freshDatabase();
    const server = await startServer(
      { DATABASE_URL: database.url, SPINE_RATE_LIMIT_PER_MINUTE: '10000000' },
      workers,
    );
    try {
      await createPackets(server, workers);
      rows.push(
        row(
          `create: postgres, ${workers} worker${workers > 1 ? 's' : ''}`,
          (await createPackets(server, UPLOADS)).seconds,
        ),
      );
    } finally {
      await Promise.all(server.processes.map((p) => p.stop()));
      await database.drop();
    }
  }
  return rows;
}

// SPINE_BENCH_API=reads runs only the read rows (both stores), which take a minute, not the uploads;
// reads-postgres only PostgreSQL's
export default async function run(): Promise<BenchRow[]> {
  if (process.env.SPINE_BENCH_API === 'reads-postgres') return readBench('postgres');
  const reads = [...(await readBench('sqlite')), ...(await readBench('postgres'))];
  return process.env.SPINE_BENCH_API === 'reads' ? reads : [...reads, ...(await creationBench())];
}
