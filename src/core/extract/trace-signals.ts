/**
 * @module Every true signal explains itself: for each evidence id it cites, the cue that fired and
 * the sentence it fired on. Cues are named as in signal-cues.ts, so a wrong signal leads straight
 * to the pattern to fix; a cite no cue explains (a 5xx request, a status page) is traced as 'derived'.
 */

import { SIGNAL_SENTENCE_MODEL } from '../classify/signal-sentence-model.js';
import { readsAccessOutlivesRevocation } from '../language/reads-access-outlives-revocation.js';
import { readsEveryoneFails } from '../language/reads-everyone-fails.js';
import { readsOthersDataShown } from '../language/reads-others-data-shown.js';
import { readsPrivateDataShown } from '../language/reads-private-data-shown.js';
import { readsSeenWithoutRight } from '../language/reads-seen-without-right.js';
import { readsSomeoneElseUsed } from '../language/reads-someone-else-used.js';
import type { Sentence } from '../language/types.js';
import type { SignalCites, Signals } from '../model/signals.js';
import type { Trace } from '../model/trace.js';
import type { ExtractContext } from './context.js';
import type { ExplainedClaims } from './explained-by-us.js';
import { OTHERS, RECURRENCE } from './extract-pattern.js';
import { HELP_LINK, MENU_PATH } from './points-to-docs.js';
import { readsOurFault } from './read-assessment.js';
import { amendsThings } from './reads-amends-thing.js';
import { readsBlocked } from './reads-blocked.js';
import { readsByDesign } from './reads-by-design.js';
import { declinesCompensation, readsWithinAuthority } from './reads-compensation-authority.js';
import { readsExecutiveAsk } from './reads-executive-ask.js';
import { readsFeatureRequest } from './reads-feature-request.js';
import { readsL2Step } from './reads-l2-step.js';
import { readsReleaseOnset } from './reads-release-onset.js';
import { readSignalSentence, type SignalSentenceLabel } from './reads-signal-sentence.js';
import { readsWrongShown } from './reads-wrong-shown.js';
import * as cue from './signal-cues.js';
import { bestSentence } from './trace-facts.js';

/** For each signal that is set, one trace per citing evidence id. */
export type SignalTraces = Partial<Record<keyof Signals, readonly Trace[]>>;

/** For each signal only claimed and then explained by our side: the claims, and what explained them. */
export type ExplainedTraces = Partial<
  Record<keyof Signals, { readonly claims: readonly Trace[]; readonly by: Trace }>
>;

const CUES: Partial<Record<keyof Signals, ReadonlyArray<readonly [string, RegExp]>>> = {
  security: [
    ['cue.SECURITY', cue.SECURITY],
    ['cue.PRIVACY', cue.PRIVACY],
    ['cue.CROSS_TENANT', cue.CROSS_TENANT],
  ],
  crossTenantData: [['cue.CROSS_TENANT', cue.CROSS_TENANT]],
  dataLoss: [['cue.DATA_LOSS', cue.DATA_LOSS]],
  outage: [
    ['cue.OUTAGE', cue.OUTAGE],
    ['cue.OUTAGE_CHANNEL', cue.OUTAGE_CHANNEL],
    ['cue.BUSINESS_HALT', cue.BUSINESS_HALT],
  ],
  regression: [['cue.RELEASE', cue.RELEASE]],
  bugConfirmed: [['cue.BUG_CONFIRMED', cue.BUG_CONFIRMED]],
  productDefect: [['cue.DEFECT', cue.DEFECT]],
  documentedBehavior: [
    ['cue.DOCUMENTED', cue.DOCUMENTED],
    ['points-to-docs', MENU_PATH],
    ['points-to-docs', HELP_LINK],
  ],
  billing: [['cue.BILLING', cue.BILLING]],
  compensationRequested: [['cue.COMPENSATION', cue.COMPENSATION]],
  churnRisk: [['cue.CHURN', cue.CHURN]],
  slaBreached: [['cue.SLA', cue.SLA]],
  ownershipDispute: [['cue.OWNERSHIP', cue.OWNERSHIP]],
  contractClaim: [['cue.CONTRACT_CLAIM', cue.CONTRACT_CLAIM]],
  recurrence: [['RECURRENCE', RECURRENCE]],
  otherCustomersAffected: [['OTHERS', OTHERS]],
  vendorIncident: [['cue.VENDOR_INCIDENT', cue.VENDOR_INCIDENT]],
};

// signals a structural reading of the sentence can set, named by their rule
const STRUCTURES: Partial<Record<keyof Signals, ReadonlyArray<readonly [string, (s: Sentence) => boolean]>>> =
  {
    outage: [['everyone-fails', readsEveryoneFails]],
    security: [
      ['someone-else-used', readsSomeoneElseUsed],
      ['access-outlives-revocation', readsAccessOutlivesRevocation],
      ['others-data-shown', readsOthersDataShown],
      ['private-data-shown', readsPrivateDataShown],
      ['seen-without-right', readsSeenWithoutRight],
    ],
    crossTenantData: [['others-data-shown', readsOthersDataShown]],
    blocked: [['reads-blocked', readsBlocked]],
    regression: [['reads-release-onset', (s) => readsReleaseOnset(s)]],
    productDefect: [['reads-wrong-shown', readsWrongShown]],
    bugConfirmed: [['reads-our-fault', (s) => readsOurFault(s) !== null]],
    featureRequest: [['reads-feature-request', readsFeatureRequest]],
    documentedBehavior: [['reads-by-design', readsByDesign]],
    l2Step: [['reads-l2-step', readsL2Step]],
    executiveAsk: [['reads-executive-ask', readsExecutiveAsk]],
    compensationWithinAuthority: [
      ['reads-compensation-authority', readsWithinAuthority],
      ['reads-compensation-declined', declinesCompensation],
      // our own document granting the amends asked by rule ("the label cost is refunded if …")
      ['doc-grants-amends', (s) => (amendsThings(s) ?? []).length > 0],
    ],
  };

// signals the signal-sentence classifier sets, by its label
const CLASSIFIED: Partial<Record<keyof Signals, SignalSentenceLabel>> = { outage: 'outage' };

/**
 * Traces the signals that are set. `own` holds traces a mechanism already recorded (the
 * assessment's sentences); they are kept as given.
 */
export function traceSignals(
  signals: Signals,
  signalCites: SignalCites,
  ctx: ExtractContext,
  own: SignalTraces = {},
): SignalTraces {
  const byId = new Map(ctx.items.map((i) => [i.id, i] as const));
  const out: SignalTraces = {};
  for (const key of Object.keys(signalCites).sort() as (keyof Signals)[]) {
    const given = own[key];
    if (given) {
      out[key] = given;
      continue;
    }
    const traces: Trace[] = [];
    for (const evidence of signalCites[key] ?? []) {
      const item = byId.get(evidence);
      if (!item) continue;
      const hit = (CUES[key] ?? []).flatMap(([rule, re]) =>
        item.sentences.filter((s) => re.test(s)).map((sentence) => ({ rule, sentence })),
      )[0];
      const label = CLASSIFIED[key];
      const classified =
        hit || !label
          ? undefined
          : item.analyzed.flatMap((a, i) => {
              const r = readSignalSentence(a, label);
              return r.asserted ? [{ r, sentence: item.sentences[i] ?? a.text }] : [];
            })[0];
      if (classified) {
        traces.push({
          mechanism: 'classifier',
          rule: SIGNAL_SENTENCE_MODEL.name,
          label: classified.r.label,
          score: classified.r.score,
          threshold: classified.r.threshold,
          evidence,
          sentence: classified.sentence,
        });
        continue;
      }
      const structure = hit
        ? undefined
        : (STRUCTURES[key] ?? []).flatMap(([rule, reads]) =>
            item.analyzed.flatMap((a, i) =>
              reads(a) ? [{ rule, sentence: item.sentences[i] ?? a.text }] : [],
            ),
          )[0];
      const field = item.unit === 'field' || item.unit === 'account';
      traces.push(
        hit
          ? { mechanism: 'pattern', rule: hit.rule, evidence, sentence: hit.sentence }
          : structure
            ? { mechanism: 'structure', rule: structure.rule, evidence, sentence: structure.sentence }
            : {
                mechanism: field ? 'field' : 'derived',
                rule: `signal-${key}`,
                evidence,
                sentence: bestSentence(item, String(signals[key])),
              },
      );
    }
    if (traces.length > 0) out[key] = traces;
  }
  return out;
}

/** Traces the claims our side explained, as if their signal were set, with the sentence that explained them. */
export function traceExplained(
  explained: ReadonlyArray<readonly [keyof Signals, ExplainedClaims]>,
  signals: Signals,
  ctx: ExtractContext,
): ExplainedTraces {
  const out: ExplainedTraces = {};
  for (const [key, e] of explained) {
    if (!e.by || e.explained.length === 0) continue;
    const claims = traceSignals({ ...signals, [key]: true }, { [key]: e.explained }, ctx)[key] ?? [];
    out[key] = { claims, by: e.by };
  }
  return out;
}
