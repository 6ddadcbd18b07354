/**
 * @module The triage packet (mirrors ../shared/contract/packet.schema.json, version 1).
 * Facts, Decision, drafts, actions and gates; every claim carries cites into `evidence`.
 */
import { z } from 'zod';
import { EvidenceSchema, SourceSchema } from './evidence.js';
import { type Trace, TraceSchema } from './trace.js';

const Cites = z.array(z.string()).min(1);
/** what produced a fact (optional in the contract, which allows extra properties; always set by extraction) */
const OptionalTrace = TraceSchema.optional();

export const ClaimSchema = z.object({ value: z.unknown(), cites: Cites, trace: OptionalTrace });
export type Claim<T = unknown> = {
  readonly value: T;
  readonly cites: readonly string[];
  readonly trace?: Trace;
};

/** an error claim: how many log events or requests carry it, when more than one (an extra property the contract allows) */
export const ErrorClaimSchema = ClaimSchema.extend({ count: z.number().int().min(2).optional() });

export const RuleMatchSchema = z.object({ id: z.string(), label: z.string(), cites: z.array(z.string()) });
export type RuleMatch = z.infer<typeof RuleMatchSchema>;

export const TRIED_BY = ['customer', 'support', 'engineering', 'success', 'unknown'] as const;

export const FactsSchema = z.object({
  account: ClaimSchema.nullable(),
  tier: ClaimSchema.nullable(),
  problem: ClaimSchema.nullable(),
  symptoms: z.array(ClaimSchema),
  errors: z.array(ErrorClaimSchema),
  affected: z.object({
    users: ClaimSchema.nullable(),
    accounts: ClaimSchema.nullable(),
    scope: ClaimSchema.nullable(),
    summary: z.string(),
  }),
  startedAt: ClaimSchema.nullable(),
  environment: z.array(ClaimSchema),
  tried: z.array(
    z.object({
      action: z.string(),
      result: z.string().nullable(),
      by: z.enum(TRIED_BY),
      cites: Cites,
      trace: OptionalTrace,
    }),
  ),
  workaround: z.object({
    exists: z.boolean().nullable(),
    partial: z.boolean().nullable(),
    text: z.string().nullable(),
    cites: z.array(z.string()),
    trace: OptionalTrace,
  }),
  customerAsks: z.array(ClaimSchema),
  deadlines: z.array(
    z.object({
      at: z.string().nullable(),
      text: z.string(),
      cites: Cites,
      trace: OptionalTrace,
      /** the IANA zone a stated hour was read on (the speaker's); 'UTC' with `zoneAssumed` when none was known */
      zone: z.string().optional(),
      zoneAssumed: z.boolean().optional(),
    }),
  ),
  commitments: z.array(ClaimSchema),
  posture: z.array(ClaimSchema),
  hypotheses: z.array(ClaimSchema),
  reproduction: z
    .object({
      steps: z.array(z.string()),
      expected: z.string().nullable(),
      actual: z.string().nullable(),
      frequency: z.string().nullable(),
      cites: Cites,
      trace: OptionalTrace,
    })
    .nullable(),
  pattern: z.array(ClaimSchema),
});
export type Facts = z.infer<typeof FactsSchema>;

export const DecisionSchema = z.object({
  escalate: z.boolean(),
  criteria: z.array(RuleMatchSchema),
  severity: z
    .object({ level: z.string(), rationale: z.string(), rules: z.array(RuleMatchSchema) })
    .nullable(),
  targets: z.array(z.object({ team: z.string(), reason: z.string(), cites: z.array(z.string()) })),
  owner: z.object({ name: z.string(), reason: z.string() }).nullable(),
  respondBy: z.string().nullable(),
  cadence: z.object({ internal: z.string(), customer: z.string() }).nullable(),
});
export type Decision = z.infer<typeof DecisionSchema>;

export const GATE_KINDS = [
  'severity',
  'routing',
  'eta',
  'compensation',
  'customer_send',
  'system_write',
  'policy_exception',
] as const;
export type GateKind = (typeof GATE_KINDS)[number];
export const GateSchema = z.object({
  id: z.string(),
  kind: z.enum(GATE_KINDS),
  subject: z.string(),
  state: z.enum(['pending', 'approved', 'rejected']),
});
export type Gate = z.infer<typeof GateSchema>;

export const ActionSchema = z.object({
  id: z.string(),
  what: z.string(),
  owner: z.string().nullable(),
  due: z.string().nullable(),
  gate: z.string().nullable(),
});
export type Action = z.infer<typeof ActionSchema>;

/** The team's docs consulted for this handoff (present only when knowledge was given). */
export const KnowledgeSectionSchema = z.object({
  /** how many articles were searched */
  searched: z.number().int().nonnegative(),
  /** the words searched for, strongest first */
  query: z.array(z.string()),
  /** every article that matched a word, best first: chosen or not, and why */
  considered: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      url: z.string().nullable(),
      kind: z.string().nullable(),
      visibility: z.enum(['public', 'internal']),
      score: z.number(),
      matchedTerms: z.array(z.string()),
      chosen: z.boolean(),
      why: z.string(),
      /** the evidence id a chosen article is cited by */
      cite: z.string().optional(),
    }),
  ),
  /** matching articles beyond the listed ones */
  notListed: z.number().int().nonnegative(),
});
export type KnowledgeSection = z.infer<typeof KnowledgeSectionSchema>;

export const PacketSchema = z.object({
  schemaVersion: z.literal('1'),
  asOf: z.string(),
  policy: z.object({ name: z.string(), version: z.string(), sha256: z.string() }),
  sources: z.array(SourceSchema),
  evidence: z.array(EvidenceSchema),
  timeline: z.array(z.object({ at: z.string(), summary: z.string(), cites: Cites })),
  facts: FactsSchema,
  decision: DecisionSchema,
  unknowns: z.array(z.object({ question: z.string(), why: z.string() })),
  drafts: z.object({
    brief: z.string(),
    handoff: z.string(),
    customerUpdate: z.object({
      text: z.string(),
      placeholders: z.array(
        z.object({ token: z.string(), gate: z.string(), suggested: z.string().optional() }),
      ),
      /** set when the customer writes in another language than the update: a note for the reviewer */
      language: z.object({ customer: z.string(), update: z.string(), note: z.string() }).optional(),
    }),
    internalPost: z.string(),
    draftReview: z
      .array(
        z.object({
          kind: z.string(),
          quote: z.string(),
          why: z.string(),
          cites: z.array(z.string()).optional(),
          rewrite: z.string().optional(),
        }),
      )
      .nullable(),
  }),
  actions: z.array(ActionSchema),
  gates: z.array(GateSchema),
  knowledge: KnowledgeSectionSchema.optional(),
});
export type Packet = z.infer<typeof PacketSchema>;
