/**
 * @module Logs: error and warning events (with their stack traces) as evidence, plus an honest
 * summary: counts by level, every error signature with its first and last occurrence, and any cut.
 */
import type { EvidenceDraft } from '../model/evidence.js';
import type { FormatParser, IntakeUnit, ParseContext, ParseResult } from '../model/intake.js';
import { zoneForFile } from './text/file-zone.js';
import { type LogBlock, MAX_LINE, walkLogBlocks } from './text/log-blocks.js';
import { chooseSkip } from './text/log-layout.js';
import { type LogClock, parseLogLine, splitStreamPrefix } from './text/log-line.js';
import { LogTally, type SignatureEntry } from './text/log-tally.js';
import { decodeText, looksBinary } from './util/decode.js';

/** events kept as evidence in file order; past it, only a signature's first occurrence is kept */
const MAX_ITEMS = 500;
/** first occurrences kept past MAX_ITEMS, so a late new error still has evidence */
const MAX_LATE_FIRSTS = 200;
const MAX_BYTES = 64 * 1024 * 1024;
const MAX_SIGNATURE_TEXT = 16_000;
const SAMPLE_LINES = 200;
/** below this many events (all kept as evidence) the evidence itself is the summary */
const SIGNATURES_FROM = 50;
const EVIDENCE_LEVELS = new Set(['WARN', 'ERROR', 'FATAL']);

// stack frames (Java, Python, PHP `#0 /app/x.php(12)`), exception names, and indented continuation lines
const TRACE_LINE =
  /^(?:\s+\S|[\w.$]*(?:Error|Exception)\b|Caused by:|Traceback |#\d+ (?:\/|[A-Z]:\\|\{main\}|\[internal)|\[stacktrace\])/;

function sampleLines(text: string): string[] {
  return text
    .slice(0, 262_144)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, SAMPLE_LINES);
}

/** Share of the sample lines that are log events or stack lines; 0 when fewer than 3 events. */
function logLineShare(lines: readonly string[], clock: LogClock): number {
  const skip = chooseSkip(lines, clock);
  let starts = 0;
  let traces = 0;
  for (const line of lines) {
    if (parseLogLine(line, clock, skip).starts) starts++;
    else if (TRACE_LINE.test(splitStreamPrefix(line).rest)) traces++;
  }
  // three events, or every line of a shorter file
  if (starts < Math.min(3, lines.length) || starts < 2) return 0;
  return (starts + traces) / lines.length;
}

function blockText(block: LogBlock): string {
  const total = block.end - block.start + 1;
  const more = total > block.lines.length ? `\n… (${total - block.lines.length} more lines)` : '';
  return block.lines.join('\n') + more;
}

function locatorOf(block: LogBlock): string {
  return block.start === block.end ? `L${block.start}` : `L${block.start}-${block.end}`;
}

function lineRef(line: number, at: string | null, stamp: string | null): string {
  const when = at ?? stamp;
  return when ? `L${line} (${when})` : `L${line}`;
}

function signatureLine(entry: SignatureEntry): string {
  const level = entry.level ?? 'no level';
  const first = lineRef(entry.firstLine, entry.firstAt, entry.firstStamp);
  const span =
    entry.count > 1
      ? `first ${first}, last ${lineRef(entry.lastLine, entry.lastAt, entry.lastStamp)}`
      : first;
  return `- ${entry.count}× ${level}: ${entry.signature} — ${span}`;
}

/**
 * The signatures item, for a large log or one whose events were not all kept: most frequent first;
 * past the text bound, the rest are counted, not listed.
 */
function signatureItem(tally: LogTally): EvidenceDraft | null {
  const entries = [...tally.signatures.values()].sort(
    (a, b) => b.count - a.count || a.firstLine - b.firstLine,
  );
  const kept = entries.reduce((sum, e) => sum + e.kept, 0);
  if (entries.length === 0 || (kept === tally.events && tally.events < SIGNATURES_FROM)) return null;
  const lines = [
    `Error and warning signatures (numbers, ids and addresses masked): ${entries.length} distinct over ${tally.events} events; ${kept} kept as evidence, ${tally.events - kept} counted here only`,
  ];
  let length = lines[0]?.length ?? 0;
  let listed = 0;
  for (const entry of entries) {
    const line = signatureLine(entry);
    if (length + line.length + 1 > MAX_SIGNATURE_TEXT) break;
    lines.push(line);
    length += line.length + 1;
    listed++;
  }
  if (listed < entries.length) {
    const rest = entries.slice(listed);
    lines.push(
      `… and ${rest.length} more signatures (${rest.reduce((sum, e) => sum + e.count, 0)} events), each seen at most ${rest[0]?.count ?? 0} times, not listed`,
    );
  }
  return {
    locator: 'signatures',
    at: null,
    author: null,
    visibility: 'internal',
    text: lines.join('\n'),
    meta: { unit: 'log', count: tally.events },
  };
}

function summaryText(lines: number, tally: LogTally): string {
  const family = tally.familyName();
  const parts = [`Log summary: ${lines} lines${family ? ` (${family})` : ''}`, tally.levelText()];
  if (tally.first && tally.last) parts.push(`first ${tally.first}, last ${tally.last}`);
  else if (tally.firstStamp && tally.lastStamp)
    parts.push(`first ${tally.firstStamp}, last ${tally.lastStamp} (as written; not placed in time)`);
  if (tally.fromStatus > 0) parts.push('levels from the HTTP status (5xx ERROR, 4xx WARN, else INFO)');
  if (tally.fromPriority > 0) parts.push(`${tally.fromPriority} levels from the syslog priority`);
  if (tally.problems > 0)
    parts.push(`${tally.problems} lines without a level say something failed (error, failed, refused …)`);
  return parts.join('; ');
}

function timeWarnings(name: string, tally: LogTally, clock: LogClock): string[] {
  const warnings: string[] = [];
  if (tally.yearless > 0)
    warnings.push(
      `${name}: ${tally.yearless} timestamps carry no year (e.g. "${tally.firstStamp ?? ''}"); their times are left unknown (set asOf in handoff.yaml to take the year from it)`,
    );
  if (tally.yearFromReference > 0)
    warnings.push(
      `${name}: ${tally.yearFromReference} timestamps carry no year; the year was taken from the handoff's asOf (${clock.reference ?? ''}), the year before when the date would fall after it`,
    );
  if (tally.zoneless > 0)
    warnings.push(
      `${name}: timestamps carry no time zone; their times are left unknown (set timezone in handoff.yaml to place them)`,
    );
  if (tally.undated > 0)
    warnings.push(
      `${name}: ${tally.undated} timestamps have no date, or a date whose day/month order is not stated (e.g. "${tally.firstStamp ?? ''}"); their times are left unknown`,
    );
  return warnings;
}

function parseLog(unit: IntakeUnit, context: ParseContext): ParseResult {
  const base = { kind: 'log', format: 'log' } as const;
  const file = unit.files[0];
  if (!file || file.bytes.length === 0)
    return { ...base, items: [], warnings: [`${unit.name}: empty`], status: 'skipped' };
  const warnings: string[] = [];
  let bytes = file.bytes;
  if (bytes.length > MAX_BYTES) {
    warnings.push(
      `${unit.name}: larger than ${MAX_BYTES / 1024 / 1024} MB; only the first ${MAX_BYTES / 1024 / 1024} MB of ${Math.ceil(bytes.length / 1024 / 1024)} MB were read`,
    );
    bytes = bytes.subarray(0, MAX_BYTES);
  }
  const { text, invalidUtf8 } = decodeText(bytes);
  if (invalidUtf8) warnings.push(`${unit.name}: not valid UTF-8; unreadable bytes were replaced`);
  const clock: LogClock = {
    zone: zoneForFile(unit.name, context.manifest),
    reference: context.manifest?.asOf,
  };
  const skip = chooseSkip(sampleLines(text), clock);
  const tally = new LogTally();
  const items: EvidenceDraft[] = [];
  let dropped = 0;
  let previous: { message: string; item: EvidenceDraft } | null = null;
  const walk = walkLogBlocks(
    text,
    clock,
    skip,
    (block) => {
      const head = block.head;
      const level = head.level;
      if (!(level && EVIDENCE_LEVELS.has(level)) && !block.exception && !head.problem) {
        previous = null;
        return;
      }
      const message = [head.stream ?? '', head.message, ...block.lines.slice(1)].join('\n');
      const eventLevel =
        level && EVIDENCE_LEVELS.has(level) ? level : block.exception ? (level ?? 'ERROR') : null;
      const entry = tally.addEvent(
        head.starts ? head.message : (block.lines[0] ?? ''),
        eventLevel,
        block.start,
        head.at,
        head.stamp ?? null,
      );
      if (previous && previous.message === message) {
        // Identical consecutive events fold into the first, with a count.
        const meta = previous.item.meta ?? {};
        previous.item = { ...previous.item, meta: { ...meta, count: (meta.count ?? 1) + 1 } };
        items[items.length - 1] = previous.item;
        entry.kept++;
        return;
      }
      const firstOfKind = entry.count === 1;
      if (items.length >= MAX_ITEMS && !(firstOfKind && items.length < MAX_ITEMS + MAX_LATE_FIRSTS)) {
        dropped++;
        previous = null;
        return;
      }
      entry.kept++;
      const item: EvidenceDraft = {
        locator: locatorOf(block),
        at: head.at,
        author: null,
        visibility: 'internal',
        text: blockText(block),
        // the container/stream prefix (kubectl --prefix, docker compose) names where the event ran
        meta: {
          unit: 'log',
          ...(eventLevel ? { level: eventLevel } : {}),
          ...(head.stream ? { channel: head.stream } : {}),
        },
      };
      items.push(item);
      previous = { message, item };
    },
    (line) => tally.addLine(line),
  );
  warnings.push(...timeWarnings(unit.name, tally, clock));
  if (dropped > 0)
    warnings.push(
      `${unit.name}: ${tally.events} error/warning events; ${tally.events - dropped} kept as evidence, ${dropped} not kept (limit ${MAX_ITEMS}) but each counted under its signature in the summary`,
    );
  if (walk.longLines > 0)
    warnings.push(
      `${unit.name}: ${walk.longLines} lines longer than ${MAX_LINE} characters were read only up to it`,
    );
  items.push({
    locator: 'summary',
    at: null,
    author: null,
    visibility: 'internal',
    text: summaryText(walk.lines, tally),
    meta: { unit: 'log', count: walk.lines },
  });
  const signatures = signatureItem(tally);
  if (signatures) items.push(signatures);
  return { ...base, items, warnings, status: 'parsed' };
}

/** Text logs (many timestamp styles and families, stack traces) and JSON-lines logs. */
export const logParser: FormatParser = {
  format: 'log',
  detect(unit) {
    const file = unit.files[0];
    if (!file || unit.files.length !== 1 || file.bytes.length === 0 || looksBinary(file.bytes)) return 0;
    const share = logLineShare(sampleLines(decodeText(file.bytes.subarray(0, 262_144)).text), {});
    return share >= 0.5 ? 0.5 : 0;
  },
  parse(unit, context) {
    try {
      return parseLog(unit, context);
    } catch (error) {
      return {
        kind: 'log',
        format: 'log',
        items: [],
        warnings: [
          `${unit.name}: cannot be read as a log (${error instanceof Error ? error.message : String(error)})`,
        ],
        status: 'failed',
      };
    }
  },
};

export const logParsers: FormatParser[] = [logParser];
