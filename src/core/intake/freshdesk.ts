/** @module Freshdesk API v2: a ticket object (optionally with conversations) and conversation lists. */
import type { FormatParser } from '../model/intake.js';
import { detectJson } from './json/detect-json.js';
import { failedResult, finishResult } from './json/finish-result.js';
import { freshdeskConversationItem } from './json/freshdesk-conversation.js';
import { freshdeskRequester, freshdeskTicketItems } from './json/freshdesk-ticket-items.js';
import { guardParse } from './json/guard-parse.js';
import { ItemList } from './json/item-list.js';
import { arr, isRecord, rec } from './json/pick.js';
import { readUnitJson } from './json/read-unit-json.js';

function isTicket(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && 'description_text' in value && 'requester_id' in value;
}

function isConversation(value: unknown): boolean {
  return isRecord(value) && 'body_text' in value && 'incoming' in value && 'private' in value;
}

const ticketParser: FormatParser = {
  format: 'freshdesk-ticket',
  detect: (unit) => (isTicket(detectJson(unit)) ? 0.85 : 0),
  parse: (unit, context) =>
    guardParse(unit, 'ticket', 'freshdesk-ticket', () => {
      const json = readUnitJson(unit);
      if (!json.ok) return failedResult('ticket', 'freshdesk-ticket', json.warning);
      if (!isTicket(json.value)) {
        return failedResult('ticket', 'freshdesk-ticket', `${unit.name}: not a Freshdesk ticket object`);
      }
      const ticket = json.value;
      const requester = freshdeskRequester(ticket);
      const list = new ItemList();
      for (const item of freshdeskTicketItems(ticket, requester, context)) list.add(item);
      for (const raw of arr(ticket.conversations)) {
        const item = freshdeskConversationItem(raw, requester, context);
        if (item !== null) list.add(item);
      }
      const warnings = [...json.warnings];
      // include=conversations embeds at most ten: a full ten means later ones may be missing.
      if (arr(ticket.conversations).length >= 10) {
        warnings.push(
          `${unit.name}: ticket embeds 10 conversations, the most Freshdesk includes; later ones may be missing`,
        );
      }
      return finishResult(unit, 'ticket', 'freshdesk-ticket', list, warnings);
    }),
};

const conversationsParser: FormatParser = {
  format: 'freshdesk-conversations',
  detect: (unit) => {
    const value = detectJson(unit);
    return Array.isArray(value) && value.slice(0, 20).some(isConversation) ? 0.85 : 0;
  },
  parse: (unit, context) =>
    guardParse(unit, 'ticket', 'freshdesk-conversations', () => {
      const json = readUnitJson(unit);
      if (!json.ok) return failedResult('ticket', 'freshdesk-conversations', json.warning);
      if (!Array.isArray(json.value)) {
        return failedResult('ticket', 'freshdesk-conversations', `${unit.name}: not a conversation array`);
      }
      const list = new ItemList();
      // A bare conversation list does not say who the requester is; `incoming` still tells the side.
      for (const raw of json.value) {
        const item = freshdeskConversationItem(raw, {}, context);
        if (item !== null) list.add(item);
      }
      const skipped = json.value.filter((raw) => !isConversation(rec(raw))).length;
      const warnings = [...json.warnings];
      if (skipped > 0) warnings.push(`${unit.name}: ${skipped} entries are not conversations`);
      return finishResult(unit, 'ticket', 'freshdesk-conversations', list, warnings);
    }),
};

export const freshdeskParsers: FormatParser[] = [ticketParser, conversationsParser];
