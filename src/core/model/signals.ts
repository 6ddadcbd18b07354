/**
 * @module Signals: the derived, policy-facing view of the facts. Policy conditions (CEL) read
 * `signals.*` and `facts.*`. Extractors compute them; every true signal is backed by cited facts.
 */
import { z } from 'zod';

/** Our side's explicit assessment of the case, as the thread stands ('none' when nobody gave one). */
export const ASSESSMENTS = [
  'handle_in_support',
  'not_a_defect',
  'customer_side',
  'documented',
  'resolved',
  'none',
] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

export const SignalsSchema = z.object({
  /** account tier lower-cased as written ('enterprise', 'strategic', 'pro', 'self-hosted'…), or '' */
  tier: z.string(),
  /** annual recurring revenue in the account's currency units, 0 when unknown */
  arr: z.number(),
  /** days from asOf to the renewal date, -1 when unknown */
  renewalDays: z.number(),
  /** counts as stated, 0 when not stated */
  affectedUsers: z.number(),
  affectedAccounts: z.number(),
  /** other customers, tenants or tickets report the same problem */
  otherCustomersAffected: z.boolean(),
  /** security or privacy: another tenant's data, exposed credentials, unauthorised access */
  security: z.boolean(),
  crossTenantData: z.boolean(),
  /**
   * the customer's report reads as the security area (sign-in, permissions, credentials,
   * encryption, an injection or exposure) by the security-concern classifier, and our side has not
   * said it is no security matter: Security should confirm; not an incident by itself
   */
  securityConcern: z.boolean(),
  /** data lost, missing, corrupted or duplicated */
  dataLoss: z.boolean(),
  /** a core function is down for everyone in scope (login, whole product, all syncs) */
  outage: z.boolean(),
  /** the customer's core workflow is blocked or failing for them */
  blocked: z.boolean(),
  /** 'none' | 'partial' | 'full' | 'unknown' */
  workaround: z.enum(['none', 'partial', 'full', 'unknown']),
  /** began after a release, upgrade or deploy */
  regression: z.boolean(),
  /** reproduced by us, or a code defect named by engineering */
  bugConfirmed: z.boolean(),
  /** errors, 5xx, stack traces or failing requests on our side */
  productDefect: z.boolean(),
  /** how-to question, documented behaviour or a known, documented limitation */
  documentedBehavior: z.boolean(),
  /** a known, documented limitation fits the case (set from the team's docs: a chosen article of that kind) */
  knownLimitation: z.boolean(),
  /** a setting on the customer's side explains the case (set from the team's docs) */
  customerSideSetting: z.boolean(),
  /** the ask needs a product or roadmap decision (missing feature, commitment to ship) */
  featureRequest: z.boolean(),
  /** charges, invoices, refunds */
  billing: z.boolean(),
  /** credit, refund beyond policy, fee reimbursement or free months asked or offered */
  compensationRequested: z.boolean(),
  /** our side says support may give the credit or refund itself, within a stated limit */
  compensationWithinAuthority: z.boolean(),
  /** threatened to cancel, not renew or move to a competitor */
  churnRisk: z.boolean(),
  /** asked for an executive, a call with leadership, or an escalation manager */
  executiveAsk: z.boolean(),
  /** a response or resolution target is already missed */
  slaBreached: z.boolean(),
  /**
   * a contract's terms invoked as an obligation: a numbered clause, a breach of the agreement, a
   * party's position under it, counsel or legal action; a leadership and legal matter
   */
  contractClaim: z.boolean(),
  /**
   * our side hands the case to engineering ("passed it to our engineering team", "escalating to
   * eng") or names engineering as doing work still to do ("our engineers are working on it", "eng
   * will add the setting"); never the draft reply
   */
  engineeringWork: z.boolean(),
  /**
   * our side takes a pending decision to leadership ("flagged it to the VP CS", "for the VP to
   * decide", "needs leadership approval"); never the draft reply
   */
  leadershipDecides: z.boolean(),
  /**
   * our side says a pending decision is product's ("needs product sign-off", "for product to
   * decide", "a product decision"); never the draft reply
   */
  productDecides: z.boolean(),
  /**
   * our side says a remaining step is one only the second support tier may take ("only L2 can
   * reset it", "needs tier 2 to rebuild it", "that's L2's runbook"); never asked, denied or
   * supposed, never the draft reply
   */
  l2Step: z.boolean(),
  /** teams pass it between each other, or nobody owns it */
  ownershipDispute: z.boolean(),
  /** our side says the defect is already fixed in a released version, and nothing later says the fix failed */
  fixReleased: z.boolean(),
  /** happened before, or was marked fixed and came back */
  recurrence: z.boolean(),
  /** hours from asOf to the nearest stated customer deadline, -1 when none */
  deadlineHours: z.number(),
  /** a status-page incident is related */
  vendorIncident: z.boolean(),
  /**
   * our side's explicit assessment as the thread stands: 'handle_in_support' | 'not_a_defect' |
   * 'customer_side' | 'documented' | 'resolved' | 'none' (see extract/derive-assessment.ts)
   */
  assessment: z.enum(ASSESSMENTS),
  /**
   * the severity our side gave the case as the thread stands ("treat as P1", "Declaring SEV1",
   * "This is critical", "sev 2 for now", an agent setting the ticket's priority), on the common
   * scale: P0/P1/Sev1/critical/urgent → 'critical', P2/high → 'high', P3/medium/normal → 'medium',
   * P4/low → 'low'; 'none' when nobody of ours rated it (see extract/read-stated-severity.ts)
   */
  ourSeverity: z.enum(['critical', 'high', 'medium', 'low', 'none']),
  /** the customer's report as the issue-kind classifier reads it, 'unknown' below its threshold */
  reportKind: z.enum(['bug', 'feature', 'question', 'unknown']),
  /** the classifier's probability for its label (0..1), 0 with no customer text */
  reportKindScore: z.number(),
  /** product area in one word: auth, billing, integrations, export, api, webhooks, reporting, admin, other */
  productArea: z.string(),
});
export type Signals = z.infer<typeof SignalsSchema>;

/** For each signal that is set, the evidence ids that establish it (rules cite these). */
export type SignalCites = Partial<Record<keyof Signals, readonly string[]>>;
