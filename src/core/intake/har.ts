/** @module HAR 1.2 network captures (Chrome, Firefox, proxies) to evidence, secrets stripped. */
import type { FormatParser } from '../model/intake.js';
import { detectJson } from './json/detect-json.js';
import { failedResult, finishResult } from './json/finish-result.js';
import { guardParse } from './json/guard-parse.js';
import { harItems, MAX_HAR_ENTRIES } from './json/har-items.js';
import { ItemList } from './json/item-list.js';
import { isRecord, rec } from './json/pick.js';
import { readUnitJson } from './json/read-unit-json.js';

const FORMAT = 'har';

/** A HAR entry: a request and its response (the URL may be missing; the entry is still counted). */
function isEntry(value: unknown): boolean {
  const entry = rec(value);
  return isRecord(entry.request) && isRecord(entry.response);
}

/**
 * The HAR log: `{log}` as HAR 1.2 has it (some tools omit `version`), or a lone entry or array of
 * entries as copied out of DevTools; null when the value is none of these.
 */
function harLog(value: unknown): Record<string, unknown> | null {
  if (Array.isArray(value))
    return value.length > 0 && value.slice(0, 20).every(isEntry) ? { entries: value } : null;
  if (isEntry(value)) return { entries: [value] };
  const log = rec(rec(value).log);
  if (!Array.isArray(log.entries)) return null;
  return 'version' in log || log.entries.slice(0, 20).some(isEntry) ? log : null;
}

function isHar(value: unknown): boolean {
  return harLog(value) !== null;
}

const harParser: FormatParser = {
  format: FORMAT,
  detect: (unit) => (isHar(detectJson(unit)) ? 0.95 : 0),
  parse: (unit) =>
    guardParse(unit, 'network', FORMAT, () => {
      const json = readUnitJson(unit);
      if (!json.ok) return failedResult('network', FORMAT, json.warning);
      const log = harLog(json.value);
      if (log === null) {
        return failedResult('network', FORMAT, `${unit.name}: not a HAR log (no log.entries)`);
      }
      const list = new ItemList();
      const { items, truncated } = harItems(log);
      for (const item of items) list.add(item);
      const warnings = [...json.warnings];
      if (truncated)
        warnings.push(`${unit.name}: more than ${MAX_HAR_ENTRIES} entries; the rest were not examined`);
      return finishResult(unit, 'network', FORMAT, list, warnings);
    }),
};

export const harParsers: FormatParser[] = [harParser];
