/** @module What a whole log holds, line by line: counts by level and family, time span, and every error signature. */
import type { LogFamily, LogLine } from './log-line.js';
import { errorSignature } from './log-signature.js';

export interface SignatureEntry {
  readonly signature: string;
  readonly level: string | null;
  count: number;
  kept: number;
  readonly firstLine: number;
  lastLine: number;
  readonly firstAt: string | null;
  lastAt: string | null;
  readonly firstStamp: string | null;
  lastStamp: string | null;
}

const LEVEL_ORDER = ['FATAL', 'ERROR', 'WARN', 'INFO', 'DEBUG', 'TRACE'];
const FAMILY_NAMES: Record<LogFamily, string> = {
  text: 'text log',
  json: 'JSON lines',
  journald: 'journald JSON',
  logfmt: 'logfmt',
  syslog: 'syslog',
  logcat: 'Android logcat',
  access: 'web server access log',
  'apache-error': 'Apache error log',
  glog: 'glog/klog',
};

/** Counts over every line and every event of interest; one instance per file. */
export class LogTally {
  readonly levels = new Map<string, number>();
  readonly families = new Map<LogFamily, number>();
  readonly signatures = new Map<string, SignatureEntry>();
  problems = 0;
  fromStatus = 0;
  fromPriority = 0;
  zoneless = 0;
  yearless = 0;
  yearFromReference = 0;
  undated = 0;
  events = 0;
  first: string | null = null;
  last: string | null = null;
  firstStamp: string | null = null;
  lastStamp: string | null = null;

  /** Counts one line (every line, event start or not). */
  addLine(line: LogLine): void {
    if (!line.starts) return;
    if (line.level) this.levels.set(line.level, (this.levels.get(line.level) ?? 0) + 1);
    if (line.family) this.families.set(line.family, (this.families.get(line.family) ?? 0) + 1);
    if (line.problem) this.problems++;
    if (line.levelFrom === 'status') this.fromStatus++;
    if (line.levelFrom === 'priority') this.fromPriority++;
    if (line.zoneless) this.zoneless++;
    if (line.yearless) this.yearless++;
    if (line.yearFromReference) this.yearFromReference++;
    if (line.undated) this.undated++;
    if (line.at) {
      if (this.first === null || line.at < this.first) this.first = line.at;
      if (this.last === null || line.at > this.last) this.last = line.at;
    } else if (line.stamp) {
      this.firstStamp ??= line.stamp;
      this.lastStamp = line.stamp;
    }
  }

  /** Counts one event of interest under its signature; returns whether it is the signature's first. */
  addEvent(
    message: string,
    level: string | null,
    line: number,
    at: string | null,
    stamp: string | null,
  ): SignatureEntry {
    this.events++;
    const signature = errorSignature(message);
    const key = `${level ?? ''}\u0000${signature}`;
    const seen = this.signatures.get(key);
    if (seen) {
      seen.count++;
      seen.lastLine = line;
      seen.lastAt = at ?? seen.lastAt;
      seen.lastStamp = stamp ?? seen.lastStamp;
      return seen;
    }
    const entry: SignatureEntry = {
      signature,
      level,
      count: 1,
      kept: 0,
      firstLine: line,
      lastLine: line,
      firstAt: at,
      lastAt: at,
      firstStamp: stamp,
      lastStamp: stamp,
    };
    this.signatures.set(key, entry);
    return entry;
  }

  /** The family most lines belong to, in words (`Android logcat`), or null for a plain text log. */
  familyName(): string | null {
    let best: LogFamily | null = null;
    for (const [family, count] of this.families)
      if (best === null || count > (this.families.get(best) ?? 0)) best = family;
    return best && best !== 'text' ? FAMILY_NAMES[best] : null;
  }

  levelText(): string {
    const levels = LEVEL_ORDER.filter((l) => this.levels.has(l)).map((l) => `${l} ${this.levels.get(l)}`);
    return levels.length > 0 ? levels.join(', ') : 'no levels';
  }
}
