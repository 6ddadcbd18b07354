/** @module Help Scout conversations (Mailbox API 2.0, API v1 and its webhooks) or thread lists. */
import type { FormatParser } from '../model/intake.js';
import { detectJson } from './json/detect-json.js';
import { failedResult, finishResult } from './json/finish-result.js';
import { guardParse } from './json/guard-parse.js';
import { helpscoutItems } from './json/helpscout-items.js';
import { helpscoutConversation } from './json/helpscout-shape.js';
import { ItemList } from './json/item-list.js';
import { rec } from './json/pick.js';
import { readUnitJson } from './json/read-unit-json.js';

const FORMAT = 'helpscout-conversation';

function score(value: unknown): number {
  const conversation = helpscoutConversation(value);
  if (conversation === null) return 0;
  return Array.isArray(rec(conversation._embedded).threads) ? 0.85 : 0.8;
}

const conversationParser: FormatParser = {
  format: FORMAT,
  detect: (unit) => score(detectJson(unit)),
  parse: (unit, context) =>
    guardParse(unit, 'ticket', FORMAT, () => {
      const json = readUnitJson(unit);
      if (!json.ok) return failedResult('ticket', FORMAT, json.warning);
      const conversation = helpscoutConversation(json.value);
      if (conversation === null) {
        return failedResult('ticket', FORMAT, `${unit.name}: not a Help Scout conversation`);
      }
      const list = new ItemList();
      const { items } = helpscoutItems(conversation, context);
      for (const item of items) list.add(item);
      const warnings = [...json.warnings];
      if (!Array.isArray(rec(conversation._embedded).threads)) {
        warnings.push(`${unit.name}: conversation without embedded threads (fetch it with embed=threads)`);
      }
      return finishResult(unit, 'ticket', FORMAT, list, warnings);
    }),
};

export const helpscoutParsers: FormatParser[] = [conversationParser];
