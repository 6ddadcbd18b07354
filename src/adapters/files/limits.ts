/** @module Size and count limits for reading a handoff from disk or an archive. */

export interface FileLimits {
  /** largest single file (or archive entry) read into memory, in bytes */
  readonly maxFileBytes: number;
  /** largest total of bytes read for one handoff */
  readonly maxTotalBytes: number;
  /** most files read for one handoff */
  readonly maxFiles: number;
  /** an archive entry expanding more than this many times its compressed size is a zip bomb */
  readonly maxCompressionRatio: number;
}

const MB = 1024 * 1024;

export const DEFAULT_FILE_LIMITS: FileLimits = {
  maxFileBytes: 50 * MB,
  maxTotalBytes: 500 * MB,
  maxFiles: 10_000,
  maxCompressionRatio: 100,
};

/** Defaults overridden by whatever the caller sets. */
export function resolveFileLimits(overrides: Partial<FileLimits> = {}): FileLimits {
  return { ...DEFAULT_FILE_LIMITS, ...overrides };
}

/** `52428800` → `50 MB`, for messages people read. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${Math.round((bytes / MB) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
