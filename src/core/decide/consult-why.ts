/**
 * @module Why a consult was asked, in the action's words: for each signal its rule reads that a
 * classifier set, the model, score, threshold and strongest features ("security-concern 0.62 ≥
 * 0.45: token, permiss"), so a reviewer sees the reason without opening the explanation.
 */
import type { Trace } from '../model/trace.js';

export function classifierWhy(
  signals: readonly string[],
  traces: Readonly<Partial<Record<string, readonly Trace[]>>>,
): string {
  const parts: string[] = [];
  for (const signal of signals) {
    const t = traces[signal]?.find((x) => x.mechanism === 'classifier');
    if (!t || t.score === undefined) continue;
    const features = t.features?.length ? `: ${t.features.join(', ')}` : '';
    parts.push(`${t.rule ?? signal} ${t.score.toFixed(2)} ≥ ${t.threshold ?? '?'}${features}`);
  }
  return parts.join('; ');
}
