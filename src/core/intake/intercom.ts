/** @module Intercom conversation (`GET /conversations/{id}`) to evidence. */
import type { FormatParser } from '../model/intake.js';
import { detectJson } from './json/detect-json.js';
import { failedResult, finishResult } from './json/finish-result.js';
import { guardParse } from './json/guard-parse.js';
import { intercomItems } from './json/intercom-items.js';
import { ItemList } from './json/item-list.js';
import { isRecord, rec } from './json/pick.js';
import { readUnitJson } from './json/read-unit-json.js';

const FORMAT = 'intercom-conversation';

function isConversation(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value) || value.type !== 'conversation') return false;
  return isRecord(value.conversation_parts) || isRecord(rec(value.source).author);
}

const conversationParser: FormatParser = {
  format: FORMAT,
  detect: (unit) => (isConversation(detectJson(unit)) ? 0.9 : 0),
  parse: (unit, context) =>
    guardParse(unit, 'chat', FORMAT, () => {
      const json = readUnitJson(unit);
      if (!json.ok) return failedResult('chat', FORMAT, json.warning);
      if (!isConversation(json.value)) {
        return failedResult('chat', FORMAT, `${unit.name}: not an Intercom conversation`);
      }
      const list = new ItemList();
      const { items } = intercomItems(json.value, context);
      for (const item of items) list.add(item);
      const warnings = [...json.warnings];
      const parts = rec(json.value.conversation_parts);
      const listed = Array.isArray(parts.conversation_parts) ? parts.conversation_parts.length : 0;
      // The API returns at most the 500 most recent parts: the oldest ones are then missing.
      if (typeof parts.total_count === 'number' && parts.total_count > listed) {
        warnings.push(
          `${unit.name}: ${parts.total_count - listed} of ${parts.total_count} conversation parts are not in the export`,
        );
      }
      return finishResult(unit, 'chat', FORMAT, list, warnings);
    }),
};

export const intercomParsers: FormatParser[] = [conversationParser];
