/**
 * @module Start-up benchmark: whole `node bin/spine.js …` processes, as a user runs them, timed
 * in CPU seconds (user + system of every thread, read by the child itself at exit through
 * `cpu-at-exit.mjs`) and wall seconds; min / median / max over RUNS runs after one warm-up, with
 * the load average before and after. Uses the built dist/ (`npm run build` first), else says so.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain JavaScript next to the bin script, without types
import { builtIsFresh } from '../bin/fresh-build.js';
import type { BenchRow } from './run.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const EXAMPLE = join(root, 'examples/northwind-order-sync');

interface Sample {
  readonly cpu: number;
  readonly wall: number;
  readonly rssMb: number;
}

function runOnce(args: readonly string[], work: string): Sample {
  const out = join(work, `cpu-${process.hrtime.bigint()}.json`);
  const started = performance.now();
  execFileSync(process.execPath, ['--import', join(here, 'cpu-at-exit.mjs'), ...args], {
    cwd: root,
    env: { ...process.env, SPINE_BENCH_CPU_OUT: out },
    stdio: 'ignore',
  });
  const wall = (performance.now() - started) / 1000;
  const { cpu, maxRssKb } = JSON.parse(readFileSync(out, 'utf8')) as { cpu: number; maxRssKb: number };
  return { cpu, wall, rssMb: maxRssKb / 1024 };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const s = (x: number) => x.toFixed(2);

function measure(name: string, args: readonly string[], work: string): BenchRow {
  const load = loadavg()[0] ?? 0;
  runOnce(args, work);
  const samples = Array.from({ length: RUNS }, () => runOnce(args, work));
  const cpu = samples.map((x) => x.cpu);
  const wall = samples.map((x) => x.wall);
  return {
    name,
    ms: median(cpu) * 1000,
    peakRssMb: median(samples.map((x) => x.rssMb)),
    note:
      `CPU s min/median/max ${s(Math.min(...cpu))}/${s(median(cpu))}/${s(Math.max(...cpu))}; ` +
      `wall median ${s(median(wall))} s; load ${load.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}; ${RUNS} runs`,
  };
}

export default async function run(): Promise<BenchRow[]> {
  if (!builtIsFresh(root)) throw new Error('dist/ is missing or older than src/: run `npm run build` first');
  const work = mkdtempSync(join(tmpdir(), 'spine-startup-'));
  try {
    const textOnly = join(work, 'text-only');
    cpSync(EXAMPLE, textOnly, { recursive: true, filter: (path) => !/\.(?:png|jpe?g|webp)$/i.test(path) });
    const spine = join(root, 'bin/spine.js');
    return [
      measure('node -e 0 (the floor)', ['-e', '0'], work),
      measure('spine --help', [spine, '--help'], work),
      measure(
        'spine prepare, example text only',
        [spine, 'prepare', textOnly, '--out', join(work, 'a')],
        work,
      ),
      measure(
        'spine prepare, example + its screenshot, OCR cache off',
        [spine, 'prepare', EXAMPLE, '--no-ocr-cache', '--out', join(work, 'b')],
        work,
      ),
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
