/**
 * @module Which facts a reviewer may correct and to what: the fact fields the eval scores, by path
 * (`facts.account`, `facts.affected.users`, `facts.errors[2]` …), each with the type of its value.
 * Severity and routing are not facts: they change by override. Pure.
 */
import type { Packet } from '../model/packet.js';
import { FACT_TEXT_MAX, type FactValue } from './feedback.js';

/** Single-valued facts and the kind of value each takes. */
export const SCALAR_FACTS = {
  'facts.account': 'text',
  'facts.startedAt': 'date',
  'facts.affected.users': 'count',
  'facts.affected.accounts': 'count',
  'facts.workaround.exists': 'flag',
  'facts.workaround.partial': 'flag',
} as const;
export type ScalarFactPath = keyof typeof SCALAR_FACTS;
export type ScalarFactType = (typeof SCALAR_FACTS)[ScalarFactPath];

/** List facts whose items are corrected one at a time, by index. */
export const LIST_FACTS = ['errors', 'tried', 'customerAsks', 'hypotheses'] as const;
export type ListFact = (typeof LIST_FACTS)[number];

export type FactField =
  | { readonly kind: 'scalar'; readonly path: ScalarFactPath; readonly type: ScalarFactType }
  | { readonly kind: 'item'; readonly path: string; readonly list: ListFact; readonly index: number };

export type FactCheck =
  | { readonly ok: true; readonly field: FactField; readonly value: FactValue }
  | { readonly ok: false; readonly reason: string };

/** A correction already recorded on the same packet version. */
export interface PriorCorrection {
  readonly field: string;
  readonly value: FactValue;
}

const FIELD_LIST = `${Object.keys(SCALAR_FACTS).join(', ')}, ${LIST_FACTS.map((l) => `facts.${l}[n]`).join(', ')}`;
const ITEM_PATH = /^facts\.([A-Za-z]+)\[(\d{1,4})\]$/;

/** Parses a field path; a reason instead when it names nothing a reviewer can correct. */
export function parseFactField(path: string): FactField | { readonly reason: string } {
  if (path in SCALAR_FACTS) {
    const scalar = path as ScalarFactPath;
    return { kind: 'scalar', path: scalar, type: SCALAR_FACTS[scalar] };
  }
  const item = ITEM_PATH.exec(path);
  const list = item?.[1];
  if (item && list && (LIST_FACTS as readonly string[]).includes(list)) {
    return { kind: 'item', path, list: list as ListFact, index: Number(item[2]) };
  }
  if (path.startsWith('decision.')) {
    return {
      reason: `field: ${path} is not a fact; severity and routing are changed with an override (POST /api/packets/:id/override), and escalate follows the policy`,
    };
  }
  return { reason: `field: ${path} is not a fact that can be corrected; use one of ${FIELD_LIST}` };
}

/** The index of a list item a correction adds (past the end of the prepared list), or null. */
function addedIndex(field: string, list: ListFact, length: number): number | null {
  const parsed = parseFactField(field);
  if ('reason' in parsed || parsed.kind !== 'item' || parsed.list !== list) return null;
  return parsed.index >= length ? parsed.index : null;
}

/** 'ok', or why the value does not fit the field. */
function checkScalar(type: ScalarFactType, path: string, value: FactValue): string {
  if (value === null) return 'ok';
  switch (type) {
    case 'text':
      return typeof value === 'string' ? checkText(path, value) : `value: ${path} takes text or null`;
    case 'date': {
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value))
        return `value: ${path} takes an ISO date (2026-11-18) or date-time, or null`;
      // Date.parse rolls 2026-02-31 over into March: the calendar day must survive a round trip.
      const day = value.slice(0, 10);
      const real = !Number.isNaN(Date.parse(value)) && isCalendarDay(day);
      return real ? 'ok' : `value: ${value} is not a real date`;
    }
    case 'count':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1_000_000_000
        ? 'ok'
        : `value: ${path} takes a whole number of 0 or more, or null`;
    case 'flag':
      return typeof value === 'boolean' ? 'ok' : `value: ${path} takes true, false or null`;
    default:
      return assertUnreachable(type);
  }
}

function isCalendarDay(day: string): boolean {
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

function checkText(path: string, value: string): string {
  if (value.trim() === '') return `value: ${path} cannot be blank; send null when there is none`;
  if (value.length > FACT_TEXT_MAX) return `value: at most ${FACT_TEXT_MAX} characters`;
  return 'ok';
}

/**
 * Checks one correction against the prepared packet. An item index inside the list corrects that
 * item (null removes it); one past the end adds a missing item, and each addition already recorded
 * on this version makes room for the next. Text values come back trimmed.
 *
 * @example checkFactCorrection(packet, [], 'facts.errors[0]', 'ERR_SYNC_413 on retry')
 */
export function checkFactCorrection(
  packet: Packet,
  prior: readonly PriorCorrection[],
  path: string,
  value: FactValue,
): FactCheck {
  const field = parseFactField(path);
  if ('reason' in field) return { ok: false, reason: field.reason };
  const normalized = typeof value === 'string' ? value.trim() : value;
  if (field.kind === 'scalar') {
    const verdict = checkScalar(field.type, path, normalized);
    return verdict === 'ok' ? { ok: true, field, value: normalized } : { ok: false, reason: verdict };
  }
  const length = packet.facts[field.list].length;
  const added = new Set(
    prior.map((c) => addedIndex(c.field, field.list, length)).filter((i): i is number => i !== null),
  );
  const end = length + added.size;
  if (field.index > end) {
    const correct = length > 0 ? `correct facts.${field.list}[0]–[${length - 1}] or ` : '';
    return {
      ok: false,
      reason: `field: facts.${field.list} has ${length} item(s)${added.size > 0 ? ` and ${added.size} added` : ''}; ${correct}add one as facts.${field.list}[${end}]`,
    };
  }
  if (normalized === null) {
    return field.index < length || added.has(field.index)
      ? { ok: true, field, value: null }
      : { ok: false, reason: `value: facts.${field.list}[${field.index}] does not exist; nothing to remove` };
  }
  if (typeof normalized !== 'string') return { ok: false, reason: `value: ${path} takes text or null` };
  const verdict = checkText(path, normalized);
  return verdict === 'ok' ? { ok: true, field, value: normalized } : { ok: false, reason: verdict };
}

function assertUnreachable(value: never): never {
  throw new Error(`unexpected fact type ${String(value)}`);
}
