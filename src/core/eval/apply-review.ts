/**
 * @module The reviewed packet: a prepared packet with a reviewer's severity and routing overrides
 * and fact corrections applied, so "what the team stands behind" has the packet's own shape. Pure.
 */
import type { Packet } from '../model/packet.js';
import { type ListFact, parseFactField } from '../review/check-fact-correction.js';
import type { FactValue } from '../review/feedback.js';

/** What reviewers changed on one packet version. */
export interface Review {
  /** the severity level now, after any override (null: none) */
  readonly severity: string | null;
  /** the primary team now, after any override (null: none) */
  readonly primaryTarget: string | null;
  /** fact corrections on this version, oldest first; a later one on the same field wins */
  readonly corrections: ReadonlyArray<{ readonly field: string; readonly value: FactValue }>;
}

type Facts = Packet['facts'];
type Tried = Facts['tried'][number];
type Claim = NonNullable<Facts['account']>;

const REVIEWER = 'set by a reviewer';

/** The latest correction per field path, in the order the fields were first corrected. */
function latestByField(corrections: Review['corrections']): Map<string, FactValue> {
  const latest = new Map<string, FactValue>();
  for (const c of corrections) latest.set(c.field, c.value);
  return latest;
}

const claim = (value: FactValue, previous: Claim | null | undefined): Claim | null =>
  value === null ? null : { value, cites: [...(previous?.cites ?? [])] };

/**
 * A list with its item corrections: an index inside the list replaces that item (null removes it);
 * an index past the end adds an item, in index order after the originals.
 */
function correctList<T>(
  items: readonly T[],
  list: ListFact,
  latest: ReadonlyMap<string, FactValue>,
  make: (text: string, previous: T | undefined) => T,
): T[] {
  const replaced = new Map<number, FactValue>();
  for (const [path, value] of latest) {
    const field = parseFactField(path);
    if (!('reason' in field) && field.kind === 'item' && field.list === list)
      replaced.set(field.index, value);
  }
  const out: T[] = [];
  items.forEach((item, index) => {
    if (!replaced.has(index)) out.push(item);
    else {
      const value = replaced.get(index);
      if (value !== null && value !== undefined) out.push(make(String(value), item));
    }
  });
  const added = [...replaced.keys()].filter((index) => index >= items.length).sort((a, b) => a - b);
  for (const index of added) {
    const value = replaced.get(index);
    if (value !== null && value !== undefined) out.push(make(String(value), undefined));
  }
  return out;
}

function correctFacts(facts: Facts, corrections: Review['corrections']): Facts {
  const latest = latestByField(corrections);
  const has = (path: string) => latest.has(path);
  const get = (path: string) => latest.get(path) ?? null;
  const item = (text: string, previous: Claim | undefined): Claim => ({
    value: text,
    cites: previous?.cites ?? [],
  });
  const tried = (text: string, previous: Tried | undefined): Tried => ({
    action: text,
    result: null,
    by: previous?.by ?? 'unknown',
    cites: previous?.cites ?? [],
  });
  const flag = (path: string, current: boolean | null) =>
    has(path) ? (get(path) as boolean | null) : current;
  return {
    ...facts,
    account: has('facts.account') ? claim(get('facts.account'), facts.account) : facts.account,
    startedAt: has('facts.startedAt') ? claim(get('facts.startedAt'), facts.startedAt) : facts.startedAt,
    affected: {
      ...facts.affected,
      users: has('facts.affected.users')
        ? claim(get('facts.affected.users'), facts.affected.users)
        : facts.affected.users,
      accounts: has('facts.affected.accounts')
        ? claim(get('facts.affected.accounts'), facts.affected.accounts)
        : facts.affected.accounts,
    },
    workaround: {
      ...facts.workaround,
      exists: flag('facts.workaround.exists', facts.workaround.exists),
      partial: flag('facts.workaround.partial', facts.workaround.partial),
    },
    errors: correctList(facts.errors, 'errors', latest, item),
    tried: correctList(facts.tried, 'tried', latest, tried),
    customerAsks: correctList(facts.customerAsks, 'customerAsks', latest, item),
    hypotheses: correctList(facts.hypotheses, 'hypotheses', latest, item),
  };
}

function reviewedDecision(decision: Packet['decision'], review: Review): Packet['decision'] {
  const severity =
    review.severity === null
      ? null
      : decision.severity?.level === review.severity
        ? decision.severity
        : { level: review.severity, rationale: REVIEWER, rules: [] };
  const primary = review.primaryTarget;
  const targets =
    primary === null || decision.targets[0]?.team === primary
      ? decision.targets
      : [
          decision.targets.find((t) => t.team === primary) ?? { team: primary, reason: REVIEWER, cites: [] },
          ...decision.targets.filter((t) => t.team !== primary),
        ];
  return { ...decision, severity, targets };
}

/** The packet as reviewed: overrides on the decision, corrections on the facts; nothing else changes. */
export function applyReview(packet: Packet, review: Review): Packet {
  return {
    ...packet,
    facts: correctFacts(packet.facts, review.corrections),
    decision: reviewedDecision(packet.decision, review),
  };
}
