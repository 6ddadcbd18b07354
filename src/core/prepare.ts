/**
 * @module prepare(): intake in, the triage packet out (pure). Extract → decide → gates → actions →
 * drafts → timeline, with asOf from the option, the manifest or the newest evidence (never the clock).
 */
import { classifierWhy } from './decide/consult-why.js';
import { decideWithWarnings } from './decide/decide.js';
import { planActions } from './decide/plan-actions.js';
import { planGates } from './decide/plan-gates.js';
import type { Explanation } from './explain/format-explain.js';
import { extractFacts } from './extract/extract-facts.js';
import type { KnowledgeArticle } from './knowledge/article.js';
import { consultKnowledge, type KnowledgeResult } from './knowledge/consult-knowledge.js';
import { holdAnalyses } from './language/analyze.js';
import type { IntakeResult } from './model/intake.js';
import type { Packet } from './model/packet.js';
import type { SignalCites, Signals } from './model/signals.js';
import type { Policy } from './policy/policy-schema.js';
import { resolveAsOf } from './render/as-of.js';
import { buildBrief } from './render/brief.js';
import { buildCustomerUpdate } from './render/customer-update.js';
import { reviewDraft } from './render/draft-review.js';
import { buildHandoffNote } from './render/handoff-note.js';
import { buildInternalPost } from './render/internal-post.js';
import { renderPacketMarkdown } from './render/packet-markdown.js';
import { packetEvidence, packetSource } from './render/packet-parts.js';
import type { RenderInput } from './render/render-input.js';
import { buildTimeline } from './render/timeline.js';

export interface PrepareResult {
  readonly packet: Packet;
  readonly markdown: string;
  readonly warnings: string[];
  /** the signals and what produced them, for `spine prepare --explain` (not part of the packet) */
  readonly explanation: Explanation;
}

/** Intake's and every source's warnings, each named by its file once and listed once. */
function intakeWarnings(intake: IntakeResult): string[] {
  const warnings = [...intake.warnings];
  for (const source of intake.sources) {
    const named = (text: string) => (text.startsWith(`${source.name}: `) ? text : `${source.name}: ${text}`);
    for (const warning of source.warnings) warnings.push(named(warning));
    if (source.status !== 'parsed') warnings.push(named(source.status));
  }
  return [...new Set(warnings)];
}

/** The extraction's signals with the team's docs' signals added (cites and traces merged). */
function withKnowledge(
  extraction: ReturnType<typeof extractFacts>,
  knowledge: KnowledgeResult | null,
): Pick<ReturnType<typeof extractFacts>, 'signals' | 'signalCites' | 'signalTraces'> {
  if (!knowledge) return extraction;
  const signals: Signals = { ...extraction.signals };
  const signalCites: SignalCites = { ...extraction.signalCites };
  const signalTraces = { ...extraction.signalTraces };
  const set = knowledge.signals;
  for (const key of Object.keys(set.signals) as (keyof typeof set.signals)[]) {
    if (!set.signals[key]) continue;
    signals[key] = true;
    signalCites[key] = [...new Set([...(signalCites[key] ?? []), ...(set.cites[key] ?? [])])];
    signalTraces[key] = [...(signalTraces[key] ?? []), ...(set.traces[key] ?? [])];
  }
  return { signals, signalCites, signalTraces };
}

export interface PrepareOptions {
  asOf?: string;
  /** the team's help-centre articles and runbooks, consulted for this handoff (see core/knowledge) */
  knowledge?: readonly KnowledgeArticle[];
}

/**
 * Builds the packet for a handoff. Same intake, policy and asOf give the same packet, byte for byte
 * (`JSON.stringify(packet, null, 2) + '\n'`).
 *
 * @example const { packet, markdown } = prepare(intake, loaded, { asOf: '2026-11-18T18:00:00Z' });
 */
export function prepare(
  intake: IntakeResult,
  policy: { policy: Policy; sha256: string },
  options: PrepareOptions = {},
): PrepareResult {
  // every text of the handoff is analysed once, however many there are
  return holdAnalyses(() => prepareHeld(intake, policy, options));
}

function prepareHeld(
  intake: IntakeResult,
  policy: { policy: Policy; sha256: string },
  options: PrepareOptions,
): PrepareResult {
  const warnings = intakeWarnings(intake);
  const { asOf, source } = resolveAsOf(intake, options.asOf);
  if (options.asOf && source !== 'option')
    warnings.push(`--as-of "${options.asOf}" is not an ISO date-time with a zone; ignored`);
  if (source === 'none')
    warnings.push('no time in the handoff and no --as-of: asOf set to 1970-01-01T00:00:00Z');

  const extraction = extractFacts(intake, asOf);
  const { facts } = extraction;
  const knowledge = options.knowledge
    ? consultKnowledge(options.knowledge, facts, intake.evidence, intake.sources)
    : null;
  const { signals, signalCites, signalTraces } = withKnowledge(extraction, knowledge);
  const unknowns = extraction.unknowns.map((u) => ({ question: u.question, why: u.why }));
  const decided = decideWithWarnings({ facts, signals, signalCites, policy: policy.policy, asOf });
  warnings.push(...decided.warnings);
  const decision = decided.decision;
  const gates = planGates({
    decision,
    facts,
    signals,
    policy: policy.policy,
    draftOffersCompensation: extraction.draftOffersCompensation.length > 0,
  });
  const consults = decided.consults.map((c) => ({
    team: c.team,
    label: c.label,
    why: classifierWhy(c.signals, signalTraces),
  }));
  const actions = planActions({
    decision,
    facts,
    signals,
    policy: policy.policy,
    asOf,
    gates,
    unknowns,
    consults,
  });

  const sources = [...intake.sources, ...(knowledge?.sources ?? [])].map(packetSource);
  const evidence = [...intake.evidence, ...(knowledge?.evidence ?? [])].map(packetEvidence);
  const input: RenderInput = {
    sources,
    evidence,
    facts,
    decision,
    gates,
    actions,
    unknowns,
    policy: policy.policy,
    asOf,
    ...(knowledge ? { knowledge: knowledge.chosen } : {}),
    signals,
  };
  const update = buildCustomerUpdate(input);
  warnings.push(...update.removed);

  const packet: Packet = {
    schemaVersion: '1',
    asOf,
    policy: { name: policy.policy.name, version: policy.policy.version, sha256: policy.sha256 },
    sources,
    evidence,
    timeline: buildTimeline(evidence, facts).map((t) => ({
      at: t.at,
      summary: t.summary,
      cites: [...t.cites],
    })),
    facts,
    decision,
    unknowns,
    drafts: {
      brief: buildBrief(input),
      handoff: buildHandoffNote(input),
      customerUpdate: {
        text: update.text,
        placeholders: update.placeholders.map((p) => ({
          token: p.token,
          gate: p.gate,
          ...(p.suggested ? { suggested: p.suggested } : {}),
        })),
        ...(update.language ? { language: { ...update.language } } : {}),
      },
      internalPost: buildInternalPost(input),
      draftReview:
        reviewDraft(evidence, sources, policy.policy, { gates, hypotheses: facts.hypotheses })?.map(
          ({ cites, ...f }) => ({ ...f, ...(cites ? { cites: [...cites] } : {}) }),
        ) ?? null,
    },
    actions,
    gates,
    ...(knowledge ? { knowledge: knowledge.section } : {}),
  };
  const explained = extraction.explainedClaims;
  const explanation: Explanation = {
    signals,
    signalTraces,
    ...(Object.keys(explained).length > 0 ? { explainedClaims: explained } : {}),
  };
  return { packet, markdown: renderPacketMarkdown(packet), warnings, explanation };
}
