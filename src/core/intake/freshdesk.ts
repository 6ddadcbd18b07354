/** @module Freshdesk API v2 and v1: tickets (optionally with conversations or notes) and conversation lists. */
import type { FormatParser } from '../model/intake.js';
import { detectJson } from './json/detect-json.js';
import { failedResult, finishResult } from './json/finish-result.js';
import { freshdeskConversationItem } from './json/freshdesk-conversation.js';
import {
  freshdeskAgents,
  freshdeskConversations,
  freshdeskTickets,
  isFreshdeskConversation,
} from './json/freshdesk-shape.js';
import { freshdeskRequester, freshdeskTicketItems } from './json/freshdesk-ticket-items.js';
import { guardParse } from './json/guard-parse.js';
import { ItemList } from './json/item-list.js';
import { arr, idOf } from './json/pick.js';
import { readUnitJson } from './json/read-unit-json.js';

const ticketParser: FormatParser = {
  format: 'freshdesk-ticket',
  detect: (unit) => (freshdeskTickets(detectJson(unit)).length > 0 ? 0.85 : 0),
  parse: (unit, context) =>
    guardParse(unit, 'ticket', 'freshdesk-ticket', () => {
      const json = readUnitJson(unit);
      if (!json.ok) return failedResult('ticket', 'freshdesk-ticket', json.warning);
      const tickets = freshdeskTickets(json.value);
      if (tickets.length === 0) {
        return failedResult('ticket', 'freshdesk-ticket', `${unit.name}: not a Freshdesk ticket object`);
      }
      const list = new ItemList();
      const warnings = [...json.warnings];
      for (const ticket of tickets) {
        const requester = freshdeskRequester(ticket);
        const prefix = tickets.length > 1 ? `t${idOf(ticket.id) ?? '?'}.` : '';
        for (const item of freshdeskTicketItems(ticket, requester, context))
          list.add({ ...item, locator: `${prefix}${item.locator}` });
        for (const raw of arr(ticket.conversations)) {
          const item = freshdeskConversationItem(raw, requester, context, freshdeskAgents(ticket));
          if (item !== null) list.add({ ...item, locator: `${prefix}${item.locator}` });
        }
        // include=conversations embeds at most ten: a full ten means later ones may be missing.
        if (arr(ticket.conversations).length >= 10 && !('notes' in ticket)) {
          warnings.push(
            `${unit.name}: ticket ${idOf(ticket.id) ?? ''} embeds 10 conversations, the most Freshdesk includes; later ones may be missing`,
          );
        }
      }
      return finishResult(unit, 'ticket', 'freshdesk-ticket', list, warnings);
    }),
};

const conversationsParser: FormatParser = {
  format: 'freshdesk-conversations',
  detect: (unit) => (freshdeskConversations(detectJson(unit)) !== null ? 0.85 : 0),
  parse: (unit, context) =>
    guardParse(unit, 'ticket', 'freshdesk-conversations', () => {
      const json = readUnitJson(unit);
      if (!json.ok) return failedResult('ticket', 'freshdesk-conversations', json.warning);
      const conversations = freshdeskConversations(json.value);
      if (conversations === null) {
        return failedResult('ticket', 'freshdesk-conversations', `${unit.name}: not a conversation array`);
      }
      const list = new ItemList();
      // A bare conversation list does not say who the requester is; `incoming` still tells the side.
      for (const raw of conversations) {
        const item = freshdeskConversationItem(raw, {}, context);
        if (item !== null) list.add(item);
      }
      const skipped = conversations.filter((raw) => !isFreshdeskConversation(raw)).length;
      const warnings = [...json.warnings];
      if (skipped > 0) warnings.push(`${unit.name}: ${skipped} entries are not conversations`);
      return finishResult(unit, 'ticket', 'freshdesk-conversations', list, warnings);
    }),
};

export const freshdeskParsers: FormatParser[] = [ticketParser, conversationsParser];
