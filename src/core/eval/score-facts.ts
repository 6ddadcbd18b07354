/** @module Scores of the single-valued facts: account, affected counts, start day, workaround. */
import type { Expected } from './expected.js';
import type { EvalField, FieldScore } from './fields.js';
import { type PacketLike, valueText } from './packet-like.js';
import { utcDay } from './utc-day.js';

type Scores = Partial<Record<EvalField, FieldScore>>;

/**
 * Scores `account` (gold contained, case-insensitive, in `facts.account.value`), `affected`
 * (share of the gold counts that equal `facts.affected.users/accounts.value`), `startedAt`
 * (same UTC calendar day) and `workaround` (share of `exists`/`partial` that are equal).
 * A gold field that is absent is not scored; a packet field that is absent scores 0.
 */
export function scoreFacts(expected: Expected, packet: PacketLike | null): Scores {
  const facts = packet?.facts ?? null;
  const scores: Scores = {};

  if (expected.account !== undefined) {
    const produced = valueText(facts?.account?.value);
    const ok = produced.toLowerCase().includes(expected.account.toLowerCase());
    scores.account = single(expected.account, produced, ok);
  }

  const affected = expected.affected ?? {};
  const counts = (['users', 'accounts'] as const).filter((k) => affected[k] !== undefined);
  if (counts.length > 0) {
    const missed: string[] = [];
    const produced: string[] = [];
    for (const key of counts) {
      const value = facts?.affected?.[key]?.value;
      produced.push(`${key} ${value === undefined || value === null ? '(none)' : valueText(value)}`);
      if (toInteger(value) !== affected[key]) missed.push(`${key} ${affected[key]}`);
    }
    scores.affected = {
      score: (counts.length - missed.length) / counts.length,
      expected: counts.map((k) => `${k} ${affected[k]}`).join(', '),
      produced: produced.join(', '),
      missed,
    };
  }

  if (expected.startedAt !== undefined) {
    const produced = valueText(facts?.startedAt?.value);
    const goldDay = utcDay(expected.startedAt);
    const ok = goldDay !== null && utcDay(produced) === goldDay;
    scores.startedAt = single(expected.startedAt, produced, ok);
  }

  const workaround = expected.workaround ?? {};
  const flags = (['exists', 'partial'] as const).filter((k) => workaround[k] !== undefined);
  if (flags.length > 0) {
    const missed = flags
      .filter((k) => facts?.workaround?.[k] !== workaround[k])
      .map((k) => `${k} ${workaround[k]}`);
    scores.workaround = {
      score: (flags.length - missed.length) / flags.length,
      expected: flags.map((k) => `${k} ${workaround[k]}`).join(', '),
      produced: flags.map((k) => `${k} ${String(facts?.workaround?.[k] ?? '(none)')}`).join(', '),
      missed,
    };
  }
  return scores;
}

function toInteger(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value.replace(/,/g, '')))
    return Number(value.replace(/,/g, ''));
  return null;
}

function single(expected: string, produced: string, ok: boolean): FieldScore {
  return { score: ok ? 1 : 0, expected, produced: produced || '(none)', missed: ok ? [] : [expected] };
}
