/**
 * @module Runs every `bench/*.bench.ts` module and prints one table. Each module exports
 * `default async function run(): Promise<BenchRow[]>`. Benchmarks measure; they never fail a build.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchRow {
  readonly name: string;
  readonly ms: number;
  readonly peakRssMb?: number;
  readonly note?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const modules = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)))
  .sort();

const rows: Array<BenchRow & { module: string }> = [];
for (const file of modules) {
  process.stderr.write(`running ${file} …\n`);
  const module = (await import(pathToFileURL(join(here, file)).href)) as {
    default: () => Promise<BenchRow[]>;
  };
  for (const row of await module.default()) rows.push({ module: file.replace(/\.bench\.ts$/, ''), ...row });
}

const table = [
  ['bench', 'case', 'ms', 'peak RSS MB', 'note'],
  ...rows.map((row) => [
    row.module,
    row.name,
    row.ms.toFixed(0),
    row.peakRssMb === undefined ? '' : row.peakRssMb.toFixed(0),
    row.note ?? '',
  ]),
];
const widths =
  table[0]?.map((_, column) => Math.max(...table.map((line) => (line[column] ?? '').length))) ?? [];
for (const [index, line] of table.entries()) {
  process.stdout.write(
    `${line
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd()}\n`,
  );
  if (index === 0) process.stdout.write(`${widths.map((width) => '-'.repeat(width)).join('  ')}\n`);
}
