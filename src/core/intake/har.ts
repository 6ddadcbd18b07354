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

function isHar(value: unknown): boolean {
  const log = rec(rec(value).log);
  return Array.isArray(log.entries) && 'version' in log;
}

const harParser: FormatParser = {
  format: FORMAT,
  detect: (unit) => (isHar(detectJson(unit)) ? 0.95 : 0),
  parse: (unit) =>
    guardParse(unit, 'network', FORMAT, () => {
      const json = readUnitJson(unit);
      if (!json.ok) return failedResult('network', FORMAT, json.warning);
      if (!isRecord(json.value) || !isHar(json.value)) {
        return failedResult('network', FORMAT, `${unit.name}: not a HAR log (no log.entries)`);
      }
      const list = new ItemList();
      const { items, truncated } = harItems(rec(json.value.log));
      for (const item of items) list.add(item);
      const warnings = [...json.warnings];
      if (truncated)
        warnings.push(`${unit.name}: more than ${MAX_HAR_ENTRIES} entries; the rest were not examined`);
      return finishResult(unit, 'network', FORMAT, list, warnings);
    }),
};

export const harParsers: FormatParser[] = [harParser];
