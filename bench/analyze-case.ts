/**
 * @module The language layer alone over a handoff's texts, in its own process: every evidence text of
 * `<dir>` through `analyze()` (the first pass includes wink's model load), then `--runs` warm passes
 * over the same texts with one trailing space (texts the cache has not seen). Prints CPU ms per pass
 * and a sha256 of every analysis, so a change to the layer can be checked to read text the same.
 * Usage: `tsx bench/analyze-case.ts <dir> [--runs N]`.
 */
import { createHash } from 'node:crypto';
import { intakeFromPaths } from '../src/app/intake-from-paths.js';
import { analyze } from '../src/core/language/analyze.js';

const args = process.argv.slice(2);
const dir = args[0];
if (!dir) throw new Error('usage: analyze-case.ts <dir> [--runs N]');
const at = args.indexOf('--runs');
const runs = at < 0 ? 3 : Number(args[at + 1]);

const { result } = await intakeFromPaths([dir], { ocrCache: false });
const texts = result.evidence.map((e) => e.text);
const hash = createHash('sha256');
const cpuMs = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return Math.round((used.user + used.system) / 1000);
};
let started = process.cpuUsage();
for (const text of texts) hash.update(JSON.stringify(analyze(text)));
const first = cpuMs(started);
const warm: number[] = [];
for (let r = 0; r < runs; r++) {
  started = process.cpuUsage();
  for (const text of texts) analyze(`${text}${' '.repeat(r + 1)}`);
  warm.push(cpuMs(started));
}
console.log(
  JSON.stringify({ texts: texts.length, firstCpuMs: first, warmCpuMs: warm, sha256: hash.digest('hex') }),
);
