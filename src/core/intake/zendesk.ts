/** @module Zendesk Support API exports: ticket, comments, audits and incremental exports. */
import type { FormatParser, IntakeUnit, ParseContext, ParseResult } from '../model/intake.js';
import { detectJson } from './json/detect-json.js';
import { failedResult, finishResult } from './json/finish-result.js';
import { guardParse } from './json/guard-parse.js';
import { ItemList } from './json/item-list.js';
import { pagingWarning } from './json/paging-warning.js';
import { arr, idOf, isRecord, rec } from './json/pick.js';
import { readUnitJson } from './json/read-unit-json.js';
import { zendeskEventItem } from './json/zendesk-audits.js';
import { zendeskCommentItem } from './json/zendesk-comment.js';
import { zendeskTicketFields } from './json/zendesk-ticket-fields.js';
import { ZendeskPeople } from './json/zendesk-users.js';

type Body = (root: Record<string, unknown>, list: ItemList, context: ParseContext) => ZendeskPeople;

/** Shared frame: read JSON, run `body`, add the unknown-author warning, never throw. */
function run(unit: IntakeUnit, context: ParseContext, format: string, body: Body): ParseResult {
  return guardParse(unit, 'ticket', format, () => {
    const json = readUnitJson(unit);
    if (!json.ok) return failedResult('ticket', format, json.warning);
    if (!isRecord(json.value)) return failedResult('ticket', format, `${unit.name}: not a ${format} object`);
    const list = new ItemList();
    const people = body(json.value, list, context);
    return finishResult(unit, 'ticket', format, list, [
      ...json.warnings,
      ...people.warning(unit.name),
      ...pagingWarning(unit.name, json.value),
    ]);
  });
}

function isTicket(value: unknown): boolean {
  return isRecord(value) && 'requester_id' in value && 'subject' in value;
}

const ticketParser: FormatParser = {
  format: 'zendesk-ticket',
  detect: (unit) => {
    const value = detectJson(unit);
    return isRecord(value) && isTicket(value.ticket) ? 0.9 : 0;
  },
  parse: (unit, context) =>
    run(unit, context, 'zendesk-ticket', (root, list) => {
      const people = new ZendeskPeople(root.users, context);
      const side = { people, groups: root.groups, organizations: root.organizations };
      for (const item of zendeskTicketFields(root.ticket, side)) list.add(item);
      return people;
    }),
};

const commentsParser: FormatParser = {
  format: 'zendesk-comments',
  detect: (unit) => {
    const value = detectJson(unit);
    if (!isRecord(value) || !Array.isArray(value.comments)) return 0;
    // An empty page still has Zendesk's paging keys: claim it so it is reported as skipped.
    if (value.comments.length === 0) return 'count' in value || 'next_page' in value ? 0.6 : 0;
    return value.comments.slice(0, 20).some((c) => 'author_id' in rec(c) && 'public' in rec(c)) ? 0.9 : 0;
  },
  parse: (unit, context) =>
    run(unit, context, 'zendesk-comments', (root, list) => {
      const people = new ZendeskPeople(root.users, context);
      for (const raw of arr(root.comments)) {
        const item = zendeskCommentItem(raw, people);
        if (item !== null) list.add(item);
      }
      return people;
    }),
};

const auditsParser: FormatParser = {
  format: 'zendesk-audits',
  detect: (unit) => {
    const value = detectJson(unit);
    if (!isRecord(value) || !Array.isArray(value.audits)) return 0;
    if (value.audits.length === 0) return 'count' in value || 'next_page' in value ? 0.6 : 0;
    return value.audits.slice(0, 20).some((a) => Array.isArray(rec(a).events)) ? 0.9 : 0;
  },
  parse: (unit, context) =>
    run(unit, context, 'zendesk-audits', (root, list) => {
      const people = new ZendeskPeople(root.users, context);
      for (const rawAudit of arr(root.audits)) {
        const audit = rec(rawAudit);
        const parent = { at: audit.created_at, authorId: audit.author_id };
        for (const event of arr(audit.events)) {
          const item = zendeskEventItem(event, people, parent);
          if (item !== null) list.add(item);
        }
      }
      return people;
    }),
};

const incrementalParser: FormatParser = {
  format: 'zendesk-incremental',
  detect: (unit) => {
    const value = detectJson(unit);
    if (!isRecord(value)) return 0;
    if (Array.isArray(value.ticket_events)) return 0.85;
    return Array.isArray(value.tickets) && 'end_of_stream' in value ? 0.85 : 0;
  },
  parse: (unit, context) =>
    run(unit, context, 'zendesk-incremental', (root, list) => {
      const people = new ZendeskPeople(root.users, context);
      const side = { people, groups: root.groups, organizations: root.organizations };
      for (const raw of arr(root.tickets)) {
        const prefix = `t${idOf(rec(raw).id) ?? '?'}.`;
        for (const item of zendeskTicketFields(raw, side, prefix)) list.add(item);
      }
      for (const rawEvent of arr(root.ticket_events)) {
        const event = rec(rawEvent);
        const parent = { at: event.created_at ?? event.timestamp, authorId: event.updater_id };
        for (const child of arr(event.child_events)) {
          const item = zendeskEventItem(child, people, parent);
          if (item !== null) list.add(item);
        }
      }
      return people;
    }),
};

export const zendeskParsers: FormatParser[] = [ticketParser, commentsParser, auditsParser, incrementalParser];
