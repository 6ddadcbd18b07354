/** @module Atlassian Statuspage public API v2 (`incidents.json`, `unresolved.json`, `summary.json`). */
import type { FormatParser } from '../model/intake.js';
import { detectJson } from './json/detect-json.js';
import { failedResult, finishResult } from './json/finish-result.js';
import { guardParse } from './json/guard-parse.js';
import { ItemList } from './json/item-list.js';
import { arr, isRecord, rec } from './json/pick.js';
import { readUnitJson } from './json/read-unit-json.js';
import { statuspageItems } from './json/statuspage-items.js';

const FORMAT = 'statuspage';

function score(value: unknown): number {
  if (!isRecord(value) || rec(value.page).id === undefined) return 0;
  const lists = [value.incidents, value.scheduled_maintenances].filter(Array.isArray);
  if (lists.length === 0) return 0;
  const incidents = lists.flatMap((l) => arr(l));
  if (incidents.length === 0) return 0.6;
  return incidents.some((i) => Array.isArray(rec(i).incident_updates)) ? 0.9 : 0;
}

const statuspageParser: FormatParser = {
  format: FORMAT,
  detect: (unit) => score(detectJson(unit)),
  parse: (unit) =>
    guardParse(unit, 'status', FORMAT, () => {
      const json = readUnitJson(unit);
      if (!json.ok) return failedResult('status', FORMAT, json.warning);
      if (!isRecord(json.value) || score(json.value) === 0) {
        return failedResult('status', FORMAT, `${unit.name}: not a Statuspage incidents document`);
      }
      const list = new ItemList();
      for (const item of statuspageItems(json.value)) list.add(item);
      return finishResult(unit, 'status', FORMAT, list, json.warnings);
    }),
};

export const statuspageParsers: FormatParser[] = [statuspageParser];
