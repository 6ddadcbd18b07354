/** @module Factories for decide() inputs: empty Facts, calm Signals, and cites per set signal. */
import type { Facts } from '../../src/core/model/packet.js';
import type { SignalCites, Signals } from '../../src/core/model/signals.js';

/** Facts with nothing known, plus `overrides`. */
export function makeFacts(overrides: Partial<Facts> = {}): Facts {
  return {
    account: null,
    tier: null,
    problem: null,
    symptoms: [],
    errors: [],
    affected: { users: null, accounts: null, scope: null, summary: '' },
    startedAt: null,
    environment: [],
    tried: [],
    workaround: { exists: null, partial: null, text: null, cites: [] },
    customerAsks: [],
    deadlines: [],
    commitments: [],
    posture: [],
    hypotheses: [],
    reproduction: null,
    pattern: [],
    ...overrides,
  };
}

/** Signals with nothing set, plus `overrides`. */
export function makeSignals(overrides: Partial<Signals> = {}): Signals {
  return {
    tier: '',
    arr: 0,
    renewalDays: -1,
    affectedUsers: 0,
    affectedAccounts: 0,
    otherCustomersAffected: false,
    security: false,
    crossTenantData: false,
    securityConcern: false,
    dataLoss: false,
    outage: false,
    blocked: false,
    workaround: 'unknown',
    regression: false,
    bugConfirmed: false,
    productDefect: false,
    documentedBehavior: false,
    knownLimitation: false,
    customerSideSetting: false,
    featureRequest: false,
    billing: false,
    compensationRequested: false,
    compensationWithinAuthority: false,
    churnRisk: false,
    contractClaim: false,
    engineeringWork: false,
    leadershipDecides: false,
    productDecides: false,
    l2Step: false,
    executiveAsk: false,
    slaBreached: false,
    ownershipDispute: false,
    recurrence: false,
    fixReleased: false,
    deadlineHours: -1,
    vendorIncident: false,
    assessment: 'none',
    ourSeverity: 'none',
    productArea: 'other',
    reportKind: 'unknown',
    reportKindScore: 0,
    ...overrides,
  };
}

/** One evidence id per set signal (`E-<key>`), so tests can check which signals a rule cites. */
export function citesFor(signals: Signals): SignalCites {
  const cites: Record<string, readonly string[]> = {};
  for (const [key, value] of Object.entries(signals)) {
    const set = typeof value === 'boolean' ? value : typeof value === 'number' ? value > 0 : value !== '';
    if (set) cites[key] = [`E-${key}`];
  }
  return cites as SignalCites;
}
