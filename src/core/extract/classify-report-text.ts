/**
 * @module The customer's report, classified: its kind (bug | feature | question), whether it is a
 * security incident report, and whether it is in the security area (a concern for Security to
 * confirm), by the committed models, with a trace naming the model, label, score and evidence.
 */
import { classifyText, type LinearModel, topFeatures } from '../classify/linear-model.js';
import { ISSUE_KIND_MODEL, SECURITY_CONCERN_MODEL, SECURITY_MODEL } from '../classify/report-models.js';
import type { SignalTrace } from '../model/signal-trace.js';
import type { Signals } from '../model/signals.js';
import type { ExtractContext, Item } from './context.js';

/** The report is the customer's first few messages: later ones chase, thank or repeat. */
const REPORT_ITEMS = 4;
/** A label below this probability is no opinion ('unknown'). */
export const KIND_THRESHOLD = 0.4;

export interface ReportClassification {
  readonly reportKind: Signals['reportKind'];
  readonly reportKindScore: number;
  /** the evidence ids of the report when the security model is over its threshold, else none */
  readonly securityCites: readonly string[];
  /** the evidence ids of the report when the security-concern model is over its threshold, else none */
  readonly concernCites: readonly string[];
  readonly traces: readonly SignalTrace[];
}

const isReport = (i: Item): boolean =>
  i.isCustomer && i.role !== 'bot' && i.unit !== 'field' && i.unit !== 'account' && i.unit !== 'log';

/** The customer's report: their first items' subject lines and text, oldest first. */
export function reportOf(ctx: ExtractContext): { text: string; ids: string[] } {
  const items = ctx.items.filter(isReport).slice(0, REPORT_ITEMS);
  const parts: string[] = [];
  const subjects = new Set<string>();
  for (const item of items) {
    const subject = item.ev.meta?.subject;
    if (typeof subject === 'string' && subject.trim() && !subjects.has(subject)) {
      subjects.add(subject);
      parts.push(subject);
    }
    parts.push(item.ev.text);
  }
  return { text: parts.join('\n'), ids: items.map((i) => i.id) };
}

function threshold(model: LinearModel, label: string, fallback: number): number {
  return model.thresholds?.[label] ?? fallback;
}

/** Classifies the customer's report; with no customer text the kind is 'unknown' and no trace is made. */
export function classifyReport(ctx: ExtractContext): ReportClassification {
  const report = reportOf(ctx);
  if (report.ids.length === 0 || report.text.trim() === '')
    return { reportKind: 'unknown', reportKindScore: 0, securityCites: [], concernCites: [], traces: [] };
  const kind = classifyText(ISSUE_KIND_MODEL, report.text);
  const kindThreshold = threshold(ISSUE_KIND_MODEL, kind.label, KIND_THRESHOLD);
  const confident = kind.known > 0 && kind.score >= kindThreshold;
  const security = classifyText(SECURITY_MODEL, report.text);
  const securityScore = security.scores['1'] ?? 0;
  const securityThreshold = threshold(SECURITY_MODEL, '1', 0.5);
  const concern = classifyText(SECURITY_CONCERN_MODEL, report.text);
  const concernScore = concern.scores['1'] ?? 0;
  const concernThreshold = threshold(SECURITY_CONCERN_MODEL, '1', 0.5);
  const concerned = concern.known > 0 && concernScore >= concernThreshold;
  const traces: SignalTrace[] = [
    {
      signal: 'reportKind',
      mechanism: 'classifier',
      model: ISSUE_KIND_MODEL.name,
      label: kind.label,
      score: kind.score,
      threshold: kindThreshold,
      evidence: report.ids,
    },
    {
      signal: 'security',
      mechanism: 'classifier',
      model: SECURITY_MODEL.name,
      label: '1',
      score: securityScore,
      threshold: securityThreshold,
      evidence: report.ids,
    },
    {
      signal: 'securityConcern',
      mechanism: 'classifier',
      model: SECURITY_CONCERN_MODEL.name,
      label: '1',
      score: concernScore,
      threshold: concernThreshold,
      ...(concerned ? { features: topFeatures(SECURITY_CONCERN_MODEL, report.text, '1') } : {}),
      evidence: report.ids,
    },
  ];
  return {
    reportKind: confident ? (kind.label as Signals['reportKind']) : 'unknown',
    reportKindScore: kind.score,
    securityCites: security.known > 0 && securityScore >= securityThreshold ? report.ids : [],
    concernCites: concerned ? report.ids : [],
    traces,
  };
}
