/** @module Microsoft Teams chat or channel messages as Graph returns them (`value[]` of chatMessage). */
import type { FormatParser } from '../model/intake.js';
import { detectJson } from './json/detect-json.js';
import { failedResult, finishResult } from './json/finish-result.js';
import { guardParse } from './json/guard-parse.js';
import { ItemList } from './json/item-list.js';
import { pagingWarning } from './json/paging-warning.js';
import { arr, isRecord, rec, str } from './json/pick.js';
import { readUnitJson } from './json/read-unit-json.js';
import { teamsMessageItem } from './json/teams-message.js';
import { toUtcIso } from './util/time.js';

const FORMAT = 'teams-messages';

function isChatMessage(value: unknown): boolean {
  const m = rec(value);
  return 'messageType' in m && 'createdDateTime' in m && isRecord(m.body) && 'contentType' in m.body;
}

function isMessageList(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && Array.isArray(value.value) && value.value.slice(0, 20).some(isChatMessage);
}

const teamsParser: FormatParser = {
  format: FORMAT,
  detect: (unit) => (isMessageList(detectJson(unit)) ? 0.85 : 0),
  parse: (unit, context) =>
    guardParse(unit, 'chat', FORMAT, () => {
      const json = readUnitJson(unit);
      if (!json.ok) return failedResult('chat', FORMAT, json.warning);
      if (!isMessageList(json.value))
        return failedResult('chat', FORMAT, `${unit.name}: not a Teams message list`);
      // Graph does not promise an order (it is often newest first): sort by creation time, then id.
      const messages = arr(json.value.value)
        .map(rec)
        .map((m, index) => ({ m, index, at: toUtcIso(m.createdDateTime) ?? '' }))
        .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.index - b.index));
      const list = new ItemList();
      let deleted = 0;
      let events = 0;
      for (const { m } of messages) {
        if (str(m.deletedDateTime) !== undefined) {
          deleted++;
          continue;
        }
        // System events (members added, renames) and typing indicators are not anyone's words.
        if (str(m.messageType) !== 'message') {
          events++;
          continue;
        }
        const item = teamsMessageItem(m, context);
        if (item !== null) list.add(item);
      }
      const warnings = [...json.warnings];
      warnings.push(...pagingWarning(unit.name, json.value));
      const result = finishResult(unit, 'chat', FORMAT, list, warnings);
      return { ...result, data: { deletedMessages: deleted, systemEvents: events } };
    }),
};

export const teamsParsers: FormatParser[] = [teamsParser];
