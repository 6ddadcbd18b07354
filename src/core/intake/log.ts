/** @module Logs: error and warning events (with their stack traces) as evidence, plus a summary. */
import type { EvidenceDraft } from '../model/evidence.js';
import type { FormatParser, IntakeUnit, ParseContext, ParseResult } from '../model/intake.js';
import { zoneForFile } from './text/file-zone.js';
import { type LogBlock, walkLogBlocks } from './text/log-blocks.js';
import { parseLogLine, splitStreamPrefix } from './text/log-line.js';
import { decodeText, looksBinary } from './util/decode.js';

const MAX_ITEMS = 500;
const MAX_BYTES = 64 * 1024 * 1024;
const EVIDENCE_LEVELS = new Set(['WARN', 'ERROR', 'FATAL']);
const LEVEL_ORDER = ['FATAL', 'ERROR', 'WARN', 'INFO', 'DEBUG', 'TRACE'];

const TRACE_LINE = /^(?:\s+(?:at\s|\.\.\.|File ")|[\w.$]*(?:Error|Exception)\b|Caused by:|Traceback )/;

/** Share of the first non-empty lines that are log events or stack lines; 0 when fewer than 3 events. */
function logLineShare(text: string): number {
  const sample = text
    .slice(0, 262_144)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 200);
  let starts = 0;
  let traces = 0;
  for (const line of sample) {
    if (parseLogLine(line).starts) starts++;
    else if (TRACE_LINE.test(splitStreamPrefix(line).rest)) traces++;
  }
  if (starts < 3) return 0;
  return (starts + traces) / sample.length;
}

function blockText(block: LogBlock): string {
  const total = block.end - block.start + 1;
  const more = total > block.lines.length ? `\n… (${total - block.lines.length} more lines)` : '';
  return block.lines.join('\n') + more;
}

function locatorOf(block: LogBlock): string {
  return block.start === block.end ? `L${block.start}` : `L${block.start}-${block.end}`;
}

function parseLog(unit: IntakeUnit, context: ParseContext): ParseResult {
  const base = { kind: 'log', format: 'log' } as const;
  const file = unit.files[0];
  if (!file || file.bytes.length === 0)
    return { ...base, items: [], warnings: [`${unit.name}: empty`], status: 'skipped' };
  const warnings: string[] = [];
  let bytes = file.bytes;
  if (bytes.length > MAX_BYTES) {
    warnings.push(`${unit.name}: larger than ${MAX_BYTES / 1024 / 1024} MB; only the first part was read`);
    bytes = bytes.subarray(0, MAX_BYTES);
  }
  const { text, invalidUtf8 } = decodeText(bytes);
  if (invalidUtf8) warnings.push(`${unit.name}: not valid UTF-8; unreadable bytes were replaced`);
  const zone = zoneForFile(unit.name, context.manifest);
  const items: EvidenceDraft[] = [];
  const counts = new Map<string, number>();
  let first: string | null = null;
  let last: string | null = null;
  let zoneless = false;
  let dropped = 0;
  let previous: { message: string; item: EvidenceDraft } | null = null;
  const lines = walkLogBlocks(
    text,
    zone,
    (block) => {
      const level = block.head.level;
      if (!(level && EVIDENCE_LEVELS.has(level)) && !block.exception) {
        previous = null;
        return;
      }
      const message = [block.head.stream ?? '', block.head.message, ...block.lines.slice(1)].join('\n');
      if (previous && previous.message === message) {
        // Identical consecutive events fold into the first, with a count.
        const meta = previous.item.meta ?? {};
        previous.item = { ...previous.item, meta: { ...meta, count: (meta.count ?? 1) + 1 } };
        items[items.length - 1] = previous.item;
        return;
      }
      if (items.length >= MAX_ITEMS) {
        dropped++;
        return;
      }
      const item: EvidenceDraft = {
        locator: locatorOf(block),
        at: block.head.at,
        author: null,
        visibility: 'internal',
        text: blockText(block),
        // the container/stream prefix (kubectl --prefix, docker compose) names where the event ran
        meta: {
          unit: 'log',
          level: level ?? 'ERROR',
          ...(block.head.stream ? { channel: block.head.stream } : {}),
        },
      };
      items.push(item);
      previous = { message, item };
    },
    (line) => {
      if (line.level) counts.set(line.level, (counts.get(line.level) ?? 0) + 1);
      if (line.zoneless) zoneless = true;
      if (line.at) {
        if (first === null || line.at < first) first = line.at;
        if (last === null || line.at > last) last = line.at;
      }
    },
  );
  if (zoneless)
    warnings.push(
      `${unit.name}: timestamps carry no time zone; their times are left unknown (set timezone in handoff.yaml to place them)`,
    );
  if (dropped > 0)
    warnings.push(
      `${unit.name}: ${dropped} more error/warning events were counted but not kept (limit ${MAX_ITEMS})`,
    );
  const levels = LEVEL_ORDER.filter((l) => counts.has(l)).map((l) => `${l} ${counts.get(l)}`);
  const span = first && last ? `; first ${first}, last ${last}` : '';
  items.push({
    locator: 'summary',
    at: null,
    author: null,
    visibility: 'internal',
    text: `Log summary: ${lines} lines; ${levels.length > 0 ? levels.join(', ') : 'no levels'}${span}`,
    meta: { unit: 'log', count: lines },
  });
  return { ...base, items, warnings, status: 'parsed' };
}

/** Text logs (many timestamp styles, stack traces) and JSON-lines logs. */
export const logParser: FormatParser = {
  format: 'log',
  detect(unit) {
    const file = unit.files[0];
    if (!file || unit.files.length !== 1 || file.bytes.length === 0 || looksBinary(file.bytes)) return 0;
    const share = logLineShare(decodeText(file.bytes.subarray(0, 262_144)).text);
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
