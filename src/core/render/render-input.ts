/** @module What every renderer reads: the handoff's evidence, the facts, the decision and the plan. */
import type { ChosenArticle } from '../knowledge/consult-knowledge.js';
import type { Evidence, Source } from '../model/evidence.js';
import type { Action, Decision, Facts, Gate } from '../model/packet.js';
import type { Signals } from '../model/signals.js';
import type { Policy } from '../policy/policy-schema.js';

/** The signals that tell a commercial matter (a charge, a contract) from an incident. */
export type CommercialSignal =
  | 'billing'
  | 'compensationRequested'
  | 'contractClaim'
  | 'outage'
  | 'security'
  | 'crossTenantData'
  | 'dataLoss'
  | 'bugConfirmed';

/** A question the evidence does not answer. */
export interface Unknown {
  readonly question: string;
  readonly why: string;
}

/** Everything the drafts are rendered from; all of it already computed by the pure pipeline. */
export interface RenderInput {
  readonly sources: readonly Source[];
  readonly evidence: readonly Evidence[];
  readonly facts: Facts;
  readonly decision: Decision;
  readonly gates: readonly Gate[];
  readonly actions: readonly Action[];
  readonly unknowns: readonly Unknown[];
  readonly policy: Policy;
  readonly asOf: string;
  /** the team's articles chosen for this handoff, when knowledge was given */
  readonly knowledge?: readonly ChosenArticle[];
  /** the derived signals (the thread's state: our assessment, a status incident); absent in older callers */
  readonly signals?: Pick<Signals, 'assessment' | 'vendorIncident'> &
    Partial<Pick<Signals, CommercialSignal>>;
}
