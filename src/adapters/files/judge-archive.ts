/**
 * @module Archive-wide bounds, judged from the central directory before any entry is inflated: a
 * zip whose entries together unpack past the handoff's total limit, or whose overall compression
 * ratio looks like a bomb, is refused whole — however small each entry is.
 */
import { type FileLimits, formatBytes } from './limits.js';

/** Many honest small files compress well together; judge the overall ratio above this. */
export const ARCHIVE_RATIO_FLOOR_BYTES = 16 * 1024 * 1024;

export interface ArchiveTotals {
  /** the entries that would be read (not directories, junk or entries refused on their own) */
  readonly entries: number;
  /** sum of their declared uncompressed sizes */
  readonly unpackedBytes: number;
  /** sum of their compressed sizes */
  readonly packedBytes: number;
}

/** Why the whole archive must not be unpacked, or null when its entries may be read one by one. */
export function archiveRefusal(totals: ArchiveTotals, limits: FileLimits): string | null {
  const { entries, unpackedBytes, packedBytes } = totals;
  if (unpackedBytes > limits.maxTotalBytes) {
    return `its ${entries} entries unpack to ${formatBytes(unpackedBytes)}, over the ${formatBytes(limits.maxTotalBytes)} total limit; not extracted`;
  }
  const ratio = unpackedBytes / Math.max(packedBytes, 1);
  if (unpackedBytes > ARCHIVE_RATIO_FLOOR_BYTES && ratio > limits.maxCompressionRatio) {
    return `its ${entries} entries unpack to ${formatBytes(unpackedBytes)} from ${formatBytes(packedBytes)} (ratio ${Math.round(ratio)}:1); looks like a zip bomb; not extracted`;
  }
  return null;
}
