/** @module Packet-wide cite checks: every cite resolves, every claim is carried by what it cites. */
import { claimSupported } from './claim-supported.js';
import type { PacketLike } from './packet-like.js';

/** What the cite checks found in one packet. */
export interface CiteCheck {
  /** cites naming an evidence id that is not in `evidence` (as `where → id`) */
  readonly unresolved: readonly string[];
  /** claims whose value does not appear in the evidence they cite (as `where: value`) */
  readonly unsupported: readonly string[];
}

interface CitedClaim {
  readonly where: string;
  readonly value: unknown;
  readonly cites: readonly (string | null | undefined)[];
}

/**
 * Checks every cite in the packet (facts, timeline, decision) against `evidence[].id`, and every
 * fact claim's value against the joined text of the evidence it cites (see claimSupported).
 */
export function checkCites(packet: PacketLike): CiteCheck {
  const byId = new Map<string, string>();
  for (const item of packet.evidence ?? []) if (item?.id) byId.set(item.id, item.text ?? '');
  const unresolved: string[] = [];
  const unsupported: string[] = [];
  for (const claim of citedClaims(packet)) {
    const texts: string[] = [];
    for (const cite of claim.cites) {
      if (typeof cite !== 'string' || !byId.has(cite)) unresolved.push(`${claim.where} → ${String(cite)}`);
      else texts.push(byId.get(cite)!);
    }
    if (claim.value === undefined || texts.length === 0) continue;
    if (!claimSupported(claim.value, texts.join('\n')))
      unsupported.push(`${claim.where}: ${shorten(claim.value)}`);
  }
  return { unresolved, unsupported };
}

function citedClaims(packet: PacketLike): CitedClaim[] {
  const facts = packet.facts ?? {};
  const out: CitedClaim[] = [];
  type Cited = { value?: unknown; cites?: readonly (string | null)[] | null } | null | undefined;
  const claim = (where: string, c: Cited) => {
    if (c) out.push({ where, value: c.value, cites: c.cites ?? [] });
  };
  // cites outside facts are only checked for resolution: their text is a summary, not a quote
  const citesOnly = (where: string, c: Cited) => {
    if (c) out.push({ where, value: undefined, cites: c.cites ?? [] });
  };
  claim('facts.account', facts.account);
  claim('facts.tier', facts.tier);
  claim('facts.problem', facts.problem);
  claim('facts.startedAt', facts.startedAt);
  claim('facts.affected.users', facts.affected?.users);
  claim('facts.affected.accounts', facts.affected?.accounts);
  claim('facts.affected.scope', facts.affected?.scope);
  const lists = [
    'symptoms',
    'errors',
    'environment',
    'customerAsks',
    'commitments',
    'posture',
    'hypotheses',
    'pattern',
  ] as const;
  for (const name of lists) eachOf(facts[name], (c, i) => claim(`facts.${name}[${i}]`, c));
  eachOf(facts.tried, (t, i) => claim(`facts.tried[${i}]`, t && { value: t.action, cites: t.cites }));
  eachOf(facts.deadlines, (d, i) => claim(`facts.deadlines[${i}]`, d && { value: d.text, cites: d.cites }));
  const w = facts.workaround;
  if (w?.text && (w.cites ?? []).length > 0) claim('facts.workaround', { value: w.text, cites: w.cites });
  eachOf(packet.timeline, (t, i) => citesOnly(`timeline[${i}]`, t));
  const d = packet.decision;
  eachOf(d?.targets, (t, i) => citesOnly(`decision.targets[${i}]`, t));
  eachOf(d?.criteria, (r, i) => citesOnly(`decision.criteria[${i}]`, r));
  eachOf(d?.severity?.rules, (r, i) => citesOnly(`decision.severity.rules[${i}]`, r));
  return out;
}

function eachOf<T>(items: readonly T[] | null | undefined, visit: (item: T, index: number) => void): void {
  for (const [index, item] of (items ?? []).entries()) visit(item, index);
}

function shorten(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
