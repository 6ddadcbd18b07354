/** @module Well-formed zip archives for tests, written by yazl; hostile ones come from `hostile-zip.ts`. */
import { ZipFile } from 'yazl';

export interface ZipEntry {
  readonly name: string;
  readonly data?: Uint8Array | string;
  readonly method?: 'store' | 'deflate';
  /** unix mode bits, e.g. 0o120777 for a symbolic link */
  readonly mode?: number;
}

// a fixed time, so the same entries give the same bytes
const MTIME = new Date('2026-01-01T00:00:00Z');

/** The bytes of a zip holding `entries` in order; a name ending in `/` is a folder. */
export async function zipOf(entries: readonly ZipEntry[]): Promise<Uint8Array> {
  const zip = new ZipFile();
  for (const entry of entries) {
    const options = { mtime: MTIME, ...(entry.mode === undefined ? {} : { mode: entry.mode }) };
    if (entry.name.endsWith('/')) {
      zip.addEmptyDirectory(entry.name, options);
      continue;
    }
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data) : Buffer.from(entry.data ?? []);
    zip.addBuffer(data, entry.name, { ...options, compress: entry.method === 'deflate' });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
