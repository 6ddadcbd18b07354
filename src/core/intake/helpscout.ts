/** @module Help Scout Mailbox API 2.0: a conversation with embedded threads, or a thread list. */
import type { FormatParser } from '../model/intake.js';
import { detectJson } from './json/detect-json.js';
import { failedResult, finishResult } from './json/finish-result.js';
import { guardParse } from './json/guard-parse.js';
import { helpscoutItems } from './json/helpscout-items.js';
import { ItemList } from './json/item-list.js';
import { isRecord, rec } from './json/pick.js';
import { readUnitJson } from './json/read-unit-json.js';

const FORMAT = 'helpscout-conversation';

function score(value: unknown): number {
  if (!isRecord(value)) return 0;
  if (Array.isArray(rec(value._embedded).threads)) return 0.85;
  return 'mailboxId' in value && typeof value.threads === 'number' ? 0.8 : 0;
}

const conversationParser: FormatParser = {
  format: FORMAT,
  detect: (unit) => score(detectJson(unit)),
  parse: (unit, context) =>
    guardParse(unit, 'ticket', FORMAT, () => {
      const json = readUnitJson(unit);
      if (!json.ok) return failedResult('ticket', FORMAT, json.warning);
      if (!isRecord(json.value) || score(json.value) === 0) {
        return failedResult('ticket', FORMAT, `${unit.name}: not a Help Scout conversation`);
      }
      const list = new ItemList();
      const { items } = helpscoutItems(json.value, context);
      for (const item of items) list.add(item);
      const warnings = [...json.warnings];
      if (!Array.isArray(rec(json.value._embedded).threads)) {
        warnings.push(`${unit.name}: conversation without embedded threads (fetch it with embed=threads)`);
      }
      return finishResult(unit, 'ticket', FORMAT, list, warnings);
    }),
};

export const helpscoutParsers: FormatParser[] = [conversationParser];
