/**
 * @module Writes the balanced FARSEC check: every security report of the held-back projects (ambari,
 * camel, derby) and as many non-security ones, picked per project by a stable hash of their id.
 *
 *   npx tsx scripts/build-farsec-sample.ts [out.csv]     # default /tmp/farsec-balanced.csv
 *
 * Columns: id, project, summary, security. The text stays outside the repo (read from the mirror).
 */
import { writeFileSync } from 'node:fs';
import { type Example, FARSEC_HELD_BACK, readFarsecCsv } from './classifier/read-datasets.js';
import { stableHash } from './classifier/stable-hash.js';
import { toCsv } from './classifier/to-csv.js';

/** Security reports of `project`, plus the same number of others with the lowest hash of their id. */
export function balancedSample(examples: readonly Example[]): Example[] {
  const security = examples.filter((e) => e.label === '1');
  const others = examples
    .filter((e) => e.label === '0')
    .sort((a, b) => stableHash(a.id) - stableHash(b.id) || (a.id < b.id ? -1 : 1))
    .slice(0, security.length);
  return [...security, ...others].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function main(): void {
  const out = process.argv[2] ?? '/tmp/farsec-balanced.csv';
  const rows = FARSEC_HELD_BACK.flatMap((project) => balancedSample(readFarsecCsv(project)));
  writeFileSync(
    out,
    toCsv(
      rows.map((e) => ({ id: e.id, project: e.group, summary: e.text, security: e.label })),
      ['id', 'project', 'summary', 'security'],
    ),
  );
  const positives = rows.filter((e) => e.label === '1').length;
  console.log(`wrote ${out}: ${rows.length} rows (${positives} security, ${rows.length - positives} other)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
