/**
 * @module Big-handoff benchmark: Slack exports of 500 / 5,000 / 20,000 messages → `prepare()`, in
 * process, after start-up: intake CPU, the first prepare (what a one-shot `spine prepare` runs) and
 * warm prepares (min/median/max), each size in a fresh process (bench/big-handoff-case.ts). The
 * growth row says whether the work after start-up is linear in the number of messages.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSlackExport } from './generate-handoffs.js';
import type { BenchRow } from './run.js';

const here = dirname(fileURLToPath(import.meta.url));
const SIZES = [500, 5_000, 20_000] as const;

interface CaseResult {
  readonly evidence: number;
  readonly intakeCpuMs: number;
  readonly coldMs: number;
  readonly coldCpuMs: number;
  readonly warmMs: number;
  readonly warmCpuMs: number;
  readonly warmMinMs: number;
  readonly warmMaxMs: number;
}

function runCase(path: string): CaseResult {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(here, 'big-handoff-case.ts'), path, '--runs', '3'],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as CaseResult;
}

export default async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'spine-bench-big-'));
  try {
    const rows: BenchRow[] = [];
    const bySize = new Map<number, CaseResult>();
    for (const messages of SIZES) {
      const path = join(dir, `slack-${messages}`);
      writeSlackExport(path, messages);
      const result = runCase(path);
      bySize.set(messages, result);
      rows.push({
        name: `prepare, ${messages.toLocaleString('en-US')} messages (warm)`,
        ms: result.warmMs,
        note: `CPU ${result.warmCpuMs} ms (wall min/max ${result.warmMinMs}/${result.warmMaxMs}); first run CPU ${result.coldCpuMs} ms; intake CPU ${result.intakeCpuMs} ms`,
      });
    }
    const small = bySize.get(5_000);
    const large = bySize.get(20_000);
    if (small && large) {
      rows.push({
        name: 'growth 5,000 → 20,000 messages (×4 input)',
        ms: large.warmMs - small.warmMs,
        note: `warm CPU ×${(large.warmCpuMs / small.warmCpuMs).toFixed(2)}; per message ${(small.warmCpuMs / 5_000).toFixed(3)} → ${(large.warmCpuMs / 20_000).toFixed(3)} ms CPU`,
      });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
