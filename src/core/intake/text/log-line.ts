/** @module One log line: its timestamp (UTC only when the zone is known), its level, its family and its message. */
import { type LogClock, type LogStamp, readIsoText, readStamp } from './log-stamp.js';

export type { LogClock } from './log-stamp.js';

export type LogFamily =
  | 'text'
  | 'json'
  | 'journald'
  | 'logfmt'
  | 'syslog'
  | 'logcat'
  | 'access'
  | 'apache-error'
  | 'glog';

export interface LogLine {
  /** the line starts a new event (timestamp, level word or JSON record); else it continues one */
  readonly starts: boolean;
  readonly at: string | null;
  /** a timestamp was read but carries no zone (and no fallback zone was given) */
  readonly zoneless: boolean;
  /** a timestamp was read but carries no year (and no reference time was given) */
  readonly yearless?: boolean;
  /** the year was taken from the reference time (the manifest's asOf) */
  readonly yearFromReference?: boolean;
  /** a clock without a date, or a date whose day/month order is not stated */
  readonly undated?: boolean;
  /** the timestamp as written */
  readonly stamp?: string;
  /** normalised level: TRACE, DEBUG, INFO, WARN, ERROR, FATAL, or null */
  readonly level: string | null;
  /** how the level was found when the line does not write it: an HTTP status or a syslog priority */
  readonly levelFrom?: 'status' | 'priority';
  /** no level, but the words say something failed (`authentication failure`, `Connection refused`) */
  readonly problem?: boolean;
  readonly family?: LogFamily;
  /** the line without its leading timestamp (and host/pid columns), used to fold repeats */
  readonly message: string;
  /** the stream a multiplexing tool put before the line (`pod/api-7c9d/api`, `worker-1`), or a file/host prefix */
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

const LEVEL_NAMES =
  'TRACE|VERBOSE|DEBUG|INFO|INFORMATION|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRITICAL|CRIT|SEVERE|PANIC|EMERG|EMERGENCY|ALERT';
const LEVEL_WORD = new RegExp(`\\b(${LEVEL_NAMES})\\b`);
// the first word after the timestamp, any case: `Info`, `[warn]`, `local.ERROR:`, `<error>`
const FIRST_LEVEL = new RegExp(`^[[<(]?(?:[a-z]+\\.)?(${LEVEL_NAMES})[\\]>)]?(?=[\\s:|,\\]-]|$)`, 'i');
// Upper case only: a line starting `Error: …` is an exception message continuing the event above.
const LEVEL_AT_START =
  /^(?:\[?(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRITICAL|CRIT|SEVERE|PANIC)\]?[\s:]|\[(trace|debug|info|notice|warn|warning|error|fatal|critical)\]\s)/i;
const BRACKET_LEVEL = /\[(trace|debug|info|notice|warn|warning|error|crit|alert|emerg)\]/i;
const LOGFMT_LEVEL = /\blevel=["']?(\w+)/i;
// logfmt (`time=… level=error msg="…"`), as Go and Heroku services write it
const LOGFMT_START = /^[A-Za-z_][\w.]*=/;
const LOGFMT_TIME = /\b(?:time|ts|timestamp|t)="?(\d[^"\s]*)"?\s*/;
// RFC 5424 `<165>1 ` and RFC 3164 `<34>` priority prefixes
const PRIORITY = /^<(\d{1,3})>(1 )?/;
// RFC 5424 after its stamp: `host app procid msgid [structured data] msg`
const RFC5424_HEAD = /^(\S+) (\S+) (\S+) (\S+) (?:-|(?:\[(?:[^\]"]|"(?:[^"\\]|\\.)*")*\])+)(?: |$)/;
// stamps after which `host prog[pid]: ` follows: syslog's month-day, journald's short-iso
const SYSLOG_STAMP = /^(?:[A-Z][a-z]{2} |\d{4}-\d{2}-\d{2}T\S*(?:Z|[+-]\d{2}:?\d{2})$)/;
// logcat threadtime after its stamp: `  1702  2395 D WindowManager: `; `-v time`: `E/Tag(  123): `
const LOGCAT_THREADTIME = /^\s*(\d+)\s+(\d+)\s+([VDIWEFAS])\s+(.*?)\s*:(?:\s|$)/;
// glog / klog (Kubernetes): `E0517 15:04:22.619632 1952452992 file.cc:253] msg`, no year
const GLOG = /^([IWEF])(\d{2})(\d{2}) (\d{2}:\d{2}:\d{2}\.\d{6})\s+(\d+) ([^\]\s]+)\] /;
const LOGCAT_TAGGED = /^([VDIWEFAS])\/(.*?)\(\s*\d+\):(?:\s|$)/;
// syslog after its stamp: `host prog[pid]: `, `host prog: `, `host kernel[0]: `
const SYSLOG_HEAD = /^(\S+) ([^\s:[\]]+(?:\([^)\s]*\))?|[^:[\]]{1,40}(?=\[\d+\]: ))(?:\[(\d+)\])?: /;
// Apache/nginx common and combined: `ip ident user [date] "GET /x HTTP/1.1" 404 123`
const ACCESS =
  /^(\S+) (\S+) (\S+) (\[\d{2}\/\w{3}\/\d{4}:\d{2}:\d{2}:\d{2}(?:\.\d+)? [+-]\d{4}\]) "([^"]*)" (\d{3}) (\S+)/;
const PROBLEM =
  /\b(?:error|errors|failed|failure|fail|fatal|panic|exception|denied|refused|segfault|timed out|timeout|unable to|cannot|can't|could not|unreachable|abort(?:ed)?|corrupt(?:ed)?|invalid)\b/i;

const LEVELS: Record<string, string> = {
  TRACE: 'TRACE',
  VERBOSE: 'TRACE',
  V: 'TRACE',
  DEBUG: 'DEBUG',
  D: 'DEBUG',
  INFO: 'INFO',
  INFORMATION: 'INFO',
  I: 'INFO',
  NOTICE: 'INFO',
  WARN: 'WARN',
  WARNING: 'WARN',
  W: 'WARN',
  ERROR: 'ERROR',
  ERR: 'ERROR',
  E: 'ERROR',
  SEVERE: 'ERROR',
  CRITICAL: 'FATAL',
  CRIT: 'FATAL',
  FATAL: 'FATAL',
  F: 'FATAL',
  A: 'FATAL',
  PANIC: 'FATAL',
  EMERG: 'FATAL',
  EMERGENCY: 'FATAL',
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
// syslog severities 0–7 (RFC 5424 §6.2.1), as `<PRI>` and journald's PRIORITY carry them
const SYSLOG_SEVERITY = ['FATAL', 'FATAL', 'FATAL', 'ERROR', 'WARN', 'INFO', 'INFO', 'DEBUG'];

/** Normalises a level name (`warning`, `Err`, `50`) to TRACE/DEBUG/INFO/WARN/ERROR/FATAL, or null. */
export function normaliseLevel(value: unknown): string | null {
  if (typeof value === 'number') return NUMERIC_LEVELS[value] ?? null;
  if (typeof value !== 'string') return null;
  const word = value.trim().toUpperCase();
  return word.length > 1 ? (LEVELS[word] ?? null) : null;
}

function levelOf(rest: string): string | null {
  const first = FIRST_LEVEL.exec(rest)?.[1];
  if (first) return normaliseLevel(first);
  const head = rest.slice(0, 200);
  const word = LEVEL_WORD.exec(head)?.[1] ?? BRACKET_LEVEL.exec(head)?.[1] ?? LOGFMT_LEVEL.exec(head)?.[1];
  return word ? normaliseLevel(word) : null;
}

function firstOf(record: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) if (record[key] !== undefined && record[key] !== null) return record[key];
  return undefined;
}

function nested(record: Record<string, unknown>, path: readonly string[]): unknown {
  let value: unknown = record;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function jsonLine(line: string, clock: LogClock): LogLine | null {
  if (!line.startsWith('{') || !line.endsWith('}')) return null;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return null;
  const fields = record as Record<string, unknown>;
  // journald `-o json`: microseconds since the epoch, a syslog PRIORITY, MESSAGE
  const realtime = fields.__REALTIME_TIMESTAMP;
  if (typeof realtime === 'string' && /^\d{13,17}$/.test(realtime)) {
    const priority = Number(fields.PRIORITY);
    const message = fields.MESSAGE;
    const unit = firstOf(fields, ['SYSLOG_IDENTIFIER', '_SYSTEMD_UNIT', '_COMM']);
    const text = typeof message === 'string' ? message : JSON.stringify(message ?? '');
    const level = Number.isInteger(priority) ? (SYSLOG_SEVERITY[priority] ?? null) : null;
    const at = new Date(Number(realtime) / 1000).toISOString();
    const line = eventLine(
      null,
      level,
      'journald',
      typeof unit === 'string' ? `${unit}: ${text}` : text,
      level ? 'priority' : undefined,
    );
    return { ...line, at };
  }
  const time = firstOf(fields, ['time', 'timestamp', '@timestamp', 'ts', 't', 'date', 'datetime', 'asctime']);
  const level = normaliseLevel(
    firstOf(fields, ['level', 'severity', 'lvl', 'levelname', 'log.level', 'loglevel']) ??
      nested(fields, ['log', 'level']),
  );
  const message = firstOf(fields, ['msg', 'message', 'error', 'err', 'event', 'body']);
  if (time === undefined && level === null) return null;
  const stamp = typeof time === 'string' ? readIsoText(time, clock) : { at: toUtc(time), zoneless: false };
  const text = typeof message === 'string' ? message : JSON.stringify(message ?? fields);
  return { ...eventLine(null, level, 'json', text), at: stamp.at, zoneless: stamp.zoneless };
}

function toUtc(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  // epoch seconds, milliseconds or nanoseconds
  const ms = value > 1e17 ? value / 1e6 : value > 1e11 ? value : value * 1000;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** One event-starting line with every field set, so each line has the same shape (and little garbage). */
function eventLine(
  read: LogStamp | null,
  level: string | null,
  family: LogFamily,
  message: string,
  levelFrom?: 'status' | 'priority',
): LogLine {
  return {
    starts: true,
    at: read ? read.at : null,
    zoneless: read ? read.zoneless : false,
    yearless: read ? read.yearless : false,
    yearFromReference: read ? read.yearFromReference : false,
    undated: read ? read.undated : false,
    stamp: read ? read.raw : undefined,
    level,
    levelFrom,
    problem: level === null && PROBLEM.test(message),
    family,
    message,
    stream: undefined,
  };
}

function statusLevel(status: number): string {
  if (status >= 500) return 'ERROR';
  if (status >= 400) return 'WARN';
  return 'INFO';
}

function accessLine(line: string, clock: LogClock): LogLine | null {
  const access = ACCESS.exec(line);
  if (!access) return null;
  const read = readStamp(access[4] ?? '', clock);
  const status = Number(access[6]);
  return eventLine(read, statusLevel(status), 'access', `"${access[5]}" ${status}`, 'status');
}

/** The event after a timestamp: logcat's pid/tid/level columns, syslog's host and program, or a level word. */
function afterStamp(read: LogStamp, rest: string, priority: string | null, rfc5424: boolean): LogLine {
  const from = priority ? ('priority' as const) : undefined;
  const structured = rfc5424 ? RFC5424_HEAD.exec(rest) : null;
  if (structured)
    return eventLine(
      read,
      priority,
      'syslog',
      `${structured[2]}: ${rest.slice(structured[0].length).replace(/^\uFEFF/, '')}`,
      from,
    );
  const first = rest.charCodeAt(0);
  // logcat columns start with spaces or a pid; `E/Tag(pid):` with a capital letter
  if (first === 32 || (first >= 48 && first <= 57)) {
    const threadtime = LOGCAT_THREADTIME.exec(rest);
    if (threadtime)
      return eventLine(
        read,
        LEVELS[threadtime[3] ?? ''] ?? null,
        'logcat',
        `${threadtime[4]}: ${rest.slice(threadtime[0].length)}`,
      );
  }
  if (rest.charCodeAt(1) === 47) {
    const tagged = LOGCAT_TAGGED.exec(rest);
    if (tagged)
      return eventLine(
        read,
        LEVELS[tagged[1] ?? ''] ?? null,
        'logcat',
        `${tagged[2]}: ${rest.slice(tagged[0].length)}`,
      );
  }
  const syslog = SYSLOG_STAMP.test(read.raw) || priority ? SYSLOG_HEAD.exec(rest) : null;
  if (syslog && !FIRST_LEVEL.test(rest)) {
    const after = rest.slice(syslog[0].length);
    return eventLine(read, priority ?? levelOf(after), 'syslog', `${syslog[2]}: ${after}`, from);
  }
  const family =
    read.raw.charCodeAt(0) === 91 && /^\[[A-Z][a-z]{2} /.test(read.raw) ? 'apache-error' : 'text';
  return eventLine(read, priority ?? levelOf(rest), family, rest, from);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences are control characters
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
const BULLET = /^(?:[-*+•]|\d{1,3}[.)])$/;
const FILE_PREFIX = /^[\w./\\-]+\.[A-Za-z0-9]+(?::\d+)?:(?=\S)/;

/**
 * Where the `skip`th column starts: columns are whitespace-separated (a host, a file name) or a
 * `file.log:` / `file.log:12:` prefix as grep writes it. Bullets are not columns (a notes timeline
 * is not a log), except the `-` that BGL-style logs put before an epoch. -1 when there is none.
 */
export function columnStart(line: string, skip: number): number {
  let position = 0;
  for (let column = 0; column < skip; column++) {
    const rest = line.slice(position);
    const file = column === 0 ? FILE_PREFIX.exec(rest) : null;
    if (file) {
      position += file[0].length;
      continue;
    }
    const token = /^(\S+)\s+/.exec(rest);
    if (!token?.[1]) return -1;
    if (
      column === 0 &&
      BULLET.test(token[1]) &&
      !(token[1] === '-' && /^\d{10}\b/.test(rest.slice(token[0].length)))
    )
      return -1;
    position += token[0].length;
  }
  return position;
}

/**
 * Reads one line. `clock` places zone-less and yearless timestamps; without it they stay unknown.
 * `skip` is the number of columns (a file name, a host) the file puts before its timestamps.
 * Lines that start no event (stack frames, wrapped text) come back with `starts: false`.
 */
export function parseLogLine(raw: string, clock: LogClock | string = {}, skip = 0): LogLine {
  const resolved: LogClock = typeof clock === 'string' ? { zone: clock } : clock;
  // terminal colours and line clears (docker compose, dev servers) are not text
  const line = raw.includes('\u001b') ? raw.replace(ANSI, '') : raw;
  const { stream, rest } = splitStreamPrefix(line);
  const parsed = parseBareLine(stream === null ? line : rest, resolved, skip);
  return stream === null ? parsed : { ...parsed, stream };
}

function parseBareLine(line: string, clock: LogClock, skip: number): LogLine {
  if (skip > 0) {
    const start = columnStart(line, skip);
    if (start > 0) {
      const inner = parseAtColumn(line.slice(start), clock, true);
      if (inner) return { ...inner, stream: line.slice(0, start).trim().replace(/:$/, '') };
    }
  }
  // `{` after optional spaces: only then is the line worth trimming and parsing as JSON
  if (/^\s*\{/.test(line)) {
    const json = jsonLine(line.trim(), clock);
    if (json) return json;
  }
  const direct = parseAtColumn(line, clock, false);
  if (direct) return direct;
  const access = accessLine(line, clock);
  if (access) return access;
  if (LOGFMT_START.test(line)) {
    const time = LOGFMT_TIME.exec(line)?.[1];
    const stamp = time ? readIsoText(time, clock) : { at: null, zoneless: false };
    const level = LOGFMT_LEVEL.exec(line)?.[1];
    if (time || level)
      return {
        ...eventLine(null, level ? normaliseLevel(level) : null, 'logfmt', line.replace(LOGFMT_TIME, '')),
        at: stamp.at,
        zoneless: stamp.zoneless,
      };
  }
  const glog = GLOG.exec(line);
  if (glog) {
    const read = readStamp(`${glog[2]}-${glog[3]} ${glog[4]?.slice(0, 12)} `, clock);
    if (read)
      return eventLine(
        { ...read, raw: `${glog[2]}${glog[3]} ${glog[4]}` },
        LEVELS[glog[1] ?? ''] ?? null,
        'glog',
        `${glog[6]}] ${line.slice(glog[0].length)}`,
      );
  }
  const tagged = LOGCAT_TAGGED.exec(line);
  if (tagged)
    return {
      ...eventLine(
        null,
        LEVELS[tagged[1] ?? ''] ?? null,
        'logcat',
        `${tagged[2]}: ${line.slice(tagged[0].length)}`,
      ),
      undated: true,
    };
  const level = LEVEL_AT_START.exec(line);
  if (level && (level[2] || level[1] === level[1]?.toUpperCase()))
    return eventLine(null, normaliseLevel(level[1] ?? level[2]), 'text', line);
  return { starts: false, at: null, zoneless: false, level: null, message: line };
}

/** A line that opens with a timestamp (after an optional syslog priority); after a prefix only a dated one counts. */
function parseAtColumn(text: string, clock: LogClock, afterPrefix: boolean): LogLine | null {
  const pri = PRIORITY.exec(text);
  const body = pri ? text.slice(pri[0].length) : text;
  const read = readStamp(body, clock);
  if (!read) {
    if (afterPrefix) return jsonLine(text.trim(), clock) ?? accessLine(text, clock);
    return null;
  }
  if (afterPrefix && read.undated) return null;
  const priority = pri ? (SYSLOG_SEVERITY[Number(pri[1]) % 8] ?? null) : null;
  return afterStamp(read, body.slice(read.length), priority, pri?.[2] !== undefined);
}
