/**
 * @module Unpack a zip archive safely: no path traversal, no symlinks, bounded sizes and
 * compression ratio per entry and for the whole archive, nested archives one level deep; a
 * corrupt archive is a warning.
 */
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { Budget } from './budget.js';
import { isJunkPath } from './is-junk.js';
import { isZip, zipFolderName } from './is-zip.js';
import { archiveRefusal } from './judge-archive.js';

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
// Small entries compress well for honest reasons (a log of repeated lines): judge ratio above this.
const RATIO_FLOOR_BYTES = 1024 * 1024;

function openZip(bytes: Uint8Array): Promise<ZipFile> {
  return yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    lazyEntries: true,
    validateEntrySizes: true,
    // Entries are listed first and read afterwards, so the archive must stay open in between.
    autoClose: false,
    // Names are decoded and validated here, entry by entry, so one bad name does not void the archive.
    decodeStrings: false,
  });
}

function entryName(entry: Entry): string {
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
}

function readEntry(zip: ZipFile, entry: Entry, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) {
        reject(error ?? new Error('no data stream'));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        // validateEntrySizes catches a lying header too, but only at the end: stop early.
        if (size > limit) {
          stream.destroy(new Error('entry is larger than its header says'));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    });
  });
}

/** Why an entry must not be extracted, or null when it may be read. */
function entryRefusal(entry: Entry, name: string, budget: Budget): string | null {
  const unsafe = yauzl.validateFileName(name);
  if (unsafe !== null) return `unsafe path in archive (${unsafe})`;
  if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
    return 'symbolic link in archive; not followed';
  }
  if (entry.isEncrypted()) return 'encrypted archive entry; cannot be read';
  const tooBig = budget.refusal(entry.uncompressedSize);
  if (tooBig) return tooBig;
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
  if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > budget.limits.maxCompressionRatio) {
    return `compression ratio ${Math.round(ratio)}:1 looks like a zip bomb; not extracted`;
  }
  return null;
}

/** The archive's entries from its central directory; nothing is inflated. */
function listEntries(zip: ZipFile, archiveName: string, budget: Budget): Promise<Entry[]> {
  return new Promise((resolve) => {
    const entries: Entry[] = [];
    zip.on('error', (error: Error) => {
      budget.warn(
        `${archiveName}: corrupt or truncated zip (${error.message}); entries after the damage were not read`,
      );
      resolve(entries);
    });
    zip.on('end', () => resolve(entries));
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
}

/**
 * Adds the archive's entries to the budget as files named `<prefix><entry path>`. `depth` 0 is
 * an archive on disk; archives inside it are unpacked into a folder named after them, and
 * archives deeper than that are refused. Never rejects.
 */
export async function readZip(
  archiveName: string,
  bytes: Uint8Array,
  prefix: string,
  budget: Budget,
  depth = 0,
): Promise<void> {
  let zip: ZipFile;
  try {
    zip = await openZip(bytes);
  } catch (error) {
    budget.reject(archiveName, `corrupt or truncated zip (${(error as Error).message})`);
    return;
  }
  try {
    const listed = await listEntries(zip, archiveName, budget);
    const wanted: Array<{ entry: Entry; raw: string; refusal: string | null }> = [];
    let unpackedBytes = 0;
    let packedBytes = 0;
    for (const entry of listed) {
      const raw = entryName(entry);
      if (raw.endsWith('/') || isJunkPath(raw)) continue;
      const refusal = entryRefusal(entry, raw, budget);
      wanted.push({ entry, raw, refusal });
      if (refusal) continue;
      unpackedBytes += entry.uncompressedSize;
      packedBytes += entry.compressedSize;
    }
    const whole = archiveRefusal(
      { entries: wanted.filter((w) => !w.refusal).length, unpackedBytes, packedBytes },
      budget.limits,
    );
    if (whole) {
      budget.reject(archiveName, whole);
      return;
    }
    for (const { entry, raw, refusal } of wanted) await handleEntry(entry, raw, refusal);
  } finally {
    zip.close();
  }

  async function handleEntry(entry: Entry, raw: string, refusal: string | null): Promise<void> {
    const name = `${prefix}${raw}`;
    if (refusal) {
      budget.reject(name, refusal);
      return;
    }
    if (!budget.fits(entry.uncompressedSize)) return;
    let data: Uint8Array;
    try {
      data = await readEntry(zip, entry, entry.uncompressedSize);
    } catch (error) {
      budget.reject(name, `unreadable archive entry (${(error as Error).message})`);
      return;
    }
    if (isZip(data)) {
      if (depth >= 1) {
        budget.reject(name, 'zip nested more than one level deep; not extracted');
        return;
      }
      await readZip(name, data, `${zipFolderName(name)}/`, budget, depth + 1);
      return;
    }
    budget.add({ name, bytes: data });
  }
}
