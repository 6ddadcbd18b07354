/** @module Zendesk Support API exports: ticket, comments, audits, ticket lists and incremental exports. */
import type { Author } from '../model/evidence.js';
import type { FormatParser, IntakeUnit, ParseContext, ParseResult } from '../model/intake.js';
import { detectJson } from './json/detect-json.js';
import { failedResult, finishResult } from './json/finish-result.js';
import { guardParse } from './json/guard-parse.js';
import { ItemList } from './json/item-list.js';
import { pagingWarning } from './json/paging-warning.js';
import { arr, idOf, rec } from './json/pick.js';
import { readUnitJson } from './json/read-unit-json.js';
import { zendeskEventItem } from './json/zendesk-audits.js';
import { zendeskCommentItem } from './json/zendesk-comment.js';
import { type ZendeskEnvelope, zendeskEnvelope } from './json/zendesk-envelope.js';
import { zendeskTicketFields } from './json/zendesk-ticket-fields.js';
import { privateAuthors, ZendeskPeople } from './json/zendesk-users.js';

/** What a body read: its people (for the warning) and, for tickets, who they are to other files. */
interface Read {
  readonly people: ZendeskPeople;
  readonly known?: readonly (readonly [string, Author])[];
}
type Body = (root: ZendeskEnvelope, list: ItemList, context: ParseContext) => Read;

/** Which parser reads an envelope: the richest content it holds decides. */
type Kind = 'zendesk-ticket' | 'zendesk-comments' | 'zendesk-audits' | 'zendesk-incremental';

function kindOf(env: ZendeskEnvelope | null): Kind | null {
  if (env === null) return null;
  if ('ticket' in env) return 'zendesk-ticket';
  if (Array.isArray(env.ticket_events) || (Array.isArray(env.tickets) && env.tickets.length > 0))
    return 'zendesk-incremental';
  if (Array.isArray(env.audits)) return 'zendesk-audits';
  if (Array.isArray(env.comments)) return 'zendesk-comments';
  // An empty page of tickets: claimed by the list reader so it is reported as skipped.
  if (Array.isArray(env.tickets)) return 'zendesk-incremental';
  return null;
}

/** An empty list is only Zendesk's when it carries Zendesk's paging keys. */
function score(unit: IntakeUnit, kind: Kind): number {
  const value = detectJson(unit);
  const env = zendeskEnvelope(value);
  if (kindOf(env) !== kind || env === null) return 0;
  const lists = [env.comments, env.audits, env.tickets, env.ticket_events].filter(Array.isArray);
  const empty = lists.length > 0 && lists.every((l) => l.length === 0) && !('ticket' in env);
  if (empty) return 'count' in env || 'next_page' in env || 'end_of_stream' in env ? 0.6 : 0;
  return kind === 'zendesk-incremental' ? 0.85 : 0.9;
}

/** Shared frame: read JSON, bring it to the envelope, run `body`, add the unknown-author warning. */
function run(unit: IntakeUnit, context: ParseContext, format: Kind, body: Body): ParseResult {
  return guardParse(unit, 'ticket', format, () => {
    const json = readUnitJson(unit);
    if (!json.ok) return failedResult('ticket', format, json.warning);
    const env = zendeskEnvelope(json.value);
    if (env === null) return failedResult('ticket', format, `${unit.name}: not Zendesk ticket data`);
    const list = new ItemList();
    const { people, known } = body(env, list, context);
    const result = finishResult(unit, 'ticket', format, list, [
      ...json.warnings,
      ...people.warning(unit.name),
      ...pagingWarning(unit.name, env),
    ]);
    return known && known.length > 0 ? { ...result, data: { people: known } } : result;
  });
}

// the ids that wrote a private comment inside audits (the comment's own author, else the audit's)
function auditAgents(root: ZendeskEnvelope): Set<string> {
  const ids = new Set<string>();
  for (const rawAudit of arr(root.audits)) {
    const audit = rec(rawAudit);
    const comments = arr(audit.events).filter((event) => rec(event).type === 'Comment');
    for (const id of privateAuthors(comments, audit.author_id)) ids.add(id);
  }
  return ids;
}

function addAudits(root: ZendeskEnvelope, people: ZendeskPeople, list: ItemList): void {
  for (const rawAudit of arr(root.audits)) {
    const audit = rec(rawAudit);
    const parent = { at: audit.created_at, authorId: audit.author_id };
    for (const event of arr(audit.events)) {
      const item = zendeskEventItem(event, people, parent);
      if (item !== null) list.add(item);
    }
  }
}

const ticketParser: FormatParser = {
  format: 'zendesk-ticket',
  detect: (unit) => score(unit, 'zendesk-ticket'),
  parse: (unit, context) =>
    run(unit, context, 'zendesk-ticket', (root, list) => {
      const people = new ZendeskPeople(root.users, context, auditAgents(root));
      const side = { people, groups: root.groups, organizations: root.organizations };
      for (const item of zendeskTicketFields(root.ticket, side)) list.add(item);
      // A create or update response carries the audit of what just happened.
      addAudits(root, people, list);
      return { people, known: people.ticketPeople(rec(root.ticket)) };
    }),
};

const commentsParser: FormatParser = {
  format: 'zendesk-comments',
  detect: (unit) => score(unit, 'zendesk-comments'),
  parse: (unit, context) =>
    run(unit, context, 'zendesk-comments', (root, list) => {
      const people = new ZendeskPeople(root.users, context, privateAuthors(arr(root.comments)));
      for (const raw of arr(root.comments)) {
        const item = zendeskCommentItem(raw, people);
        if (item !== null) list.add(item);
      }
      return { people };
    }),
};

const auditsParser: FormatParser = {
  format: 'zendesk-audits',
  detect: (unit) => score(unit, 'zendesk-audits'),
  parse: (unit, context) =>
    run(unit, context, 'zendesk-audits', (root, list) => {
      const people = new ZendeskPeople(root.users, context, auditAgents(root));
      addAudits(root, people, list);
      return { people };
    }),
};

const incrementalParser: FormatParser = {
  format: 'zendesk-incremental',
  detect: (unit) => score(unit, 'zendesk-incremental'),
  parse: (unit, context) =>
    run(unit, context, 'zendesk-incremental', (root, list) => {
      const people = new ZendeskPeople(root.users, context);
      const side = { people, groups: root.groups, organizations: root.organizations };
      const known: [string, Author][] = [];
      for (const raw of arr(root.tickets)) {
        const prefix = `t${idOf(rec(raw).id) ?? '?'}.`;
        for (const item of zendeskTicketFields(raw, side, prefix)) list.add(item);
        known.push(...people.ticketPeople(rec(raw)));
      }
      for (const rawEvent of arr(root.ticket_events)) {
        const event = rec(rawEvent);
        const parent = { at: event.created_at ?? event.timestamp, authorId: event.updater_id };
        for (const child of arr(event.child_events)) {
          const item = zendeskEventItem(child, people, parent);
          if (item !== null) list.add(item);
        }
      }
      return { people, known };
    }),
};

export const zendeskParsers: FormatParser[] = [ticketParser, commentsParser, auditsParser, incrementalParser];
