/** @module Statuspage incidents to public evidence: one item per update, oldest first, UTC. */
import type { Author, EvidenceDraft } from '../../model/evidence.js';
import { toUtcIso } from '../util/time.js';
import { clipText } from './clip-text.js';
import { makeAuthor } from './make-author.js';
import { arr, idOf, rec, str } from './pick.js';

/** Times compare as UTC ISO strings; unreadable ones sort first but keep input order among themselves. */
function byTime<T>(list: readonly T[], timeOf: (t: T) => string | null): T[] {
  return list
    .map((value, index) => ({ value, index, at: timeOf(value) ?? '' }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : b.index - a.index))
    .map((x) => x.value);
}

function componentChanges(update: Record<string, unknown>): string {
  const changes = arr(update.affected_components).flatMap((raw) => {
    const c = rec(raw);
    const name = str(c.name);
    if (name === undefined) return [];
    const from = str(c.old_status);
    const to = str(c.new_status);
    return [`${name}${from || to ? `: ${from ?? '?'} → ${to ?? '?'}` : ''}`];
  });
  return changes.length > 0 ? `\nComponents: ${changes.join('; ')}` : '';
}

function incidentItem(incident: Record<string, unknown>, author: Author, locator: string): EvidenceDraft {
  const name = str(incident.name) ?? 'Untitled incident';
  const components = arr(incident.components).flatMap((raw) => {
    const c = rec(raw);
    const n = str(c.name);
    return n === undefined ? [] : [`${n} (${str(c.status) ?? 'unknown'})`];
  });
  const parts = [
    `Incident: ${name}`,
    `status ${str(incident.status) ?? 'unknown'}`,
    ...(str(incident.impact) ? [`impact ${str(incident.impact)}`] : []),
    ...(components.length > 0 ? [`components: ${components.join(', ')}`] : []),
    ...(toUtcIso(incident.started_at) ? [`started ${toUtcIso(incident.started_at)}`] : []),
    ...(toUtcIso(incident.resolved_at) ? [`resolved ${toUtcIso(incident.resolved_at)}`] : []),
    ...(str(incident.shortlink) ? [str(incident.shortlink)] : []),
  ];
  return {
    locator,
    at: toUtcIso(incident.started_at) ?? toUtcIso(incident.created_at),
    author,
    visibility: 'public',
    text: clipText(parts.join('; ')),
    meta: { unit: 'field', field: 'incident', subject: name },
  };
}

/**
 * Items of a status page: per incident (oldest first) a summary field item `i<id>`,
 * then each update `u<id>` oldest first, written by the page itself (a bot, external).
 */
export function statuspageItems(root: {
  readonly page?: unknown;
  readonly incidents: readonly unknown[];
  readonly scheduled_maintenances: readonly unknown[];
}): EvidenceDraft[] {
  const page = rec(root.page);
  const author = makeAuthor(str(page.name) ?? 'Status page', 'bot', undefined, undefined, 'external');
  const incidents = [...arr(root.incidents), ...arr(root.scheduled_maintenances)].map(rec);
  const items: EvidenceDraft[] = [];
  const ordered = byTime(incidents, (i) => toUtcIso(i.started_at) ?? toUtcIso(i.created_at));
  for (const incident of ordered) {
    const name = str(incident.name) ?? 'Untitled incident';
    items.push(incidentItem(incident, author, `i${idOf(incident.id) ?? '?'}`));
    const updates = byTime(
      arr(incident.incident_updates).map(rec),
      (u) => toUtcIso(u.display_at) ?? toUtcIso(u.created_at),
    );
    for (const update of updates) {
      const body = str(update.body) ?? '';
      items.push({
        locator: `u${idOf(update.id) ?? '?'}`,
        at: toUtcIso(update.display_at) ?? toUtcIso(update.created_at),
        author,
        visibility: 'public',
        text: clipText(`${name} — ${str(update.status) ?? 'update'}: ${body}${componentChanges(update)}`),
        meta: { unit: 'update', subject: name },
      });
    }
  }
  return items;
}
