/** @module k-fold cross-validation with folds fixed by a stable hash of each example's id. */
import { classifyText, type LinearModel } from '../../src/core/classify/linear-model.js';
import type { Example } from './read-datasets.js';
import { stableHash } from './stable-hash.js';

export interface LabelMetrics {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface Metrics {
  readonly accuracy: number;
  readonly macroF1: number;
  readonly perLabel: Record<string, LabelMetrics>;
  readonly n: number;
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Accuracy and per-label precision/recall/F1 of predicted vs gold labels. */
export function score(
  labels: readonly string[],
  gold: readonly string[],
  predicted: readonly string[],
): Metrics {
  const perLabel: Record<string, LabelMetrics> = {};
  let correct = 0;
  gold.forEach((g, i) => {
    if (g === predicted[i]) correct++;
  });
  let f1Sum = 0;
  for (const label of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (p === label && g === label) tp++;
      else if (p === label) fp++;
      else if (g === label) fn++;
    });
    const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
    const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    f1Sum += f1;
    perLabel[label] = { precision: r3(precision), recall: r3(recall), f1: r3(f1), support: tp + fn };
  }
  return {
    accuracy: r3(gold.length ? correct / gold.length : 0),
    macroF1: r3(f1Sum / labels.length),
    perLabel,
    n: gold.length,
  };
}

/** The fold (0..k-1) an example belongs to. */
export const foldOf = (example: Example, k: number): number => stableHash(example.id) % k;

/**
 * Trains on k-1 folds and predicts the k-th, for every fold. `decide` turns a model's output into a
 * label (argmax, or a threshold for a binary model). Returns the out-of-fold predictions.
 */
export function crossValidate(
  examples: readonly Example[],
  k: number,
  train: (examples: readonly Example[]) => LinearModel,
  decide: (model: LinearModel, text: string) => { label: string; score: number },
): { label: string; score: number }[] {
  const out = new Array<{ label: string; score: number }>(examples.length);
  for (let fold = 0; fold < k; fold++) {
    const model = train(examples.filter((e) => foldOf(e, k) !== fold));
    examples.forEach((e, i) => {
      if (foldOf(e, k) === fold) out[i] = decide(model, e.text);
    });
  }
  return out;
}

export const argmax = (model: LinearModel, text: string): { label: string; score: number } => {
  const c = classifyText(model, text);
  return { label: c.label, score: c.score };
};
