/**
 * @module JSON no format parser claims: refused with a warning that names the shape found and the
 * shapes Spine reads, never kept as a raw note cited as evidence.
 */
import type { FormatParser, IntakeUnit, ParseResult } from '../model/intake.js';
import { describeJson } from './json/describe-json.js';
import { MAX_JSON_BYTES } from './json/read-unit-json.js';
import { decodeText, looksBinary } from './util/decode.js';
import { parseJsonLenient } from './util/lenient-json.js';

const FORMAT = 'json';

/** What a JSON file must be for Spine to read it (shown in the warning). */
export const READABLE_JSON =
  'a Zendesk ticket, comments, audits or incremental export; an Intercom conversation (or list, or webhook); ' +
  'a Freshdesk ticket or conversations (API v1 or v2); a Help Scout conversation (API v1 or v2); ' +
  'Statuspage incidents; a Microsoft Teams message list; a Slack export or message array; a HAR capture';

// `[` alone is not enough: log lines and pasted chat start with `[09:40]`.
const JSON_START = /^\s*(\{|\[\s*[[{"\]])/;

/** True when every non-empty line is a JSON value on its own: JSON lines, a log, not one document. */
function isJsonLines(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length < 2) return false;
  return lines.slice(0, 50).every((line) => {
    try {
      JSON.parse(line);
      return true;
    } catch {
      return false;
    }
  });
}

function textOf(unit: IntakeUnit): string | null {
  const [file] = unit.files;
  if (unit.files.length !== 1 || !file || file.bytes.length === 0 || file.bytes.length > MAX_JSON_BYTES)
    return null;
  if (looksBinary(file.bytes)) return null;
  return decodeText(file.bytes).text;
}

function refuse(unit: IntakeUnit, warning: string, status: 'skipped' | 'failed'): ParseResult {
  return { kind: 'other', format: FORMAT, items: [], warnings: [`${unit.name}: ${warning}`], status };
}

/** Claims JSON-looking text just above the notes fallback, so any real format parser wins. */
export const unreadJsonParser: FormatParser = {
  format: FORMAT,
  detect(unit) {
    const text = textOf(unit);
    if (text === null || !JSON_START.test(text.slice(0, 64))) return 0;
    return isJsonLines(text) ? 0 : 0.06;
  },
  parse(unit) {
    const text = textOf(unit);
    if (text === null) return refuse(unit, 'empty, binary or too large to read as JSON', 'skipped');
    const parsed = parseJsonLenient(text);
    if (!parsed.ok) {
      return refuse(unit, `invalid JSON (${parsed.error.slice(0, 160)}); nothing was read from it`, 'failed');
    }
    return refuse(
      unit,
      `JSON in a shape Spine does not read (${describeJson(parsed.value)}); expected ${READABLE_JSON}`,
      'skipped',
    );
  },
};

export const unreadJsonParsers: FormatParser[] = [unreadJsonParser];
