/** @module Exact error strings: codes, request ids, HTTP statuses, exceptions, quoted messages. */
import { parseLogLine } from '../intake/text/log-line.js';
import { type PhoneSpan, phoneNumbers } from '../intake/text/phone-number.js';
import { type Claim, claim } from './claim.js';
import type { ExtractContext, Item } from './context.js';
import { actedOn, inErrorPlace, namesAThing, saysDenied, saysFailure } from './error-context.js';
import { errorTemplate } from './error-template.js';
import { failedStatus, freeText, logLineFailure, readFields } from './log-line-failure.js';
import { reportsRetriesOut } from './reports-retries-out.js';

const MAX_ERRORS = 20;
// the shape of a request, trace or correlation id (req_7f3a22, rq_5KQ2M8, trace-9b1e…)
const REQUEST_ID = /^(?:req|request|rq|trace|corr|span)[_-][\w-]{4,}$/i;
// each pattern's first capture group (or whole match) is the exact string kept
const PATTERNS: readonly RegExp[] = [
  // ERR_BRIDGE_413, AUTH-4712, INVALID_FLD_VALUE: upper-case codes with a separator
  // (with a qualifying prefix when it has one: NET::ERR_CERT_COMMON_NAME_INVALID)
  /(?<![\w:])((?:[A-Za-z]{2,12}::)?[A-Z][A-Z0-9]{1,20}(?:[_-][A-Z0-9]{1,20}){1,5})\b/g,
  // a one-letter prefix before an underscore: E_ADDR_FIELD_LENGTH, X_RATE_LIMITED
  /(?<![\w:-])([A-Z]_[A-Z0-9]{2,20}(?:_[A-Z0-9]{1,20}){0,5})\b/g,
  // letter+digit codes: AADSTS50011, ORA00942, CS0246
  /\b([A-Z]{2,10}\d{3,8})\b/g,
  // "code": "internal_error" in JSON bodies and logs
  // (a bare "type" names a JSON object's kind, "api_error" or "conversation_part", not an error)
  /["']?(?:error_?code|code|error|errorCode|error_type)["']?\s*[:=]\s*["']([A-Za-z][\w.-]{2,60})["']/g,
  // unquoted logfmt codes: code=E_ADDR_FIELD_LENGTH, error=invalid_grant
  /\b(?:error_?code|code|errorCode|error|err|reason|check)=((?:[A-Z][A-Z0-9]*(?:[_.-][A-Z0-9]+)+)|(?:[a-z]+(?:_[a-z0-9]+)+))(?![\w"'])/g,
  // the message after a code or a message label: "E_ADDR_FIELD_LENGTH: street1 must be at most 35 characters"
  /(?:\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|\b(?:[Mm]essage|MESSAGE|[Dd]etail|[Rr]eason)):[ \t]+([A-Za-z][^\n(]{5,160}?)(?=\s*\(|[.;]\s|[.;]?$|\n|\s{2})/gm,
  // request ids
  /\b((?:req|request|trace|corr)[_-][A-Za-z0-9]{6,40})\b/g,
  // "Request id: x-request-id: rq_5KQ2" keeps the value, not the header's name
  /\b(?:request[ _-]?id|x-request-id|trace[ _-]?id|correlation[ _-]?id)["']?\s*[:=#]?\s*(?:x-[\w-]+["']?\s*[:=]\s*)?["']?([A-Za-z0-9][\w-]{5,60})/gi,
  // HTTP statuses with their reason phrase, on one line (never inside a phone number, see STATUS)
  // (not a status field followed by a key: `status=401 error=invalid_api_key` is no "401 error")
  /\b((?:HTTP(?:\/\d(?:\.\d)?)?[ \t]*)?[45]\d\d[ \t]+(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3}|error))\b(?!=)/g,
  // exceptions with their message
  // (with its package: android.app.MissingForegroundServiceTypeException: …), the message ending
  // before a run of spaces or key=value pairs
  /(?<![\w.])((?:[a-z][a-z0-9_]*\.)*[A-Z][A-Za-z0-9]*(?:Exception|Error)(?::[ \t]*(?:(?![ \t]{2}|[ \t]+[\w.]+=)[^\n]){3,160})?)/g,
  // logfmt messages: msg="Sync token is no longer valid"
  /\b(?:msg|message|error|err)=["“]([^"”\n]{4,200})["”]/g,
  // an unquoted message shown to the user: "It says Export limit reached."
  /\b(?:[Ii]t|[Tt]he (?:screen|page|app|dialog|banner|error)|[Tt]his) (?:says|said|shows|showed|reads|displays)\s*:?\s+([A-Z][^.!?\n"“]{6,80})/g,
  // POSIX/Node error names: ETIMEDOUT, ECONNRESET, ENOTFOUND
  /\b(E[A-Z]{4,14})\b/g,
  // "Error in our logs: ETIMEDOUT after 30000ms calling /v1/payouts"
  // (on the same line: "without errors:" closing a line introduces a list, not a message)
  /\b(?:error|exception)s?(?: (?:in|from|on) [\w ]{1,24})?:[ \t]+([^\n]{4,120}?)(?=\.\s|\.$|\n|$)/gi,
  // quoted messages after an error cue
  /\b(?:error|message|says|said|shows|showing|reads|returned|returns|fail\w*)\b[^"“\n]{0,24}["“]([^"”\n]{4,140})["”]/gi,
];
// patterns whose value is free text: a bare word there ("Token") is a label, not an error
const FREE_TEXT = new Set([PATTERNS.length - 1, PATTERNS.length - 2]);
// messages shown or quoted in people's words: an error only when the message says something failed
const SHOWN = new Set([11, PATTERNS.length - 1]);
// request and trace ids (patterns 6 and 7) are machine-made: they carry a digit ("response" is no id)
const IDS = new Set([6, 7]);
// HTTP statuses (pattern 8): the last digits of a phone number ("T: 01632 960 418\nThis …") are none
const STATUS = 8;
const QUOTED = PATTERNS.length - 1;
const NOT_CODES =
  /^(?:UTF-?\d+|ISO-?\d+|RFC-?\d+|(?:SHA|AES|RSA|MD|CRC|ASCII)-?\d+|SOC-?\d|UTC[+-]\d+|GMT[+-]\d+|TLS-\d|SHA-\d+|[A-Z]{1,3}-\d{1,2}|COVID-\d+)$/;
const WARN_PROBLEM =
  /\b(?:mismatch|fail\w*|errors?|time-?outs?|timed out|lag|reject\w*|invalid|missing|denied|crash\w*|exceed\w*|limit|saturat\w*|exhaust\w*|drop\w*|retry|retries|slow)\b/i;
const ERRNO =
  /^E(?:CONN\w+|TIMEDOUT|NOTFOUND|ACCES|PERM|NOENT|PIPE|ADDRINUSE|HOSTUNREACH|NETUNREACH|MFILE|NOSPC|PROTO)$/;
const ERROR_LEVEL = /^(?:error|fatal|critical|severe|err|crit|warn|warning)$/i;
const LEVEL_TOKEN = /(?:^|\s|\[)(?:ERROR|FATAL|ERR|CRIT\w*|SEVERE|WARN(?:ING)?)\]?:?\s+/;

// help-centre articles and docs cited by id (KB-1042) are references, not errors
const ARTICLE_ID = /^(?:KB|DOC|DOCS|FAQ|ART|HC)-?\d+$/i;
// a UUID (or an OCR misread of one) identifies a request or a session; it says nothing went wrong
const UUID_LIKE = /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/i;
// a status line that reports success, and retry counters, are not errors
const NOT_AN_ERROR =
  /\b(?:last successful|successful(?:ly)?|succeeded)\b|^(?:attempt|retry|retries|retry_count)\s*[=:#]?\s*\d+$/i;

function accept(value: string): boolean {
  const v = value.trim();
  if (v.length < 4 || NOT_CODES.test(v)) return false;
  if (ARTICLE_ID.test(v) || UUID_LIKE.test(v) || NOT_AN_ERROR.test(v)) return false;
  if (/^\d{4}-\d\d/.test(v)) return false;
  // a header's name is not an error
  if (/^x-[a-z]+(?:-[a-z]+)*$/i.test(v)) return false;
  // record ids (SHP-8841230, INV-QM-2026-11) are not errors: long numbers or a year inside
  if (/^[A-Z]+(?:-[A-Z]+)*-(?:\d{5,}|20\d\d-\d+)$/.test(v)) return false;
  // upper-case tokens must carry a digit or an underscore to be a code, not a shouted word
  if (ERRNO.test(v)) return true;
  if (/^[A-Z-]+$/.test(v)) return false;
  return true;
}

// a line that reports an error: an error key, level or word ("error", "ERROR", "fatal", "exception")
// words that make a line report an error: an error key, level or word ("error", "ERROR", "fatal", "exception")
const ERROR_WORDS = ['error', 'fatal', 'exception'];

/** True when a line reports an error in so many words. */
function saysError(line: string): boolean {
  const lower = line.toLowerCase();
  return ERROR_WORDS.some((w) => lower.includes(w));
}

/** The line of `text` around offset `at`. */
function lineAt(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, end < 0 ? undefined : end);
}

function scan(
  item: Item,
  text: string,
  push: (v: string, outcome?: boolean) => void,
  warningsCount: boolean,
): void {
  const machine = item.unit === 'ocr' || item.unit === 'log' || item.unit === 'request';
  // a recorded request's status line is the envelope: when its body names the error ("upstream_timeout",
  // a message), that is what went wrong, and "504 Gateway Timeout" beside it adds nothing
  if (item.unit === 'request') {
    const found: Array<[string, boolean]> = [];
    scanText(item, text, (v, p) => found.push([v, p === STATUS]), machine);
    const named = found.some(([v, status]) => !status && !REQUEST_ID.test(v));
    for (const [v, status] of found) if (!(status && named)) push(v);
    return;
  }
  scanText(item, text, (v) => push(v), machine);
  if (item.unit === 'log') scanLogLevel(item, text, push, warningsCount);
}

function scanText(item: Item, text: string, push: (v: string, p: number) => void, machine: boolean): void {
  let phones: PhoneSpan[] | undefined;
  const inPhone = (at: number) => {
    phones ??= phoneNumbers(text);
    return phones.some((span) => span.start <= at && at < span.end);
  };
  PATTERNS.forEach((re, p) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const raw = (m[1] ?? m[0]).trim();
      // a quoted message keeps its own closing punctuation: msg="Token expired."
      const quoted = m[1] !== undefined && /["”]$/.test(m[0]) && m[0].slice(0, -1).endsWith(m[1]);
      const v = (quoted ? raw : raw.replace(/[.,;]+$/, '')).replace(/^["“](.*)["”]$/, '$1');
      if (!accept(v)) continue;
      if (FREE_TEXT.has(p) && /^[A-Za-z][a-z]*$/.test(v)) continue;
      if (SHOWN.has(p) && !saysFailure(v)) continue;
      if (IDS.has(p) && !/\d/.test(v)) continue;
      const start = m.index + m[0].indexOf(raw);
      // a path's segment ("dlq_key=tenant/TL40-0711C2-0001") names a stored thing; a quoted key before
      // its colon (`{"error_code": …`) is a field's name, not the message
      if (p <= 2 && text[start - 1] === '/') continue;
      if (
        p === QUOTED &&
        text
          .slice(m.index + m[0].length)
          .trimStart()
          .startsWith(':')
      )
        continue;
      // a request id in a header, a list of calls or an info line only addresses a call; quoted
      // by the error's own body or an error line ({"error": …, "request_id": …}) it is part of it
      if (REQUEST_ID.test(v) && !saysError(lineAt(text, start))) continue;
      if (p === STATUS && inPhone(start)) continue;
      // "device=HSA-G01", "one test laptop (LT0412)": a code-shaped name of a thing
      if (p <= 2 && namesAThing(text, start, start + raw.length)) continue;
      // in people's words a code must stand in an error's place: "HLX-5520 hasn't been picked up"
      // and "LAW2041 has 212 submissions, 0 failed" name a ticket and a course
      if (p <= 2 && !machine && actedOn(text, start)) continue;
      if (
        p <= 2 &&
        !machine &&
        // "AADSTS50011: The redirect URI …" is a code with its message
        !(p >= 1 && /^:\s+[A-Za-z]/.test(text.slice(m.index + m[0].length))) &&
        !saysFailure(
          /^:[ \t]+([A-Za-z]\S*[ \t]+[A-Za-z][^\n.;]{1,78})/.exec(text.slice(start + raw.length))?.[1] ?? '',
        ) &&
        !inErrorPlace(text, start, start + raw.length)
      )
        continue;
      push(v, p);
    }
  });
}

function scanLogLevel(
  item: Item,
  text: string,
  push: (v: string, outcome?: boolean) => void,
  warningsCount: boolean,
): void {
  if (ERROR_LEVEL.test(item.ev.meta?.level ?? '')) {
    const lines = text.split('\n');
    const line = lines.find((l) => LEVEL_TOKEN.test(l)) ?? '';
    const m = LEVEL_TOKEN.exec(line);
    // logcat writes its level as one letter before the tag: "W SyncEngine: 409 CONFLICT …"
    const first = parseLogLine(lines[0] ?? '');
    // the message after the level (or the logcat tag), without trailing key=value pairs
    const rest = m
      ? line.slice(m.index + m[0].length)
      : first.family === 'logcat'
        ? first.message.replace(/^[^:]{1,60}:\s+/, '')
        : '';
    // the text after the logger and context prefixes
    const body = rest
      // "[ctx] a.b.Logger - ", Spring Boot's "1 --- [app] [thread] c.t.Logger : "
      .replace(/^(?:\d+\s+---\s+)?(?:\[[^\]]{1,60}\]\s+)*(?:[\w$]+\.)+[\w$]+\s+[:-]\s+/, '')
      .replace(/^[\w.-]+\[[^\]]{1,40}\]:?\s+/, '')
      // a bracketed tag before the message names where it ran: "[gw-use1-a] upstream …"
      .replace(/^(?:\[[^\]\s]{1,60}\]\s+)+(?:-\s+)?(?=\S)/, '');
    // a key=value line's failure is its status and its message or error field, else the words
    // outside its fields: not the whole line with its ids, attempts and timings
    const fields = readFields(body);
    const msg = (logLineFailure(body, fields) ?? freeText(body, fields)).trim();
    // a warning counts only in a log that has no errors, and only when it says what went wrong
    // ("row count mismatch", "grant not found", "price_delta_exceeds_threshold", "409 CONFLICT"),
    // not "restarting"
    const isWarn = /^warn/i.test(item.ev.meta?.level ?? '');
    const words = msg.replace(/_/g, ' ');
    const saysProblem = WARN_PROBLEM.test(words) || saysDenied(words) || /^[45]\d\d\b/.test(msg);
    // a request the line records as failed (status=401) is an error at any level, in any log
    // (with its message or error field: a bare event name such as "api.request" says nothing)
    const failedRequest = failedStatus(fields) !== undefined && /\s/.test(msg);
    if (msg.length >= 8 && (!isWarn || failedRequest || (warningsCount && saysProblem)))
      push(msg.slice(0, 200), !/["“]/.test(msg) && reportsRetriesOut(msg));
  }
}

/** An error with the evidence it was seen in; `count` when a log or request saw it more than once. */
export interface ErrorClaim extends Claim<string> {
  /** how many log events or requests carry this error (its template), when more than one */
  count?: number;
}

interface Group {
  value: string;
  cites: string[];
  /** every item it was found in (the cites are bounded) */
  items: Set<string>;
  /** a log line saying only that retrying stopped (quoting no message): the outcome of the errors before it */
  outcome: boolean;
  /** machine items (log events, requests) seen, and how many events each stands for */
  events: Map<string, number>;
}

/** cites kept per error: the first ones and, past them, the latest (first and last seen) */
const MAX_CITES = 6;

function addCite(group: Group, id: string): void {
  if (group.cites.includes(id)) return;
  if (group.cites.length < MAX_CITES) group.cites.push(id);
  else group.cites[MAX_CITES - 1] = id;
}

const newGroup = (value: string, outcome: boolean): Group => ({
  value,
  cites: [],
  items: new Set(),
  outcome,
  events: new Map(),
});

/** People's words quoting a log's error exactly join the log's group (they keep their own key). */
function mergeSameValue(groups: readonly Group[]): Group[] {
  const out: Group[] = [];
  for (const g of groups) {
    const same = out.find((o) => o.value === g.value);
    if (!same) {
      out.push(g);
      continue;
    }
    for (const id of g.cites) addCite(same, id);
    for (const id of g.items) same.items.add(id);
    for (const [id, n] of g.events) same.events.set(id, n);
    same.outcome &&= g.outcome;
  }
  return out;
}

/**
 * Exact error strings found anywhere outside the draft; low-confidence OCR only when new. Errors
 * from logs and requests group by their template (ids, numbers, hex and times masked), so one
 * failure seen on many lines is one error with a count, citing its first and latest lines.
 */
export function extractErrors(ctx: ExtractContext): ErrorClaim[] {
  const found = new Map<string, Group>();
  const lowOcr: Array<[string, string]> = [];
  // logs with error or fatal events: their errors say what went wrong, their warnings are context
  const erring = new Set(
    ctx.items
      .filter((i) => i.unit === 'log' && /^(?:error|fatal)$/i.test(i.ev.meta?.level ?? ''))
      .map((i) => i.ev.source),
  );
  for (const item of ctx.items) {
    const low = item.unit === 'ocr' && item.ev.meta?.lowConfidence === true;
    const machine = item.unit === 'log' || item.unit === 'request';
    // a log event folded with its identical repeats stands for all of them
    const events = item.unit === 'log' && item.ev.meta?.level ? (item.ev.meta.count ?? 1) : 1;
    const warningsCount = !erring.has(item.ev.source);
    scan(
      item,
      item.ev.text.slice(0, 20_000),
      (v, outcome = false) => {
        if (low) {
          lowOcr.push([v, item.id]);
          return;
        }
        // a request id is one call, not a failure's shape: it never groups with other ids
        const grouped = machine && !REQUEST_ID.test(v);
        const key = grouped ? errorTemplate(v) : v;
        const group = found.get(key) ?? newGroup(v, outcome);
        found.set(key, group);
        addCite(group, item.id);
        group.items.add(item.id);
        if (grouped) group.events.set(item.id, events);
      },
      warningsCount,
    );
  }
  for (const [v, id] of lowOcr) if (!found.has(v)) found.set(v, { ...newGroup(v, false), cites: [id] });
  const groups = mergeSameValue([...found.values()]);
  // retrying that ran out is what the errors of its log led to, when that log lists one
  const sourceOf = (id: string) => id.slice(0, id.indexOf(':'));
  const listed = new Set(groups.filter((g) => !g.outcome).flatMap((g) => [...g.items].map(sourceOf)));
  const errors = groups.filter((g) => !g.outcome || ![...g.items].some((id) => listed.has(sourceOf(id))));
  const textOf = new Map(ctx.items.map((i) => [i.id, i.ev.text]));
  // a value inside a longer kept value adds nothing; a bare code does, unless a log line's failure
  // holds it wherever it was found ("ETIMEDOUT" beside the logged "connect ETIMEDOUT" adds nothing)
  const kept = errors.filter((g) => {
    const longer = errors.filter(
      (o) => o !== g && o.value.length > g.value.length && o.value.includes(g.value),
    );
    if (longer.length === 0) return true;
    if (!/^[\w-]+$/.test(g.value)) return false;
    const logged = longer.filter((o) => o.events.size > 0);
    return (
      logged.length === 0 ||
      [...g.items].some(
        (id) => !logged.some((o) => o.items.has(id) || (textOf.get(id) ?? '').includes(o.value)),
      )
    );
  });
  const all = kept.map((g): ErrorClaim => {
    const count = [...g.events.values()].reduce((sum, n) => sum + n, 0);
    return { ...claim(g.value, g.cites), ...(count > 1 ? { count } : {}) };
  });
  // a request id names which call failed, not what went wrong: the first one is kept for the handoff
  // note to quote, the rest (more calls failing the same way, a misread copy) would pad the errors
  const firstId = all.find((c) => REQUEST_ID.test(c.value));
  return all.filter((c) => c === firstId || !REQUEST_ID.test(c.value)).slice(0, MAX_ERRORS);
}
