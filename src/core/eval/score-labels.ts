/** @module Accuracy, per-label precision/recall and a confusion table for labelled predictions. */

export interface LabelScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** how many items carry this label in the gold data */
  readonly support: number;
  /** how many items were predicted as this label */
  readonly predicted: number;
}

export interface LabelReport {
  readonly n: number;
  readonly accuracy: number;
  readonly perLabel: Readonly<Record<string, LabelScore>>;
  /** gold label → predicted label → count; rows and columns follow `labels` */
  readonly confusion: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly labels: readonly string[];
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Scores `predicted` against `gold`. `labels` fixes the order of the table; a predicted label not
 * in it (e.g. 'other') gets its own column after them.
 */
export function scoreLabels(
  labels: readonly string[],
  gold: readonly string[],
  predicted: readonly string[],
): LabelReport {
  const columns = [...labels];
  for (const p of predicted) if (!columns.includes(p)) columns.push(p);
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of columns) confusion[g] = Object.fromEntries(columns.map((c) => [c, 0]));
  let correct = 0;
  gold.forEach((g, i) => {
    const p = predicted[i] ?? '';
    if (g === p) correct++;
    const row = confusion[g];
    if (row) row[p] = (row[p] ?? 0) + 1;
  });
  const perLabel: Record<string, LabelScore> = {};
  for (const label of labels) {
    const tp = confusion[label]?.[label] ?? 0;
    const support = gold.filter((g) => g === label).length;
    const count = predicted.filter((p) => p === label).length;
    const precision = count > 0 ? tp / count : 0;
    const recall = support > 0 ? tp / support : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    perLabel[label] = { precision: r3(precision), recall: r3(recall), f1: r3(f1), support, predicted: count };
  }
  for (const extra of columns.slice(labels.length)) {
    if (gold.every((g) => g !== extra)) delete confusion[extra];
  }
  return {
    n: gold.length,
    accuracy: r3(gold.length ? correct / gold.length : 0),
    perLabel,
    confusion,
    labels: columns,
  };
}

/** The report as a small text table for a person. */
export function formatLabelReport(title: string, report: LabelReport): string {
  const lines = [`${title}: accuracy ${(report.accuracy * 100).toFixed(1)}% of ${report.n}`];
  lines.push(
    `  ${'label'.padEnd(10)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'f1'.padStart(6)} ${'n'.padStart(5)}`,
  );
  for (const [label, s] of Object.entries(report.perLabel)) {
    lines.push(
      `  ${label.padEnd(10)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(7)} ${s.f1.toFixed(3).padStart(6)} ${String(s.support).padStart(5)}`,
    );
  }
  lines.push(`  confusion (rows: labelled, columns: predicted)`);
  lines.push(`  ${''.padEnd(10)} ${report.labels.map((l) => l.padStart(9)).join(' ')}`);
  for (const [gold, row] of Object.entries(report.confusion)) {
    lines.push(`  ${gold.padEnd(10)} ${report.labels.map((l) => String(row[l] ?? 0).padStart(9)).join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}
