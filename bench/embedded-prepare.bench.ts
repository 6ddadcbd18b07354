/**
 * @module Reads during a big prepare on the embedded store: a real `spine serve` on SQLite prepares a
 * 20,000-message Slack export while a client reads the queue and a small packet, one request every
 * 20 ms, until the export is ready. Reported: read p50 / p99 / max, with prepare in worker threads
 * (the default) and on the event loop (SPINE_PREPARE_IN_THREAD=false), beside the same reads with
 * nothing being prepared, which says what the (shared) machine gives at the time. Goal: p99 under 100 ms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loginOverHttp, runSpine, startSpine } from '../test/helpers/spine-process.js';
import { writeSlackExport } from './generate-handoffs.js';
import type { BenchRow } from './run.js';

const PASSWORD = 'correct horse battery staple';
const MESSAGES = 20_000;
const READ_EVERY_MS = 20;
const BASELINE_MS = 15_000;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function measure(inThread: boolean, exportDir: string, baseline = false): Promise<BenchRow> {
  const dataDir = await mkdtemp(join(tmpdir(), 'spine-bench-embedded-'));
  const env = {
    DATABASE_URL: '',
    SPINE_PREPARE_IN_THREAD: String(inThread),
    SPINE_RATE_LIMIT_PER_MINUTE: '1000000',
  };
  const added = await runSpine(
    ['users', 'add', '--email', 'bench@example.com', '--name', 'Bench', '--data-dir', dataDir],
    {
      env,
      input: `${PASSWORD}\n`,
    },
  );
  if (added.code !== 0) throw new Error(added.output);
  const serve = startSpine(['serve', '--port', '0', '--data-dir', dataDir], env);
  try {
    const base = (await serve.waitFor(/spine serve: (http:\/\/\S+)/, 60_000))[1]!;
    const { cookie, csrf } = await loginOverHttp(base, 'bench@example.com', PASSWORD);
    const headers = { cookie, 'x-csrf-token': csrf };
    const upload = async (form: FormData) => {
      const response = await fetch(`${base}/api/packets`, { method: 'POST', headers, body: form });
      if (response.status !== 202) throw new Error(`upload: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { id: string }).id;
    };
    const status = async (id: string) =>
      ((await (await fetch(`${base}/api/packets/${id}`, { headers })).json()) as { jobStatus: string })
        .jobStatus;

    const small = new FormData();
    small.append(
      'text',
      'Dana Reyes  9:14 AM\nCheckout fails with error E_PAY_502 since this morning for 40 users.',
    );
    const smallId = await upload(small);
    while ((await status(smallId)) === 'preparing') await new Promise((resolve) => setTimeout(resolve, 100));

    const big = new FormData();
    for (const entry of readdirSync(exportDir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      big.append('files', new Blob([readFileSync(path)]), `slack-export/${relative(exportDir, path)}`);
    }
    if (baseline) {
      // The same reads with nothing being prepared: what this machine gives right now.
      const latencies: number[] = [];
      const until = performance.now() + BASELINE_MS;
      for (let n = 0; performance.now() < until; n++) {
        const t0 = performance.now();
        const response = await fetch(n % 2 === 0 ? `${base}/api/packets` : `${base}/api/packets/${smallId}`, {
          headers,
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        await new Promise((resolve) => setTimeout(resolve, READ_EVERY_MS));
      }
      const sorted = latencies.sort((a, b) => a - b);
      return {
        name: 'the same reads with nothing being prepared (this machine, now)',
        ms: percentile(sorted, 99),
        note: `${sorted.length} reads over ${BASELINE_MS / 1000} s: p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms`,
      };
    }
    const started = performance.now();
    const bigId = await upload(big);
    const latencies: number[] = [];
    let ready = false;
    let n = 0;
    while (!ready) {
      const url = n++ % 2 === 0 ? `${base}/api/packets` : `${base}/api/packets/${smallId}`;
      const t0 = performance.now();
      const response = await fetch(url, { headers });
      await response.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (process.env.BENCH_TRACE && performance.now() - t0 > 80)
        process.stderr.write(
          `slow read ${(performance.now() - t0).toFixed(0)} ms at ${((t0 - started) / 1000).toFixed(1)} s\n`,
        );
      if (n % 25 === 0) {
        const list = (await (await fetch(`${base}/api/packets`, { headers })).json()) as {
          packets: Array<{ id: string; jobStatus: string }>;
        };
        const state = list.packets.find((p) => p.id === bigId)?.jobStatus;
        if (state === 'failed') throw new Error('the export failed to prepare');
        ready = state === 'ready';
      }
      await new Promise((resolve) => setTimeout(resolve, READ_EVERY_MS));
    }
    const seconds = (performance.now() - started) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    const p99 = percentile(sorted, 99);
    return {
      name: `reads during a ${MESSAGES.toLocaleString('en-US')}-message prepare, ${inThread ? 'prepare in a worker thread' : 'prepare on the event loop'}`,
      ms: p99,
      note: `${latencies.length} reads over ${seconds.toFixed(1)} s: p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms`,
    };
  } finally {
    await serve.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export default async function run(): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'spine-bench-export-'));
  try {
    writeSlackExport(join(dir, 'slack'), MESSAGES);
    const modes = process.env.BENCH_MODES === 'thread' ? [true] : [true, false];
    const rows: BenchRow[] = [await measure(true, join(dir, 'slack'), true)];
    for (const inThread of modes) rows.push(await measure(inThread, join(dir, 'slack')));
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
