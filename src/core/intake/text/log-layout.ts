/** @module How many columns (a file name, a host) a log puts before its timestamps, from a sample of its lines. */
import { columnStart, type LogClock, parseLogLine } from './log-line.js';

const MAX_SKIP = 3;

/**
 * The column count that makes the most sample lines start an event with a dated timestamp; 0 unless
 * skipping columns reads clearly more lines (so a plain log never changes how it is read).
 */
export function chooseSkip(lines: readonly string[], clock: LogClock): number {
  const counts: number[] = [];
  for (let skip = 0; skip <= MAX_SKIP; skip++) {
    let starts = 0;
    for (const line of lines) {
      if (skip > 0 && columnStart(line, skip) <= 0) continue;
      const parsed = parseLogLine(line, clock, skip);
      if (parsed.starts && (skip === 0 || parsed.stream !== undefined)) starts++;
    }
    counts.push(starts);
  }
  const plain = counts[0] ?? 0;
  let best = 0;
  for (let skip = 1; skip <= MAX_SKIP; skip++)
    if ((counts[skip] ?? 0) > Math.max(plain * 1.5, plain + 2, counts[best] ?? 0)) best = skip;
  return best;
}
