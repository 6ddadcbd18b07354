/** @module Atlassian Statuspage incidents (public API v2 documents, manage API incidents and updates). */
import type { FormatParser } from '../model/intake.js';
import { detectJson } from './json/detect-json.js';
import { failedResult, finishResult } from './json/finish-result.js';
import { guardParse } from './json/guard-parse.js';
import { ItemList } from './json/item-list.js';
import { rec } from './json/pick.js';
import { readUnitJson } from './json/read-unit-json.js';
import { statuspageItems } from './json/statuspage-items.js';
import { statuspageDoc } from './json/statuspage-shape.js';

const FORMAT = 'statuspage';

function score(value: unknown): number {
  const doc = statuspageDoc(value);
  if (doc === null) return 0;
  const incidents = [...doc.incidents, ...doc.scheduled_maintenances];
  if (incidents.length === 0) return doc.withPage ? 0.6 : 0;
  if (!doc.withPage) return 0.85;
  return incidents.some((i) => Array.isArray(rec(i).incident_updates)) ? 0.9 : 0;
}

const statuspageParser: FormatParser = {
  format: FORMAT,
  detect: (unit) => score(detectJson(unit)),
  parse: (unit) =>
    guardParse(unit, 'status', FORMAT, () => {
      const json = readUnitJson(unit);
      if (!json.ok) return failedResult('status', FORMAT, json.warning);
      const doc = statuspageDoc(json.value);
      if (doc === null || score(json.value) === 0) {
        return failedResult('status', FORMAT, `${unit.name}: not a Statuspage incidents document`);
      }
      const list = new ItemList();
      for (const item of statuspageItems(doc)) list.add(item);
      const warnings = [...json.warnings];
      if (!doc.withPage)
        warnings.push(`${unit.name}: Statuspage incidents without their page; the page's name is not known`);
      return finishResult(unit, 'status', FORMAT, list, warnings);
    }),
};

export const statuspageParsers: FormatParser[] = [statuspageParser];
