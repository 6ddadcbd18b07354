/**
 * @module Where the thread stands, as the customer update must speak to it: an open incident
 * (escalated), an answer support gives now (not escalated: handled in support, not a defect, their
 * side, documented), or resolved — nothing escalated and either a status-page incident the thread
 * points at is closed, or our side's assessment (signals.assessment) is that it is fixed.
 */
import { contentWords } from '../extract/text/content-words.js';
import { crudeStem } from '../extract/text/word-stems.js';
import { analyze } from '../language/analyze.js';
import type { Evidence } from '../model/evidence.js';
import type { RenderInput } from './render-input.js';
import { splitSentences } from './split-sentences.js';
import type { UpdateMaterial } from './update-material.js';

/** A closed status-page incident, in its own public words. */
export interface ClosedIncident {
  readonly name: string;
  /** what happened, as the page said when the cause was identified (first sentence), or null */
  readonly cause: string | null;
  /** the closing update's sentences: what was done, what it means for the customer */
  readonly outcome: readonly string[];
  readonly cites: readonly string[];
}

export type Situation =
  | { readonly kind: 'incident' }
  | { readonly kind: 'answer' }
  | {
      readonly kind: 'resolved';
      readonly incident: ClosedIncident | null;
      readonly fixed: readonly string[];
    };

// the state words of the status-page items intake writes ("Incident: X; status resolved; …",
// "X — resolved: body"): Statuspage's own closed states, not English phrasing
const CLOSED_STATE = /;\s*status (?:resolved|postmortem|completed)\b/i;
const UPDATE_HEAD = /^(.{1,200}?) — ([a-z_]+): ([\s\S]*)$/;
const CLOSED_UPDATE = new Set(['resolved', 'postmortem', 'completed']);
const MAX_OUTCOME = 4;
const MAX_SENTENCE = 240;

function bodyOf(item: Evidence): { state: string; body: string } | null {
  const m = UPDATE_HEAD.exec(item.text.replace(/\nComponents:[^\n]*$/, '').trim());
  return m?.[2] && m[3] ? { state: m[2], body: m[3].trim() } : null;
}

const sentences = (text: string): string[] =>
  splitSentences(text.replace(/\s+/g, ' '))
    .map((s) => s.trim())
    .filter((s) => s.length >= 8 && s.length <= MAX_SENTENCE);

/** The incident's id as its item locator holds it ("S3:i7q2m0yk1xk3d" → "7q2m0yk1xk3d"). */
const incidentId = (item: Evidence): string => /:i([\w-]{4,})$/.exec(item.id)?.[1] ?? '';

/** True when the rest of the thread points at the incident: its id or link, or two of its name's words. */
function related(
  incident: Evidence,
  name: string,
  input: RenderInput,
  statusIds: ReadonlySet<string>,
): boolean {
  const id = incidentId(incident);
  const others = input.evidence.filter((e) => !statusIds.has(e.id));
  if (id.length >= 6 && others.some((e) => e.text.includes(id))) return true;
  const nameStems = new Set(contentWords(name).map(crudeStem));
  const topic = [
    String(input.facts.problem?.value ?? ''),
    ...input.facts.symptoms.map((s) => String(s.value)),
  ];
  const shared = new Set(
    contentWords(topic.join(' '))
      .map(crudeStem)
      .filter((w) => nameStems.has(w)),
  );
  return shared.size >= 2;
}

// "We have identified the cause of the delay." says that a cause is known, not what it was: what is
// left once the words for finding a cause are gone names at most the symptom
const FINDING = new Set(['identifi', 'found', 'find', 'caus', 'root', 'issu', 'problem']);
function onlyFoundACause(sentence: string): boolean {
  return contentWords(sentence).filter((w) => !FINDING.has(crudeStem(w))).length <= 1;
}

/**
 * "… and are working on a fix", "we will share an update": work still going on, or promised, when the
 * page said it; once the incident is closed it is stale, and it names no cause.
 */
export function saysWorkGoesOn(sentence: string): boolean {
  const tokens = analyze(sentence).sentences.flatMap((s) => s.tokens);
  return tokens.some(
    (t, i) =>
      (t.lemma === 'be' &&
        tokens.slice(i + 1, i + 3).some((n) => n.pos === 'VERB' && n.normal.endsWith('ing'))) ||
      (t.normal === 'will' && tokens[i + 1]?.pos === 'VERB'),
  );
}

/** The closed status incident the thread is about, newest first, or null. */
export function closedIncident(input: RenderInput): ClosedIncident | null {
  const statusSources = new Set(input.sources.filter((s) => s.kind === 'status').map((s) => s.id));
  const items = input.evidence.filter((e) => statusSources.has(e.source) && e.visibility === 'public');
  const statusIds = new Set(items.map((e) => e.id));
  const incidents = items.filter((e) => e.meta?.field === 'incident' && CLOSED_STATE.test(e.text));
  for (const incident of [...incidents].reverse()) {
    const name = String(incident.meta?.subject ?? '');
    if (!name || !related(incident, name, input, statusIds)) continue;
    const updates = items.filter((e) => e.meta?.unit === 'update' && e.meta?.subject === name);
    const read = updates.map((u) => ({ u, b: bodyOf(u) }));
    const closing = [...read].reverse().find((r) => r.b && CLOSED_UPDATE.has(r.b.state));
    const identified = [...read].reverse().find((r) => r.b?.state === 'identified');
    const outcome = closing?.b ? sentences(closing.b.body).slice(0, MAX_OUTCOME) : [];
    const first = identified?.b ? (sentences(identified.b.body)[0] ?? null) : null;
    const cause = first && !onlyFoundACause(first) && !saysWorkGoesOn(first) ? first : null;
    const cites = [incident.id, ...[closing, identified].flatMap((r) => (r ? [r.u.id] : []))];
    return { name, cause, outcome, cites };
  }
  return null;
}

// our public sentences that say the fix is in (read only when the assessment already says resolved)
const FIXED_NOW = /\b(?:fixed|resolved|deployed|released|restored|recovered|back to normal|rolled out)\b/i;

/**
 * An escalated charge or contract matter with nothing broken for the customer now: a billing signal
 * with a compensation ask or a contract claim, and no outage, security or data matter and no bug
 * confirmed. Leadership and finance decide it; it is no incident, so no severity, no "engineering
 * team" and no fix timing.
 */
export function isCommercialDecision(input: RenderInput): boolean {
  const s = input.signals;
  if (!input.decision.escalate || !s?.billing) return false;
  if (!s.compensationRequested && !s.contractClaim) return false;
  return !s.outage && !s.security && !s.crossTenantData && !s.dataLoss && !s.bugConfirmed;
}

/** Where the thread stands for the update. */
export function readSituation(input: RenderInput, material: UpdateMaterial): Situation {
  if (input.decision.escalate) return { kind: 'incident' };
  const incident = closedIncident(input);
  const assessedFixed = input.signals?.assessment === 'resolved';
  if (!incident && !assessedFixed) return { kind: 'answer' };
  const fixed = assessedFixed
    ? material.ours
        .map((s) => s.text)
        .filter((t) => FIXED_NOW.test(t) && !t.endsWith('?') && t.length <= MAX_SENTENCE)
        .slice(-2)
    : [];
  return { kind: 'resolved', incident, fixed };
}
