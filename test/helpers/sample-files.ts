/** @module The shared format samples, read in place, as intake files for tests. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IntakeFile } from '../../src/core/model/intake.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const SAMPLES_DIR = resolve(repoRoot, '../shared/formats/samples');

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

/** Every sample file (Slack export folders included, file by file), up to `maxBytes` each. */
export function sampleFiles(maxBytes = 2_000_000): IntakeFile[] {
  return walk(SAMPLES_DIR)
    .filter((path) => statSync(path).size <= maxBytes && !path.endsWith('.md'))
    .map((path) => ({ name: relative(SAMPLES_DIR, path), bytes: new Uint8Array(readFileSync(path)) }));
}
