/** @module The extraction entry point: intake in, facts, signals, cites and known unknowns out. */
import type { IntakeResult } from '../model/intake.js';
import type { Facts } from '../model/packet.js';
import type { SignalTrace } from '../model/signal-trace.js';
import type { SignalCites, Signals } from '../model/signals.js';
import { withCauseAccount } from './cause-account.js';
import { buildContext } from './context.js';
import { deriveSignals, draftCompensationCites } from './derive-signals.js';
import { deriveUnknowns, type Unknown } from './derive-unknowns.js';
import { extractAccount, extractTier } from './extract-account.js';
import { extractAffected } from './extract-affected.js';
import { extractAsks } from './extract-asks.js';
import { extractCommitments } from './extract-commitments.js';
import { extractDeadlines } from './extract-deadlines.js';
import { extractEnvironment } from './extract-environment.js';
import { extractErrors } from './extract-errors.js';
import { extractHypotheses } from './extract-hypotheses.js';
import { extractPattern } from './extract-pattern.js';
import { extractPosture } from './extract-posture.js';
import { extractProblem, extractSymptoms } from './extract-problem.js';
import { extractReproduction } from './extract-reproduction.js';
import { extractStartedAt } from './extract-started-at.js';
import { extractTried } from './extract-tried.js';
import { extractWorkaround } from './extract-workaround.js';
import { contentWords } from './text/content-words.js';
import { traceFacts } from './trace-facts.js';
import { type ExplainedTraces, type SignalTraces, traceExplained, traceSignals } from './trace-signals.js';

// a claim needs substance: a number or a content word its cite can be checked against
function meaningful(value: unknown): boolean {
  return typeof value === 'number' || contentWords(String(value)).length > 0;
}
const one = <T extends { value: unknown } | null>(c: T): T | null => (c && meaningful(c.value) ? c : null);
const many = <T extends { value: unknown }>(cs: T[]): T[] => cs.filter((c) => meaningful(c.value));

/** Everything extraction hands to decide and render. */
export interface Extraction {
  readonly facts: Facts;
  readonly signals: Signals;
  readonly signalCites: SignalCites;
  /** what produced the classifier-made signals: model, label, score, threshold, evidence */
  readonly classifierTraces: readonly SignalTrace[];
  readonly unknowns: Unknown[];
  /** for each set signal, what produced it: the cue or rule and the sentence, per cite */
  readonly signalTraces: SignalTraces;
  /** the draft reply's sentences offering compensation: they open the gate, they decide nothing */
  readonly draftOffersCompensation: readonly string[];
  /** claims only the customer made that our side later explained: no signal, but traced */
  readonly explainedClaims: ExplainedTraces;
}

/**
 * Extracts cited facts, signals and known unknowns from the evidence (pure and deterministic).
 * The draft reply is never a fact source nor a signal; its compensation offers are listed apart.
 */
export function extractFacts(intake: IntakeResult, asOf: string): Extraction {
  const ctx = buildContext(intake, asOf);
  const problem = one(extractProblem(ctx));
  const found: Facts = {
    account: one(extractAccount(ctx)),
    tier: one(extractTier(ctx)),
    problem,
    symptoms: many(extractSymptoms(ctx)),
    errors: many(extractErrors(ctx)),
    affected: extractAffected(ctx),
    startedAt: extractStartedAt(ctx, problem ? String(problem.value) : null),
    environment: many(extractEnvironment(ctx)),
    tried: extractTried(ctx, problem).filter((t) => meaningful(t.action)),
    workaround: extractWorkaround(ctx),
    customerAsks: many(extractAsks(ctx, problem)),
    deadlines: extractDeadlines(ctx),
    commitments: many(extractCommitments(ctx)),
    posture: many(extractPosture(ctx)),
    hypotheses: many(withCauseAccount(ctx, extractHypotheses(ctx))),
    reproduction: extractReproduction(ctx),
    pattern: many(extractPattern(ctx)),
  };
  const facts = traceFacts(found, ctx);
  const { signals, signalCites, signalTraces: own, classifierTraces, explained } = deriveSignals(facts, ctx);
  const signalTraces = traceSignals(signals, signalCites, ctx, own);
  const explainedClaims = traceExplained(explained, signals, ctx);
  const draftOffersCompensation = draftCompensationCites(ctx);
  const unknowns = deriveUnknowns(facts, signals, ctx, draftOffersCompensation.length > 0);
  return {
    facts,
    signals,
    signalCites,
    signalTraces,
    classifierTraces,
    unknowns,
    draftOffersCompensation,
    explainedClaims,
  };
}
