/** @module A status-page incident the case is about, read as what engineering did: cause, fix, resolution. */
import type { Facts } from '../model/packet.js';
import type { ExtractContext, Item } from './context.js';
import { wordStems } from './text/word-stems.js';

type Tried = Facts['tried'][number];

interface Incident {
  readonly name: string;
  readonly updates: Array<{ item: Item; stage: string; body: string }>;
}

const STAGE_ORDER = ['identified', 'monitoring', 'resolved'] as const;

function firstSentence(body: string): string {
  return (body.split(/(?<=[.!?])\s/)[0] ?? body).trim();
}

function incidentsOf(ctx: ExtractContext): Incident[] {
  const byName = new Map<string, Incident>();
  for (const item of ctx.items) {
    if (item.kind !== 'status' || item.unit !== 'update') continue;
    const name = item.ev.meta?.subject ?? '';
    const m = /^.*? — (\w+): ([\s\S]*)$/.exec(item.ev.text);
    if (!name || !m?.[1] || m[2] === undefined) continue;
    const incident = byName.get(name) ?? { name, updates: [] };
    incident.updates.push({ item, stage: m[1].toLowerCase(), body: m[2].split('\n')[0]?.trim() ?? '' });
    byName.set(name, incident);
  }
  return [...byName.values()];
}

// the incident the people in the case talk about: most of its title's words appear in their messages
function isAboutThisCase(incident: Incident, spoken: ReadonlySet<string>): boolean {
  const words = wordStems(incident.name);
  return words.length > 0 && words.filter((w) => spoken.has(w)).length * 2 >= words.length;
}

function utcClock(at: string | null): string {
  const m = at ? /T(\d\d:\d\d)/.exec(at) : null;
  return m?.[1] ? ` at ${m[1]} UTC` : '';
}

/**
 * One tried item per status-page incident the case's people mention: the cause engineering
 * identified and the fix it shipped as the action, the page's resolution (with its UTC time) as the
 * result. Updates are cited; unrelated incidents on the same page are left out.
 *
 * @example "Engineering: We have identified a stuck consumer … A fix has been implemented …" →
 *   result "status page marked the incident resolved at 16:10 UTC"
 */
export function triedFromStatusPage(ctx: ExtractContext): Tried[] {
  const incidents = incidentsOf(ctx);
  if (incidents.length === 0) return [];
  const spoken = new Set(
    ctx.items
      .filter((i) => i.kind !== 'status' && i.role !== 'bot' && i.unit !== 'log' && i.unit !== 'field')
      .flatMap((i) => wordStems(i.ev.text)),
  );
  const out: Tried[] = [];
  for (const incident of incidents) {
    if (!isAboutThisCase(incident, spoken)) continue;
    const stage = (s: string) => incident.updates.find((u) => u.stage === s);
    const steps = STAGE_ORDER.slice(0, 2).flatMap((s) => {
      const u = stage(s);
      return u ? [u] : [];
    });
    const resolved = stage('resolved');
    if (steps.length === 0 && !resolved) continue;
    const action =
      steps.length > 0
        ? steps.map((u) => firstSentence(u.body)).join(' ')
        : `worked on the incident "${incident.name}"`;
    out.push({
      action: `Engineering: ${action}`,
      result: resolved ? `status page marked the incident resolved${utcClock(resolved.item.at)}` : null,
      by: 'engineering',
      cites: [...steps, ...(resolved ? [resolved] : [])].map((u) => u.item.id),
    });
  }
  return out;
}
