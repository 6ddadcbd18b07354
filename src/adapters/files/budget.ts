/** @module The running byte and file counts for one handoff, shared by folders and archives. */

import type { RejectedFile } from '../../core/intake/run-intake.js';
import type { IntakeFile } from '../../core/model/intake.js';
import { type FileLimits, formatBytes } from './limits.js';

/** What reading a handoff's paths produced: files, refused files, and handoff-level warnings. */
export interface ReadResult {
  readonly files: IntakeFile[];
  readonly rejected: RejectedFile[];
  readonly warnings: string[];
}

/** Accepts files while they fit the limits; refuses and explains once they do not. */
export class Budget {
  readonly result: ReadResult = { files: [], rejected: [], warnings: [] };
  private totalBytes = 0;
  private overCount = 0;
  private overTotal = 0;

  constructor(readonly limits: FileLimits) {}

  /** Why a file of `size` bytes cannot be taken now, or null when it fits. */
  refusal(size: number): string | null {
    if (size > this.limits.maxFileBytes) {
      return `larger than the ${formatBytes(this.limits.maxFileBytes)} per-file limit (${formatBytes(size)}); not read`;
    }
    return null;
  }

  /** True when one more file of `size` bytes still fits the count and total limits (counts it if not). */
  fits(size: number): boolean {
    if (this.result.files.length >= this.limits.maxFiles) {
      this.overCount++;
      return false;
    }
    if (this.totalBytes + size > this.limits.maxTotalBytes) {
      this.overTotal++;
      return false;
    }
    return true;
  }

  add(file: IntakeFile): void {
    this.totalBytes += file.bytes.length;
    this.result.files.push(file);
  }

  reject(name: string, reason: string, sha256?: string): void {
    this.result.rejected.push(sha256 ? { name, reason, sha256 } : { name, reason });
  }

  warn(message: string): void {
    this.result.warnings.push(message);
  }

  /** The final result, with one warning per limit that was reached. */
  finish(): ReadResult {
    if (this.overCount > 0) {
      this.warn(`handoff: more than ${this.limits.maxFiles} files; ${this.overCount} file(s) were not read`);
    }
    if (this.overTotal > 0) {
      this.warn(
        `handoff: over the ${formatBytes(this.limits.maxTotalBytes)} total limit; ${this.overTotal} file(s) were not read`,
      );
    }
    this.result.files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // Two arguments with the same base name (a/notes.md, b/notes.md) must stay two sources.
    const seen = new Map<string, number>();
    for (const [index, file] of this.result.files.entries()) {
      const count = (seen.get(file.name) ?? 0) + 1;
      seen.set(file.name, count);
      if (count === 1) continue;
      const renamed = `${file.name} (${count})`;
      this.result.files[index] = { name: renamed, bytes: file.bytes };
      this.warn(`${file.name}: another input has the same name; this one is called "${renamed}"`);
    }
    return this.result;
  }
}
