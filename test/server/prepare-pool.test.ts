/**
 * The embedded service's prepare thread pool: the same packet as preparing in-process, byte for
 * byte, and the calling thread's event loop stays free while a 20,000-message export is prepared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSlackExport } from '../../bench/generate-handoffs.js';
import type { UploadedFile } from '../../src/adapters/storage/packets.js';
import { createPreparePool } from '../../src/app/review/prepare-pool.js';
import { makePrepareUpload } from '../../src/app/review/prepare-upload.js';
import { tempDirFactory } from '../helpers/temp-dir.js';

const tempDir = tempDirFactory('spine-pool-');
const pool = createPreparePool({ size: 1 });
afterAll(() => pool.close());

function filesUnder(root: string): UploadedFile[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { name: relative(root, path), bytes: new Uint8Array(readFileSync(path)) };
    });
}

const thread =
  'Dana Reyes  9:14 AM\nCheckout fails with error E_PAY_502 since this morning for 40 users.\nSam Ortiz  9:20 AM\nRestarted the relay; still failing. Escalating to engineering.';

describe('the prepare thread pool', () => {
  it('prepares the same packet as the in-process pipeline, and reports progress', async () => {
    const files = [{ name: 'pasted.txt', bytes: new TextEncoder().encode(thread) }];
    const progress: string[] = [];
    const threaded = await pool.prepareUpload(files, { onProgress: (line) => progress.push(line) });
    const inProcess = await makePrepareUpload({})(files, {});
    expect(threaded.packetJson).toBe(JSON.stringify(inProcess.packet));
    expect(threaded.markdown).toBe(inProcess.markdown);
    expect(threaded.packet.gates).toEqual(inProcess.packet.gates);
    expect(threaded.packet.decision).toEqual(inProcess.packet.decision);
    expect(progress[0]).toBe('Reading 1 file');
  }, 60_000);

  it('keeps the calling event loop free during a 20,000-message prepare', async () => {
    const dir = tempDir();
    writeSlackExport(join(dir, 'slack'), 20_000);
    const files = filesUnder(dir);
    let last = performance.now();
    let worstGap = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
    }, 10);
    const started = performance.now();
    const result = await pool.prepareUpload(files, {});
    const took = performance.now() - started;
    clearInterval(timer);
    expect(JSON.parse(result.packetJson ?? '{}').evidence.length).toBeGreaterThan(10_000);
    // The prepare itself takes seconds; the loop here never waited more than a fraction of that.
    expect(took).toBeGreaterThan(1_000);
    expect(worstGap).toBeLessThan(250);
  }, 180_000);

  it('fails a job whose input breaks the pipeline, and goes on with the next', async () => {
    const bad = [{ name: '../escape.txt', bytes: new TextEncoder().encode('x') }];
    await expect(pool.prepareUpload(bad, {})).rejects.toThrow(/not a path inside the upload/);
    const good = await pool.prepareUpload(
      [{ name: 'pasted.txt', bytes: new TextEncoder().encode(thread) }],
      {},
    );
    expect(good.packet.evidence).toEqual([]);
    expect(good.packetJson).toContain('E_PAY_502');
  }, 60_000);
});
