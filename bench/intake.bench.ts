/**
 * @module Intake benchmark: Slack exports of 500 / 5,000 / 50,000 messages, a 5 MB log and a
 * handoff with four screenshots (real OCR, no cache). Each case runs in a fresh process.
 * Targets (DESIGN.md): 5,000 messages under 1 s, cost linear in input size.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLog, writeScreenshotHandoff, writeSlackExport } from './generate-handoffs.js';
import type { BenchRow } from './run.js';

const here = dirname(fileURLToPath(import.meta.url));

interface CaseResult {
  readonly ms: number;
  readonly peakRssMb: number;
  readonly sources: number;
  readonly evidence: number;
  readonly statuses: string[];
}

function runCase(path: string): CaseResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'intake-case.ts'), path], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as CaseResult;
}

export default async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'spine-bench-intake-'));
  try {
    const rows: BenchRow[] = [];
    const slack: Record<number, CaseResult> = {};
    for (const messages of [500, 5_000, 50_000]) {
      const path = join(dir, `slack-${messages}`);
      writeSlackExport(path, messages);
      const result = runCase(path);
      slack[messages] = result;
      rows.push({
        name: `slack export, ${messages.toLocaleString('en-US')} messages`,
        ms: result.ms,
        peakRssMb: result.peakRssMb,
        note: `${result.evidence} evidence, ${result.sources} source(s), ${result.statuses.join('/')}`,
      });
    }
    const small = slack[500];
    const large = slack[50_000];
    if (small && large) {
      rows.push({
        name: 'growth 500 → 50,000 messages (×100 input)',
        ms: large.ms - small.ms,
        note: `time ×${(large.ms / small.ms).toFixed(1)}; per message ${(small.ms / 500).toFixed(3)} → ${(large.ms / 50_000).toFixed(3)} ms`,
      });
    }
    writeLog(join(dir, 'app.log'), 5);
    const log = runCase(join(dir, 'app.log'));
    rows.push({ name: 'log, 5 MB', ms: log.ms, peakRssMb: log.peakRssMb, note: `${log.evidence} evidence` });
    const shots = join(dir, 'screenshots');
    writeScreenshotHandoff(shots);
    const ocr = runCase(shots);
    rows.push({
      name: 'handoff with 4 screenshots (OCR, no cache)',
      ms: ocr.ms,
      peakRssMb: ocr.peakRssMb,
      note: `${ocr.evidence} evidence, ${ocr.statuses.join('/')}`,
    });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
