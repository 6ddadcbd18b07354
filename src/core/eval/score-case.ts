/** @module One eval case scored: per-field scores plus the packet-wide checks. */
import { checkCites } from './check-cites.js';
import { checkDrafts, type DraftGold } from './check-drafts.js';
import { checkUpdateLeaks } from './check-update-leaks.js';
import type { Expected } from './expected.js';
import type { EvalField, FieldScore } from './fields.js';
import type { PacketLike } from './packet-like.js';
import { scoreDecision } from './score-decision.js';
import { scoreFacts } from './score-facts.js';
import { scoreLists } from './score-lists.js';
import { scoreMustNotSay } from './score-must-not-say.js';

/** The checks run on every packet whatever the gold says. */
export interface PacketChecks {
  /** null when the schema was not available to check against */
  readonly schemaValid: boolean | null;
  readonly schemaErrors: readonly string[];
  readonly unresolvedCites: readonly string[];
  readonly unsupportedClaims: readonly string[];
  readonly updateLeaks: readonly string[];
  /** mechanical draft checks (check-drafts.ts) */
  readonly draftProblems?: readonly string[];
}

/** The result for one case folder. */
export interface CaseResult {
  readonly name: string;
  /** why prepare failed, when it did; the case then fails every field its gold has */
  readonly crashed: string | null;
  readonly fields: Partial<Record<EvalField, FieldScore>>;
  readonly checks: PacketChecks;
}

/** What scoreCase needs: the gold, and the packet or the reason there is none. */
export interface CaseInput {
  readonly name: string;
  readonly expected: Expected;
  readonly packet: PacketLike | null;
  readonly crashed?: string | null;
  /** ajv errors from the app layer; null when the schema could not be loaded */
  readonly schemaErrors: readonly string[] | null;
  /** extra gold for the draft checks, when the repo has one for this case */
  readonly draftGold?: DraftGold | null;
}

/**
 * Scores one packet against its gold. A crashed case (no packet) scores 0 in every field its
 * gold has and fails schema validity; it is never skipped.
 */
export function scoreCase(input: CaseInput): CaseResult {
  const { expected, packet } = input;
  const fields: Partial<Record<EvalField, FieldScore>> = {
    ...scoreDecision(expected, packet),
    ...scoreFacts(expected, packet),
    ...scoreLists(expected, packet),
  };
  const mustNotSay = scoreMustNotSay(expected, packet);
  if (mustNotSay) fields.mustNotSay = mustNotSay;
  const crashed = input.crashed ?? (packet ? null : 'no packet');
  const cites = packet ? checkCites(packet) : { unresolved: [], unsupported: [] };
  const schemaErrors = packet ? (input.schemaErrors ?? []) : ['no packet'];
  return {
    name: input.name,
    crashed,
    fields,
    checks: {
      schemaValid: packet ? (input.schemaErrors === null ? null : input.schemaErrors.length === 0) : false,
      schemaErrors,
      unresolvedCites: cites.unresolved,
      unsupportedClaims: cites.unsupported,
      updateLeaks: packet ? checkUpdateLeaks(packet) : [],
      draftProblems: packet ? checkDrafts(packet, input.draftGold ?? null) : [],
    },
  };
}
