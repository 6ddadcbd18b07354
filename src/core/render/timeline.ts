/**
 * @module The timeline, oldest first: first report, escalations and hand-offs, tries, hypotheses,
 * commitments and deadlines, each with the evidence it comes from.
 */
import { toUtcIso } from '../intake/util/time.js';
import type { Evidence } from '../model/evidence.js';
import type { Facts } from '../model/packet.js';
import { claimText, oneLine } from './claim-text.js';
import { compareText } from './compare.js';

export interface TimelineEntry {
  readonly at: string;
  readonly summary: string;
  readonly cites: readonly string[];
}

const HANDOFF =
  /\b(?:escalat\w*|hand(?:ed|ing)?[- ]?(?:off|over)|pass(?:ed|ing) (?:it |this )?(?:to|on)|paged|paging|routed|re-?assign\w*|looping in|pulling in)\b/gi;
// "no engineering escalation", "don't escalate yet", "without paging anyone"
const NEGATED =
  /\b(?:no|not|don'?t|do not|didn'?t|won'?t|never|without|instead of|no need to)\s+(?:\w+\s+){0,2}$/i;

function isHandoff(text: string): boolean {
  for (const match of text.matchAll(HANDOFF)) {
    if (!NEGATED.test(text.slice(Math.max(0, match.index - 40), match.index))) return true;
  }
  return false;
}
const MAX_HANDOFFS = 8;
const SUMMARY_CHARS = 140;

function firstAt(cites: readonly string[], byId: ReadonlyMap<string, Evidence>): string | null {
  const times = cites
    .map((id) => byId.get(id)?.at)
    .filter((at): at is string => typeof at === 'string')
    .sort(compareText);
  return times[0] ?? null;
}

function who(item: Evidence): string {
  const author = item.author;
  if (!author) return 'someone';
  return author.side === 'external' ? 'the customer' : author.role === 'unknown' ? 'the team' : author.role;
}

/** Key events with times and cites, oldest first; entries without a known time are left out. */
export function buildTimeline(evidence: readonly Evidence[], facts: Facts): TimelineEntry[] {
  const byId = new Map(evidence.map((e) => [e.id, e]));
  const entries: TimelineEntry[] = [];
  const add = (at: string | null, summary: string, cites: readonly string[]) => {
    const utc = at ? toUtcIso(at) : null;
    if (utc && cites.length > 0)
      entries.push({ at: utc, summary: oneLine(summary, SUMMARY_CHARS), cites: [...cites] });
  };

  const dated = evidence.filter((e) => e.at).sort((a, b) => compareText(a.at ?? '', b.at ?? ''));
  const report = dated.find((e) => e.author?.role === 'customer') ?? dated[0];
  if (report) add(report.at, `First report: ${oneLine(report.text, 100)}`, [report.id]);
  if (facts.startedAt) {
    const at = firstAt(facts.startedAt.cites, byId);
    add(at, `Problem began ${claimText(facts.startedAt.value)} (as stated)`, facts.startedAt.cites);
  }
  let handoffs = 0;
  for (const item of dated) {
    // a ticket field ("Escalated: yes", an SLA flag) is a state, not someone handing the case over
    if (handoffs >= MAX_HANDOFFS || item === report || item.meta?.unit === 'field' || !isHandoff(item.text))
      continue;
    handoffs++;
    add(item.at, `Escalation / hand-off by ${who(item)}: ${oneLine(item.text, 100)}`, [item.id]);
  }
  for (const t of facts.tried) {
    add(firstAt(t.cites, byId), `Tried (${t.by}): ${t.action}${t.result ? ` → ${t.result}` : ''}`, t.cites);
  }
  for (const h of facts.hypotheses) add(firstAt(h.cites, byId), `Hypothesis: ${claimText(h.value)}`, h.cites);
  for (const c of facts.commitments) {
    add(firstAt(c.cites, byId), `Commitment made: ${claimText(c.value)}`, c.cites);
  }
  for (const d of facts.deadlines) add(d.at ?? firstAt(d.cites, byId), `Deadline: ${d.text}`, d.cites);

  const seen = new Set<string>();
  return entries
    .filter((e) => {
      const key = `${e.at}\u0000${e.summary}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => compareText(a.at, b.at) || compareText(a.summary, b.summary));
}
