/**
 * @module One big-handoff case in its own process: intake of a Slack export, then `prepare()` run
 * once cold, then warm (`--runs` more times, min/median/max); each warm run is measured in wall ms and CPU ms. Usage:
 * `tsx bench/big-handoff-case.ts <dir> [--runs N] [--out packet.json] [--profile warm.cpuprofile]`; prints one JSON line.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { intakeFromPaths } from '../src/app/intake-from-paths.js';
import { loadPolicy } from '../src/app/load-policy.js';
import { prepare } from '../src/core/prepare.js';

const args = process.argv.slice(2);
const dir = args[0];
if (!dir) throw new Error('usage: big-handoff-case.ts <dir> [--runs N] [--out packet.json]');
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
};
const runs = Number(flag('--runs') ?? 3);
const out = flag('--out');
const profile = flag('--profile');
// --profile-cold: profile the first prepare() (what a one-shot `spine prepare` runs) instead
const profileCold = args.includes('--profile-cold');
const AS_OF = '2026-12-01T00:00:00Z';

const policy = await loadPolicy();
const session = profile ? new Session() : null;
async function startProfile(): Promise<void> {
  if (!session) return;
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
async function stopProfile(): Promise<void> {
  if (!session || !profile) return;
  const { profile: taken } = await session.post('Profiler.stop');
  writeFileSync(profile, JSON.stringify(taken));
  session.disconnect();
}
const intakeCpu = process.cpuUsage();
const intakeStarted = performance.now();
const { result } = await intakeFromPaths([dir], { ocrCache: false });
const intakeMs = performance.now() - intakeStarted;
const intakeUsed = process.cpuUsage(intakeCpu);
if (profileCold) await startProfile();
const coldCpu = process.cpuUsage();
const cold = performance.now();
const prepared = prepare(result, policy, { asOf: AS_OF });
const coldMs = performance.now() - cold;
const coldUsed = process.cpuUsage(coldCpu);
if (profileCold) await stopProfile();
const warm: { ms: number; cpuMs: number }[] = [];
if (!profileCold) await startProfile();
for (let i = 0; i < runs; i++) {
  // the language layer caches by text: each warm run reads texts it has not seen (a trailing
  // space per run), so it measures the analysis a one-shot `spine prepare` does, not cache hits
  const fresh = {
    ...result,
    evidence: result.evidence.map((ev) => ({ ...ev, text: `${ev.text}${' '.repeat(i + 1)}` })),
  };
  const cpu = process.cpuUsage();
  const started = performance.now();
  prepare(fresh, policy, { asOf: AS_OF });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  warm.push({ ms, cpuMs: (used.user + used.system) / 1000 });
}
if (!profileCold) await stopProfile();
if (out) {
  writeFileSync(out, `${JSON.stringify(prepared.packet, null, 2)}\n`);
  writeFileSync(out.replace(/\.json$/, '.md'), prepared.markdown);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
process.stdout.write(
  `${JSON.stringify({
    evidence: result.evidence.length,
    intakeMs: Math.round(intakeMs),
    intakeCpuMs: Math.round((intakeUsed.user + intakeUsed.system) / 1000),
    coldMs: Math.round(coldMs),
    coldCpuMs: Math.round((coldUsed.user + coldUsed.system) / 1000),
    warmMs: Math.round(median(warm.map((w) => w.ms))),
    warmCpuMs: Math.round(median(warm.map((w) => w.cpuMs))),
    warmMinMs: Math.round(Math.min(...warm.map((w) => w.ms))),
    warmMaxMs: Math.round(Math.max(...warm.map((w) => w.ms))),
  })}\n`,
);
