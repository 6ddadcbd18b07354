import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostileZip } from '../../../test/helpers/hostile-zip.js';
import { tempDirFactory } from '../../../test/helpers/temp-dir.js';
import { manySmallZeroEntries } from '../../../test/helpers/zip-bomb.js';
import { readPaths } from './read-paths.js';

const tempDir = tempDirFactory('spine-zip-bounds-');
const PART = 900 * 1024; // under the 1 MB floor of the per-entry ratio check

function writeZip(entries: Parameters<typeof hostileZip>[0]): string {
  const path = join(tempDir(), 'handoff.zip');
  writeFileSync(path, hostileZip(entries));
  return path;
}

describe('archive-wide bounds', () => {
  it('refuses 1,100 small parts unpacking to ~1 GB before inflating any of them', async () => {
    const path = writeZip(manySmallZeroEntries(1100, PART));
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const { files, rejected } = await readPaths([path]);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    expect(files).toEqual([]);
    expect(rejected).toEqual([
      {
        name: 'handoff.zip',
        reason: expect.stringMatching(/1100 entries unpack to 966\.8 MB, over the 500 MB total limit/),
      },
    ]);
  });

  it('refuses a bomb under the total limit by its overall ratio', async () => {
    const path = writeZip([...manySmallZeroEntries(300, PART), { name: 'notes.md', data: 'hello' }]);
    const { files, rejected } = await readPaths([path]);
    expect(files).toEqual([]);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.reason).toMatch(
      /301 entries unpack to 263\.7 MB from .* \(ratio \d+:1\); looks like a zip bomb/,
    );
  });

  it('still reads an honest archive of many small compressible files', async () => {
    const lines = (i: number) =>
      Array.from(
        { length: 400 },
        (_, n) => `2026-11-18T09:${String(n % 60).padStart(2, '0')}:00Z worker-${i} sync ok batch=${n}`,
      ).join('\n');
    const entries = Array.from({ length: 300 }, (_, i) => ({
      name: `logs/app-${i}.log`,
      data: lines(i),
      method: 'deflate' as const,
    }));
    const { files, rejected } = await readPaths([writeZip(entries)]);
    expect(rejected).toEqual([]);
    expect(files).toHaveLength(300);
  });
});
