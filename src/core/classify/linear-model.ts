/** @module A trained linear text classifier as committed JSON, and its pure, deterministic scoring. */
import { type FeatureSet, featuresOf } from './tokenize.js';

/** The committed model file (`src/core/classify/models/*.json`), written by scripts/train-classifier.ts. */
export interface LinearModel {
  readonly format: 'spine-linear-classifier';
  readonly version: 1;
  readonly name: string;
  /** e.g. 'logistic-regression' or 'naive-bayes' */
  readonly algorithm: string;
  readonly labels: readonly string[];
  readonly bias: readonly number[];
  /** feature → one weight per label */
  readonly weights: Readonly<Record<string, readonly number[]>>;
  /** scale the summed weights by 1/sqrt(feature count), as in training */
  readonly normalize: boolean;
  /**
   * what 1/sqrt(n) counts: 'all' the text's features (absent: the issue-kind model), or only the
   * 'known' ones the model has weights for, as its training did
   */
  readonly scaleBy?: 'all' | 'known';
  /** the features the model was trained on (absent: 'words') */
  readonly features?: FeatureSet;
  /** calibrated decision thresholds per label (probability), where training set one */
  readonly thresholds?: Readonly<Record<string, number>>;
  readonly trainedOn?: string;
}

/** One classification: the best label, its probability and every label's probability. */
export interface Classification {
  readonly label: string;
  readonly score: number;
  readonly scores: Readonly<Record<string, number>>;
  /** how many of the text's features the model knows (0: it saw nothing it learned from) */
  readonly known: number;
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

/**
 * Scores `text` with `model`: softmax over bias + Σ weights of the text's features. Ties go to the
 * earlier label, so the same text and model always give the same answer.
 */
export function classifyText(model: LinearModel, text: string): Classification {
  const features = featuresOf(text, model.features ?? 'words');
  const sums = [...model.bias];
  const rows: (readonly number[])[] = [];
  for (const feature of features) {
    const w = Object.hasOwn(model.weights, feature) ? model.weights[feature] : undefined;
    if (w) rows.push(w);
  }
  const known = rows.length;
  const n = model.scaleBy === 'known' ? known : features.length;
  const scale = model.normalize && n > 0 ? 1 / Math.sqrt(n) : 1;
  for (const w of rows) for (let k = 0; k < sums.length; k++) sums[k] = (sums[k] ?? 0) + (w[k] ?? 0) * scale;
  const max = Math.max(...sums);
  const exps = sums.map((s) => Math.exp(s - max));
  const total = exps.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let k = 1; k < exps.length; k++) if ((exps[k] ?? 0) > (exps[best] ?? 0)) best = k;
  const scores: Record<string, number> = {};
  model.labels.forEach((label, k) => {
    scores[label] = round((exps[k] ?? 0) / total);
  });
  const label = model.labels[best] ?? '';
  return { label, score: scores[label] ?? 0, scores, known };
}

/**
 * The features of `text` that pull hardest towards `label` (their weight for it minus the mean of
 * the others), strongest first, ties by name: what a reviewer reads to see why a label was given.
 */
export function topFeatures(model: LinearModel, text: string, label: string, n = 5): string[] {
  const k = model.labels.indexOf(label);
  if (k < 0) return [];
  const pulls: [string, number][] = [];
  for (const feature of featuresOf(text, model.features ?? 'words')) {
    const w = Object.hasOwn(model.weights, feature) ? model.weights[feature] : undefined;
    if (!w) continue;
    const others = w.reduce((sum, x, i) => (i === k ? sum : sum + x), 0) / Math.max(1, w.length - 1);
    const pull = (w[k] ?? 0) - others;
    if (pull > 0) pulls.push([feature, pull]);
  }
  return pulls
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([f]) => f);
}
