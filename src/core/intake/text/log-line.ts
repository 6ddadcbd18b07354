/** @module One log line: its timestamp (UTC only when the zone is known), its level and its message. */
import { toUtcIso } from '../util/time.js';
import { wallTimeToUtc } from './zoned-time.js';

export interface LogLine {
  /** the line starts a new event (timestamp, level word or JSON record); else it continues one */
  readonly starts: boolean;
  readonly at: string | null;
  /** a timestamp was read but carries no zone (and no fallback zone was given) */
  readonly zoneless: boolean;
  /** normalised level: TRACE, DEBUG, INFO, WARN, ERROR, FATAL, or null */
  readonly level: string | null;
  /** the line without its leading timestamp, used to fold repeats */
  readonly message: string;
  /** the stream a multiplexing tool put before the line (`pod/api-7c9d/api`, `worker-1`) */
  readonly stream?: string;
}

// `kubectl logs --prefix`: `[pod/<name>/<container>] `; docker compose: `web-1  | `, `worker_1 | `.
const KUBECTL_PREFIX =
  /^\[((?:pod|po|deployment|deploy|job|statefulset|sts|daemonset|ds|replicaset|rs|cronjob)\/[^\]\s]+)\](?:\s+|$)/i;
const COMPOSE_PREFIX = /^([a-z0-9][\w.-]*)\s+\|(?: |$)/i;

/** Splits a container/stream prefix off a log line; `stream` is null when there is none. */
export function splitStreamPrefix(line: string): { stream: string | null; rest: string } {
  const prefix = KUBECTL_PREFIX.exec(line) ?? COMPOSE_PREFIX.exec(line);
  if (!prefix?.[1]) return { stream: null, rest: line };
  return { stream: prefix[1], rest: line.slice(prefix[0].length) };
}

const ISO =
  /^\[?(\d{4})[-/](\d{2})[-/](\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?\s?(Z|UTC|GMT|[+-]\d{2}:?\d{2})?\]?\s*/;
const APACHE = /^(?:\S+ ){0,3}\[(\d{2}\/\w{3}\/\d{4}):(\d{2}:\d{2}:\d{2}) ([+-]\d{4})\]\s*/;
const SYSLOG = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{1,2} \d{2}:\d{2}:\d{2}\s*/;
const EPOCH = /^(\d{10})(?:\.(\d{1,6}))?\s+/;
const CLOCK = /^\[?\d{2}:\d{2}:\d{2}(?:[.,]\d{1,6})?\]?\s+/;
const LEVEL_WORD =
  /\b(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRITICAL|CRIT|SEVERE|PANIC|EMERG|ALERT)\b/;
// Upper case only: a line starting `Error: …` is an exception message continuing the event above.
const LEVEL_AT_START =
  /^(?:\[?(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRITICAL|CRIT|SEVERE|PANIC)\]?[\s:]|\[(trace|debug|info|notice|warn|warning|error|fatal|critical)\]\s)/i;
const BRACKET_LEVEL = /\[(trace|debug|info|notice|warn|warning|error|crit|alert|emerg)\]/i;
const LOGFMT_LEVEL = /\blevel=["']?(\w+)/i;
// logfmt (`time=… level=error msg="…"`), as Go and Heroku services write it
const LOGFMT_START = /^[A-Za-z_][\w.]*=/;
const LOGFMT_TIME = /\b(?:time|ts|timestamp|t)="?(\d[^"\s]*)"?\s*/;

const LEVELS: Record<string, string> = {
  TRACE: 'TRACE',
  DEBUG: 'DEBUG',
  INFO: 'INFO',
  NOTICE: 'INFO',
  WARN: 'WARN',
  WARNING: 'WARN',
  ERROR: 'ERROR',
  ERR: 'ERROR',
  SEVERE: 'ERROR',
  CRITICAL: 'FATAL',
  CRIT: 'FATAL',
  FATAL: 'FATAL',
  PANIC: 'FATAL',
  EMERG: 'FATAL',
  ALERT: 'FATAL',
};
// pino / bunyan numeric levels
const NUMERIC_LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

/** Normalises a level name (`warning`, `Err`, `50`) to TRACE/DEBUG/INFO/WARN/ERROR/FATAL, or null. */
export function normaliseLevel(value: unknown): string | null {
  if (typeof value === 'number') return NUMERIC_LEVELS[value] ?? null;
  if (typeof value !== 'string') return null;
  return LEVELS[value.trim().toUpperCase()] ?? null;
}

function levelOf(rest: string): string | null {
  const head = rest.slice(0, 200);
  const word = LEVEL_WORD.exec(head)?.[1] ?? BRACKET_LEVEL.exec(head)?.[1] ?? LOGFMT_LEVEL.exec(head)?.[1];
  return word ? normaliseLevel(word) : null;
}

function firstOf(record: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) if (record[key] !== undefined && record[key] !== null) return record[key];
  return undefined;
}

function jsonLine(line: string, zone: string | undefined): LogLine | null {
  if (!line.startsWith('{') || !line.endsWith('}')) return null;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return null;
  const fields = record as Record<string, unknown>;
  const time = firstOf(fields, ['time', 'timestamp', '@timestamp', 'ts', 't', 'date', 'datetime']);
  const level = normaliseLevel(firstOf(fields, ['level', 'severity', 'lvl', 'levelname', 'log.level']));
  const message = firstOf(fields, ['msg', 'message', 'error', 'err', 'event']);
  if (time === undefined && level === null) return null;
  const stamp = typeof time === 'string' ? readStamp(time, zone) : { at: toUtcIso(time), zoneless: false };
  return {
    starts: true,
    at: stamp.at,
    zoneless: stamp.zoneless,
    level,
    message: typeof message === 'string' ? message : JSON.stringify(message ?? fields),
  };
}

function readStamp(text: string, zone: string | undefined): { at: string | null; zoneless: boolean } {
  const iso = ISO.exec(text.trim());
  if (!iso) return { at: toUtcIso(text), zoneless: false };
  const [, y, mo, d, h, mi, s, frac, offset] = iso;
  const millisecond = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0;
  if (offset) {
    const tz =
      offset === 'UTC' || offset === 'GMT'
        ? 'Z'
        : offset.length === 5
          ? `${offset.slice(0, 3)}:${offset.slice(3)}`
          : offset;
    const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${String(millisecond).padStart(3, '0')}${tz}`);
    return { at: Number.isNaN(date.getTime()) ? null : date.toISOString(), zoneless: false };
  }
  if (!zone) return { at: null, zoneless: true };
  const at = wallTimeToUtc(
    {
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      hour: Number(h),
      minute: Number(mi),
      second: Number(s),
      millisecond,
    },
    zone,
  );
  return { at, zoneless: at === null };
}

/**
 * Reads one line. `zone` (IANA) places zone-less timestamps; without it they stay unknown.
 * Lines that start no event (stack frames, wrapped text) come back with `starts: false`.
 */
export function parseLogLine(line: string, zone?: string): LogLine {
  const { stream, rest } = splitStreamPrefix(line);
  if (stream === null) return parseBareLine(line, zone);
  return { ...parseBareLine(rest, zone), stream };
}

function parseBareLine(line: string, zone: string | undefined): LogLine {
  const json = jsonLine(line.trim(), zone);
  if (json) return json;
  const iso = ISO.exec(line);
  if (iso) {
    const stamp = readStamp(iso[0], zone);
    const rest = line.slice(iso[0].length);
    return { starts: true, ...stamp, level: levelOf(rest), message: rest };
  }
  if (LOGFMT_START.test(line)) {
    const time = LOGFMT_TIME.exec(line)?.[1];
    const stamp = time ? readStamp(time, zone) : { at: null, zoneless: false };
    const level = LOGFMT_LEVEL.exec(line)?.[1];
    if (time || level)
      return {
        starts: true,
        ...stamp,
        level: level ? normaliseLevel(level) : null,
        message: line.replace(LOGFMT_TIME, ''),
      };
  }
  const apache = APACHE.exec(line);
  if (apache) {
    const date = new Date(`${apache[1]?.replace(/\//g, ' ')} ${apache[2]} ${apache[3]}`);
    const rest = line.slice(apache[0].length);
    return {
      starts: true,
      at: Number.isNaN(date.getTime()) ? null : date.toISOString(),
      zoneless: false,
      level: levelOf(rest),
      message: line.replace(apache[0], ''),
    };
  }
  const epoch = EPOCH.exec(line);
  if (epoch) {
    const rest = line.slice(epoch[0].length);
    return {
      starts: true,
      at: toUtcIso(Number(epoch[1])),
      zoneless: false,
      level: levelOf(rest),
      message: rest,
    };
  }
  // A clock without a date (syslog, bare times) cannot be placed on a day.
  const dateless = SYSLOG.exec(line) ?? CLOCK.exec(line);
  if (dateless) {
    const rest = line.slice(dateless[0].length);
    return { starts: true, at: null, zoneless: false, level: levelOf(rest), message: rest };
  }
  const level = LEVEL_AT_START.exec(line);
  if (level && (level[2] || level[1] === level[1]?.toUpperCase()))
    return {
      starts: true,
      at: null,
      zoneless: false,
      level: normaliseLevel(level[1] ?? level[2]),
      message: line,
    };
  return { starts: false, at: null, zoneless: false, level: null, message: line };
}
