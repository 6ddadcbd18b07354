/**
 * @module Read the paths a user gives (files, folders, zips) into named intake files, within
 * limits: a file over the limit is hashed by streaming and never held in memory.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { SpineError } from '../../core/errors.js';
import { Budget, type ReadResult } from './budget.js';
import { isJunkPath } from './is-junk.js';
import { isZip, zipFolderName } from './is-zip.js';
import { type FileLimits, resolveFileLimits } from './limits.js';
import { readZip } from './read-zip.js';

export type { ReadResult } from './budget.js';

async function streamSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function readOne(path: string, name: string, budget: Budget): Promise<void> {
  const label = name || basename(path);
  let info: Awaited<ReturnType<typeof lstat>>;
  try {
    info = await lstat(path);
  } catch (error) {
    budget.reject(label, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return;
  }
  if (info.isSymbolicLink()) {
    budget.reject(label, 'symbolic link; not followed');
    return;
  }
  if (info.isDirectory()) {
    await readFolder(path, name, budget);
    return;
  }
  if (!info.isFile()) {
    budget.reject(label, 'not a regular file');
    return;
  }
  // Archives may be larger than one file; their entries are held to the per-file limit instead.
  const isArchiveName = /\.zip$/i.test(name);
  const limit = isArchiveName ? budget.limits.maxTotalBytes : budget.limits.maxFileBytes;
  if (info.size > limit) {
    const sha256 = await streamSha256(path).catch(() => undefined);
    budget.reject(label, budget.refusal(info.size) ?? 'larger than the total limit; not read', sha256);
    return;
  }
  if (!isArchiveName && !budget.fits(info.size)) return;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    budget.reject(label, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return;
  }
  if (isZip(bytes)) {
    await readZip(label, bytes, name === '' ? '' : `${zipFolderName(name)}/`, budget);
    return;
  }
  if (isArchiveName && !budget.fits(info.size)) return;
  budget.add({ name: label, bytes });
}

async function readFolder(path: string, name: string, budget: Budget): Promise<void> {
  let entries: string[];
  try {
    entries = (await readdir(path)).sort();
  } catch (error) {
    budget.reject(
      name || basename(path),
      `folder cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
    return;
  }
  for (const entry of entries) {
    if (isJunkPath(entry)) continue;
    await readOne(join(path, entry), name ? `${name}/${entry}` : entry, budget);
  }
}

/**
 * Reads a handoff. One folder (or one zip) argument is the handoff root; with several
 * arguments each file or folder keeps its own base name. Unreadable, unsafe or oversized
 * files become `rejected` entries naming the reason; the rest still go through.
 * Throws SPINE_ERR_INTAKE_NOT_FOUND when a path does not exist (a usage error).
 *
 * @example const { files, rejected, warnings } = await readPaths(['./handoff'], { maxFileBytes: 10e6 });
 */
export async function readPaths(
  paths: readonly string[],
  limits: Partial<FileLimits> = {},
): Promise<ReadResult> {
  for (const path of paths) {
    try {
      await lstat(path);
    } catch {
      throw new SpineError('SPINE_ERR_INTAKE_NOT_FOUND', path);
    }
  }
  const budget = new Budget(resolveFileLimits(limits));
  const single = paths.length === 1;
  for (const path of paths) {
    const info = await lstat(path);
    const root = single && (info.isDirectory() || /\.zip$/i.test(path));
    // A lone folder or zip is the root: its entries are named relative to it.
    await readOne(resolve(path), root ? '' : basename(resolve(path)), budget);
  }
  return budget.finish();
}
