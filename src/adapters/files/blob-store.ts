/** @module A content-addressed store of input bytes: `<dir>/<sha256>`, written atomically. */
import { randomUUID } from 'node:crypto';
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Hex } from '../../core/sha256.js';

/**
 * Stores the bytes under their sha256 (writing a temp file, then renaming, so a reader never
 * sees half a blob) and returns the hash. Storing the same bytes twice is a no-op.
 */
export async function putBlob(dir: string, bytes: Uint8Array): Promise<string> {
  const sha256 = sha256Hex(bytes);
  const target = join(dir, sha256);
  await mkdir(dir, { recursive: true });
  try {
    await access(target);
    return sha256;
  } catch {
    // not stored yet
  }
  const temp = join(dir, `.tmp-${sha256}-${randomUUID()}`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, target);
  } finally {
    await rm(temp, { force: true });
  }
  return sha256;
}

/** The stored bytes for a sha256, or null when the store does not have them. */
export async function getBlob(dir: string, sha256: string): Promise<Uint8Array | null> {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
  try {
    return new Uint8Array(await readFile(join(dir, sha256)));
  } catch {
    return null;
  }
}
