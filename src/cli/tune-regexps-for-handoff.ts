/**
 * @module One-shot V8 tuning for `spine prepare` on a small handoff: regular expressions compiled
 * without V8's optimisation pass. Spine's cue patterns are large alternations; for each one V8
 * spends more compiling its optimised matcher (lookahead tables, quick checks) than a handful of
 * short texts then save. On a small handoff that compile cost is most of what the patterns cost;
 * on a large one the optimised matchers pay for themselves, so V8's default stays. Only how fast a
 * pattern runs changes, never what it matches.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';

/**
 * The input size (bytes on disk, screenshots left out) up to which the unoptimised matchers are
 * cheaper in whole-process CPU. Paired runs of generated Slack exports: 75 KB A/B 0.89, 185 KB
 * 0.98, 536 KB 1.11 (bench/results/startup.md).
 */
export const SMALL_HANDOFF_BYTES = 128 * 1024;

// images become text only through OCR, whose cost is not in regular expressions
const IMAGE = new Set(['.png', '.jpg', '.jpeg', '.webp', '.gif', '.bmp', '.tif', '.tiff']);

/** The bytes of the files under `paths` (files, folders, zips), counted until they pass `limit`. */
export function inputBytes(paths: readonly string[], limit: number): number {
  let total = 0;
  const pending = [...paths];
  while (pending.length > 0 && total <= limit) {
    const path = pending.pop() as string;
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path);
    } catch {
      continue; // intake reports a missing path; this only sizes what is there
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) pending.push(join(path, name));
    } else if (stat.isFile() && !IMAGE.has(extname(path).toLowerCase())) {
      total += stat.size;
    }
  }
  return total;
}

/**
 * For a handoff of at most SMALL_HANDOFF_BYTES, has V8 compile the regular expressions not yet
 * compiled without its optimisation pass (process-wide). Returns whether it did. Never in the
 * build's code-cache-writing run (bin/spine.js): V8 accepts a code cache only under the flags it
 * was made with.
 */
export function tuneRegexpsForHandoff(paths: readonly string[]): boolean {
  if (process.env.SPINE_WRITE_CODE_CACHE === '1') return false;
  if (inputBytes(paths, SMALL_HANDOFF_BYTES) > SMALL_HANDOFF_BYTES) return false;
  setFlagsFromString('--no-regexp-optimization');
  return true;
}
