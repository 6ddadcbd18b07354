/**
 * @module One intake benchmark case in its own process, so peak RSS is this case's alone.
 * Usage: tsx bench/intake-case.ts <path>; prints `{ms, peakRssMb, sources, evidence}` as JSON.
 */
import { performance } from 'node:perf_hooks';
import { intakeFromPaths } from '../src/app/intake-from-paths.js';

const path = process.argv[2];
if (!path) throw new Error('usage: intake-case.ts <path>');
const started = performance.now();
const { result } = await intakeFromPaths([path], { ocrCache: false });
const ms = performance.now() - started;
process.stdout.write(
  `${JSON.stringify({
    ms,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    sources: result.sources.length,
    evidence: result.evidence.length,
    statuses: [...new Set(result.sources.map((source) => source.status))],
  })}\n`,
);
