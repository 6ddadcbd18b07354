/**
 * @module Statuspage JSON in the shapes its public and manage APIs return, brought to
 * `{page?, incidents, scheduled_maintenances}`: a page document, a bare incidents array (the
 * manage API has no `page`), a single incident, or incident updates alone (grouped by incident).
 */
import { arr, idOf, isRecord, rec, str } from './pick.js';

export interface StatuspageDoc {
  readonly page?: Record<string, unknown>;
  readonly incidents: readonly Record<string, unknown>[];
  readonly scheduled_maintenances: readonly Record<string, unknown>[];
  /** the page document proper (public API), as opposed to incidents read without their page */
  readonly withPage: boolean;
}

function isIncident(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value) || typeof value.name !== 'string' || 'body' in value) return false;
  if (Array.isArray(value.incident_updates)) return true;
  return 'status' in value && ('impact' in value || 'shortlink' in value) && 'page_id' in value;
}

function isUpdate(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value) || typeof value.body !== 'string' || typeof value.status !== 'string') return false;
  return 'incident_id' in value && ('display_at' in value || 'created_at' in value);
}

function allOf(list: readonly unknown[], test: (value: unknown) => boolean): boolean {
  return list.length > 0 && list.slice(0, 20).every(test);
}

/** Updates without their incident: one incident per `incident_id`, named by the update if it can. */
function incidentsOfUpdates(updates: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const byId = new Map<string, Record<string, unknown>[]>();
  for (const update of updates) {
    const id = idOf(update.incident_id) ?? '?';
    byId.set(id, [...(byId.get(id) ?? []), update]);
  }
  return [...byId].map(([id, list]) => ({
    id,
    name: list.map((u) => str(u.name)).find(Boolean) ?? `Incident ${id}`,
    status: str(list[list.length - 1]?.status) ?? 'unknown',
    created_at: list[0]?.created_at,
    incident_updates: list,
  }));
}

function doc(incidents: readonly Record<string, unknown>[], page?: Record<string, unknown>): StatuspageDoc {
  return { incidents, scheduled_maintenances: [], withPage: false, ...(page ? { page } : {}) };
}

/** The document, or null when the value is not Statuspage incidents. */
export function statuspageDoc(value: unknown): StatuspageDoc | null {
  if (Array.isArray(value)) {
    if (allOf(value, isIncident)) return doc(value.map(rec));
    if (allOf(value, isUpdate)) return doc(incidentsOfUpdates(value.map(rec)));
    return null;
  }
  if (!isRecord(value)) return null;
  const page = isRecord(value.page) && idOf(value.page.id) !== undefined ? value.page : undefined;
  const lists = [value.incidents, value.scheduled_maintenances].filter(Array.isArray);
  if (lists.length > 0 && (page !== undefined || lists.some((l) => allOf(l, isIncident)))) {
    return {
      incidents: arr(value.incidents).map(rec),
      scheduled_maintenances: arr(value.scheduled_maintenances).map(rec),
      withPage: page !== undefined,
      ...(page ? { page } : {}),
    };
  }
  if (isIncident(value.incident)) return doc([value.incident], page);
  if (isIncident(value)) return doc([value]);
  if (isUpdate(value)) return doc(incidentsOfUpdates([value]));
  return null;
}
