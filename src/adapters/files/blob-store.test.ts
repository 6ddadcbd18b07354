import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirFactory } from '../../../test/helpers/temp-dir.js';
import { getBlob, putBlob } from './blob-store.js';

const tempDir = tempDirFactory('spine-blobs-');

describe('putBlob', () => {
  it('stores bytes under their sha256, once, leaving no temp files', async () => {
    const dir = join(tempDir(), 'blobs');
    const bytes = new TextEncoder().encode('ticket 48219');
    const expected = createHash('sha256').update(bytes).digest('hex');
    await expect(putBlob(dir, bytes)).resolves.toBe(expected);
    await Promise.all([putBlob(dir, bytes), putBlob(dir, bytes)]);
    expect(readdirSync(dir)).toEqual([expected]);
    expect(readFileSync(join(dir, expected), 'utf8')).toBe('ticket 48219');
    expect(await getBlob(dir, expected)).toEqual(bytes);
  });

  it('returns null for a missing or malformed hash', async () => {
    const dir = tempDir();
    expect(await getBlob(dir, 'a'.repeat(64))).toBeNull();
    expect(await getBlob(dir, '../../etc/passwd')).toBeNull();
  });
});
