/**
 * @module The escalation policy file: tiers, severities, escalate-or-handle criteria, routing,
 * owners, response targets, cadence, gates and language rules. Conditions are CEL expressions.
 */
import { z } from 'zod';
import { GATE_KINDS } from '../model/packet.js';
import { TEAM_ROLES } from '../review/roles.js';
import { DURATION_PATTERN } from './duration.js';

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lower-case letters, digits, "-" or "_"')
  .describe('a stable identifier, quoted in packets as the rule that matched');

const Cel = z.string().min(1).describe('a CEL expression over `signals`, `facts` and `constants`');

/** ISO 8601 duration restricted to days, hours and minutes (P1D, PT4H, PT30M, P1DT12H). */
const Duration = z
  .string()
  .regex(DURATION_PATTERN, 'expected an ISO 8601 duration such as PT4H or P1D')
  .describe('ISO 8601 duration (days, hours, minutes)');

export const RuleSchema = z
  .strictObject({
    id: Id,
    label: z.string().min(1).describe('what the rule means, in words a support lead uses'),
    when: Cel,
  })
  .describe('a named condition');
export type Rule = z.infer<typeof RuleSchema>;

export const TierSchema = z
  .strictObject({
    name: z.string().min(1).describe('the team name used as an escalation target, e.g. "Engineering"'),
    description: z.string().min(1).describe('what this tier handles'),
    order: z.number().int().describe('display and escalation order (lower first)'),
    bypassesTiers: z
      .boolean()
      .default(false)
      .describe('true when escalations go straight to this team without passing lower tiers (Security)'),
  })
  .describe('an escalation target team');

export const SeveritySchema = z
  .strictObject({
    level: z.string().min(1).describe('the severity label, e.g. "Critical"'),
    description: z.string().min(1).describe('the definition a person applies'),
    order: z.number().int().describe('rank: when several levels match, the highest order wins'),
    default: z
      .boolean()
      .default(false)
      .describe('the level used for an escalation when no level condition matches (exactly one)'),
    conditions: z.array(RuleSchema).describe('any matching condition gives this level'),
  })
  .describe('a severity level with its definition and conditions');

export const EscalationCriterionSchema = RuleSchema.extend({
  overridable: z
    .boolean()
    .default(true)
    .describe('false when no handle-in-support criterion can override it (security, outage, data loss)'),
  opensGate: z
    .enum(GATE_KINDS)
    .optional()
    .describe('a gate this criterion opens when it matches, e.g. policy_exception for compensation'),
}).describe('a reason to take the case out of support');

export const RoutingRuleSchema = RuleSchema.extend({
  team: z.string().min(1).describe('the tier name to route to'),
  owner: z.string().min(1).optional().describe('a named owner when this rule matches'),
  priority: z.number().int().describe('higher first: the highest-priority match is the primary target'),
  consult: z
    .boolean()
    .optional()
    .describe(
      'true: the team is asked to confirm (a next action with the rule label and why), never a target; escalated or not',
    ),
  secondary: z
    .boolean()
    .optional()
    .describe(
      'true: the team is added after the other targets, never the primary: when no other rule matches, the default stays primary',
    ),
}).describe('a routing rule');

export const CadenceSchema = z
  .strictObject({
    internal: Duration.describe('how often the target team updates support internally'),
    customer: Duration.describe('the longest gap between customer updates'),
    customerLabel: z
      .string()
      .min(1)
      .describe('the customer cadence as people say it, e.g. "every 2–4 hours"'),
    businessDays: z
      .boolean()
      .default(false)
      .describe('count day durations in business days (Monday to Friday, UTC)'),
  })
  .describe('follow-up cadence for one severity');

export const GateRuleSchema = z
  .strictObject({
    kind: z.enum(GATE_KINDS).describe('the kind of commitment this gate holds'),
    approvers: z.array(z.enum(TEAM_ROLES)).min(1).describe('roles that may approve it'),
    description: z.string().min(1).describe('what the approver checks'),
  })
  .describe('an approval gate');

export const NeverSaySchema = z
  .strictObject({
    pattern: z.string().min(1).describe('case-insensitive regular expression'),
    why: z.string().min(1).describe('why it must not be sent'),
    kind: z
      .string()
      .min(1)
      .describe('eta | overpromise | blame | temperament | internal | compensation | severity'),
  })
  .describe('a phrase never to send to a customer');

export const PolicySchema = z
  .strictObject({
    name: z.string().min(1).describe('policy name, printed on every packet'),
    version: z.string().min(1).describe('policy version, printed on every packet'),
    description: z.string().optional().describe('what this policy is for'),
    constants: z
      .record(
        z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
        z.union([z.number(), z.string(), z.array(z.string())]),
      )
      .default({})
      .describe('named values conditions read as `constants.NAME` (thresholds, tier lists)'),
    tiers: z.array(TierSchema).min(1).describe('escalation targets'),
    severities: z.array(SeveritySchema).min(1).describe('severity levels'),
    escalation: z
      .strictObject({
        criteria: z.array(EscalationCriterionSchema).min(1).describe('reasons to escalate'),
        handleInSupport: z
          .array(RuleSchema)
          .describe('reasons to keep it in support; they override only overridable criteria'),
      })
      .describe(
        'escalate when an escalation criterion matches and no handle-in-support criterion overrides it',
      ),
    routing: z
      .strictObject({
        default: z.string().min(1).describe('the target when no routing rule matches'),
        rules: z.array(RoutingRuleSchema).describe('routing rules; every match becomes a target'),
      })
      .describe('who an escalation goes to'),
    owners: z
      .strictObject({
        byAccount: z.record(z.string(), z.string()).default({}).describe('account name → owner'),
        byProductArea: z.record(z.string(), z.string()).default({}).describe('product area → owner'),
      })
      .default({ byAccount: {}, byProductArea: {} })
      .describe('named owners; an account owner wins over a product-area owner'),
    responseTargets: z
      .record(z.string(), z.record(z.string(), Duration))
      .default({})
      .describe('account tier (lower-case, or "default") → severity level → first response duration'),
    cadence: z.record(z.string(), CadenceSchema).default({}).describe('severity level → follow-up cadence'),
    gates: z.array(GateRuleSchema).describe('which commitments are gated and who approves them'),
    language: z
      .strictObject({
        neverSay: z.array(NeverSaySchema).default([]).describe('phrases never to send'),
        approved: z
          .record(z.string(), z.string())
          .default({})
          .describe('approved phrasing and placeholders, e.g. eta: "[ETA — pending approval]"'),
      })
      .describe('language rules for customer-facing text'),
    knowledge: z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
      .optional()
      .describe(
        "the team's help-centre articles and runbooks: folders, zips or Zendesk Guide exports, relative to the policy file",
      ),
  })
  .describe('a Spine escalation policy');

export type Policy = z.infer<typeof PolicySchema>;
export type RoutingRule = z.infer<typeof RoutingRuleSchema>;
export type Severity = z.infer<typeof SeveritySchema>;
export type Cadence = z.infer<typeof CadenceSchema>;

/** The top-level keys of a policy file (docs/policy.md documents each). */
export const POLICY_KEYS = Object.keys(PolicySchema.shape) as ReadonlyArray<keyof Policy>;
