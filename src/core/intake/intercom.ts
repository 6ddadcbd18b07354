/** @module Intercom conversations (`GET /conversations/{id}`, older API shapes, lists, webhooks) to evidence. */
import type { FormatParser } from '../model/intake.js';
import { detectJson } from './json/detect-json.js';
import { failedResult, finishResult } from './json/finish-result.js';
import { guardParse } from './json/guard-parse.js';
import { intercomItems } from './json/intercom-items.js';
import { conversationParts, intercomConversations } from './json/intercom-shape.js';
import { ItemList } from './json/item-list.js';
import { idOf, rec } from './json/pick.js';
import { readUnitJson } from './json/read-unit-json.js';

const FORMAT = 'intercom-conversation';

const conversationParser: FormatParser = {
  format: FORMAT,
  detect: (unit) => (intercomConversations(detectJson(unit)).length > 0 ? 0.9 : 0),
  parse: (unit, context) =>
    guardParse(unit, 'chat', FORMAT, () => {
      const json = readUnitJson(unit);
      if (!json.ok) return failedResult('chat', FORMAT, json.warning);
      const conversations = intercomConversations(json.value);
      if (conversations.length === 0) {
        return failedResult('chat', FORMAT, `${unit.name}: not an Intercom conversation`);
      }
      const list = new ItemList();
      const warnings = [...json.warnings];
      const many = conversations.length > 1;
      for (const conversation of conversations) {
        const prefix = many ? `c${idOf(conversation.id) ?? '?'}.` : '';
        for (const item of intercomItems(conversation, context, prefix).items) list.add(item);
        const parts = rec(conversation.conversation_parts);
        const listed = conversationParts(conversation).length;
        // The API returns at most the 500 most recent parts: the oldest ones are then missing.
        if (typeof parts.total_count === 'number' && parts.total_count > listed) {
          const which = many ? ` of conversation ${idOf(conversation.id) ?? '?'}` : '';
          warnings.push(
            `${unit.name}: ${parts.total_count - listed} of ${parts.total_count} conversation parts${which} are not in the export`,
          );
        }
      }
      // A list response carries each conversation's opening message only, never its replies.
      if (conversations.every((c) => c.conversation_parts === undefined)) {
        warnings.push(
          `${unit.name}: ${conversations.length} conversation(s) with the opening message only, no replies (a list response); fetch each conversation for its parts`,
        );
      }
      return finishResult(unit, 'chat', FORMAT, list, warnings);
    }),
};

export const intercomParsers: FormatParser[] = [conversationParser];
