/** @module Walk a log line by line into events (a line plus its stack trace), without splitting the whole text. */
import { type LogClock, type LogLine, parseLogLine, splitStreamPrefix } from './log-line.js';

export interface LogBlock {
  /** 1-based first and last line numbers */
  readonly start: number;
  readonly end: number;
  readonly head: LogLine;
  /** the first lines of the block (bounded); `end - start + 1` may be larger */
  readonly lines: readonly string[];
  /** true when a continuation line names an exception or a stack frame */
  readonly exception: boolean;
}

const MAX_KEPT_LINES = 60;
/** characters of one line read; a longer line is cut and counted (`LogWalk.longLines`) */
export const MAX_LINE = 4000;

export interface LogWalk {
  readonly lines: number;
  /** lines longer than MAX_LINE, read only up to it */
  readonly longLines: number;
}
const EXCEPTION =
  /(?:^\s*at\s|^\s*File ".*", line \d+|^Traceback \(most recent call last\)|^\s*Caused by:|\b\w*(?:Error|Exception)\b:?)/;

/**
 * Calls `onBlock` for every event of `text` in order, and `onLine` for every line. Lines that start
 * no event (stack frames, wrapped messages) join the event above them.
 */
export function walkLogBlocks(
  text: string,
  clock: LogClock,
  skip: number,
  onBlock: (block: LogBlock) => void,
  onLine?: (line: LogLine, number: number) => void,
): LogWalk {
  let longLines = 0;
  let current: { start: number; end: number; head: LogLine; lines: string[]; exception: boolean } | null =
    null;
  let position = 0;
  let number = 0;
  while (position <= text.length) {
    const newline = text.indexOf('\n', position);
    const endOfLine = newline < 0 ? text.length : newline;
    if (endOfLine - position > MAX_LINE + 1) longLines++;
    let line = text.slice(position, Math.min(endOfLine, position + MAX_LINE));
    if (line.endsWith('\r')) line = line.slice(0, -1);
    position = endOfLine + 1;
    if (newline < 0 && line === '') break;
    number++;
    if (line.trim() === '') continue;
    const parsed = parseLogLine(line, clock, skip);
    onLine?.(parsed, number);
    if (parsed.starts || !current) {
      if (current) onBlock(current);
      // A file that opens on an exception (no event line above it) still reports it.
      current = {
        start: number,
        end: number,
        head: parsed,
        lines: [line],
        exception: !parsed.starts && EXCEPTION.test(splitStreamPrefix(line).rest),
      };
    } else {
      current.end = number;
      if (current.lines.length < MAX_KEPT_LINES) current.lines.push(line);
      if (EXCEPTION.test(splitStreamPrefix(line).rest)) current.exception = true;
    }
    if (newline < 0) break;
  }
  if (current) onBlock(current);
  return { lines: number, longLines };
}
