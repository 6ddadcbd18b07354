/** @module Trains the two candidate linear models (logistic regression, naive Bayes) on feature sets. */
import type { LinearModel } from '../../src/core/classify/linear-model.js';
import { type FeatureSet, featuresOf } from '../../src/core/classify/tokenize.js';
import type { Example } from './read-datasets.js';
import { shuffled } from './stable-hash.js';

export interface TrainOptions {
  readonly name: string;
  readonly labels: readonly string[];
  /** keep features seen in at least this many training examples */
  readonly minDocs: number;
  /** keep at most this many features (most frequent first, ties by name) */
  readonly maxFeatures: number;
  /** logistic regression: passes, step size, L2 strength, class weights */
  readonly epochs?: number;
  readonly rate?: number;
  readonly l2?: number;
  readonly balance?: boolean;
  readonly seed?: number;
  /** the feature set (default 'words') */
  readonly features?: FeatureSet;
  /** per-example weight by group (e.g. to count a large source less), default 1 */
  readonly groupWeight?: Readonly<Record<string, number>>;
  /**
   * what 1/sqrt(n) counts in training and in the model: 'all' the text's features or the 'known'
   * ones (absent: known in training, all at inference, as the issue-kind model was trained)
   */
  readonly scaleBy?: 'all' | 'known';
  /** when set, only these features are learned (e.g. concept terms chosen on the training data) */
  readonly allowed?: ReadonlySet<string>;
  /** naive Bayes: additive smoothing */
  readonly alpha?: number;
}

interface Encoded {
  readonly features: number[];
  readonly label: number;
  readonly weight: number;
  /** how many features the text has, known or not */
  readonly size: number;
}

function vocabulary(docs: readonly string[][], minDocs: number, maxFeatures: number): string[] {
  const df = new Map<string, number>();
  for (const doc of docs) for (const f of doc) df.set(f, (df.get(f) ?? 0) + 1);
  return [...df.entries()]
    .filter(([, n]) => n >= minDocs)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, maxFeatures)
    .map(([f]) => f)
    .sort();
}

function encode(examples: readonly Example[], options: TrainOptions) {
  const docs = examples.map((e) => featuresOf(e.text, options.features ?? 'words'));
  const allowed = options.allowed;
  const vocab = vocabulary(
    allowed ? docs.map((d) => d.filter((f) => allowed.has(f))) : docs,
    options.minDocs,
    options.maxFeatures,
  );
  const index = new Map(vocab.map((f, i) => [f, i] as const));
  const encoded: Encoded[] = docs.map((doc, i) => ({
    features: doc.map((f) => index.get(f)).filter((x): x is number => x !== undefined),
    size: doc.length,
    label: options.labels.indexOf(examples[i]?.label ?? ''),
    weight: options.groupWeight?.[examples[i]?.group ?? ''] ?? 1,
  }));
  return { vocab, encoded: encoded.filter((e) => e.label >= 0) };
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

function toModel(
  options: TrainOptions,
  algorithm: string,
  vocab: readonly string[],
  w: Float64Array[],
  bias: number[],
  normalize: boolean,
): LinearModel {
  const k = options.labels.length;
  const weights: Record<string, number[]> = {};
  vocab.forEach((f, i) => {
    const row = Array.from({ length: k }, (_, c) => round(w[i]?.[c] ?? 0));
    if (row.some((x) => x !== 0)) weights[f] = row;
  });
  return {
    format: 'spine-linear-classifier',
    version: 1,
    name: options.name,
    algorithm,
    labels: [...options.labels],
    bias: bias.map(round),
    weights,
    normalize,
    ...(options.scaleBy ? { scaleBy: options.scaleBy } : {}),
    ...(options.features && options.features !== 'words' ? { features: options.features } : {}),
  };
}

/** Multinomial logistic regression by Adagrad over binary features scaled by 1/sqrt(n), fixed seed. */
export function trainLogistic(examples: readonly Example[], options: TrainOptions): LinearModel {
  const { vocab, encoded } = encode(examples, options);
  const k = options.labels.length;
  const w = vocab.map(() => new Float64Array(k));
  const g2 = vocab.map(() => new Float64Array(k));
  const bias = new Array<number>(k).fill(0);
  const biasG2 = new Array<number>(k).fill(0);
  const counts = new Array<number>(k).fill(0);
  for (const e of encoded) counts[e.label] = (counts[e.label] ?? 0) + e.weight;
  const totalWeight = counts.reduce((a, b) => a + b, 0);
  const classWeight = counts.map((n) => (options.balance ? totalWeight / (k * Math.max(1e-9, n)) : 1));
  const rate = options.rate ?? 0.5;
  const l2 = options.l2 ?? 1e-4;
  const epochs = options.epochs ?? 10;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const e of shuffled(encoded, (options.seed ?? 1) + epoch)) {
      const n = options.scaleBy === 'all' ? e.size : e.features.length;
      const scale = n > 0 ? 1 / Math.sqrt(n) : 0;
      const z = [...bias];
      for (const f of e.features) for (let c = 0; c < k; c++) z[c] = (z[c] ?? 0) + (w[f]?.[c] ?? 0) * scale;
      const max = Math.max(...z);
      const p = z.map((v) => Math.exp(v - max));
      const total = p.reduce((a, b) => a + b, 0);
      const cw = (classWeight[e.label] ?? 1) * e.weight;
      for (let c = 0; c < k; c++) {
        const grad = cw * ((p[c] ?? 0) / total - (c === e.label ? 1 : 0));
        biasG2[c] = (biasG2[c] ?? 0) + grad * grad;
        bias[c] = (bias[c] ?? 0) - (rate * grad) / Math.sqrt((biasG2[c] ?? 0) + 1e-8);
        for (const f of e.features) {
          const wf = w[f] as Float64Array;
          const gf = g2[f] as Float64Array;
          const gradF = grad * scale + l2 * (wf[c] ?? 0);
          gf[c] = (gf[c] ?? 0) + gradF * gradF;
          wf[c] = (wf[c] ?? 0) - (rate * gradF) / Math.sqrt((gf[c] ?? 0) + 1e-8);
        }
      }
    }
  }
  return toModel(options, 'logistic-regression', vocab, w, bias, true);
}

/** Multinomial naive Bayes over binary features with additive smoothing (weights are log-probabilities). */
export function trainNaiveBayes(examples: readonly Example[], options: TrainOptions): LinearModel {
  const { vocab, encoded } = encode(examples, options);
  const k = options.labels.length;
  const alpha = options.alpha ?? 1;
  const counts = vocab.map(() => new Float64Array(k));
  const totals = new Array<number>(k).fill(0);
  const docs = new Array<number>(k).fill(0);
  for (const e of encoded) {
    docs[e.label] = (docs[e.label] ?? 0) + 1;
    for (const f of e.features) {
      (counts[f] as Float64Array)[e.label] = ((counts[f] as Float64Array)[e.label] ?? 0) + 1;
      totals[e.label] = (totals[e.label] ?? 0) + 1;
    }
  }
  const logs = counts.map((row) => {
    const out = new Float64Array(k);
    for (let c = 0; c < k; c++)
      out[c] = Math.log(((row[c] ?? 0) + alpha) / ((totals[c] ?? 0) + alpha * vocab.length));
    return out;
  });
  // an unseen feature adds nothing, so centre each feature's log-probabilities on their mean
  for (const row of logs) {
    const mean = row.reduce((a, b) => a + b, 0) / k;
    for (let c = 0; c < k; c++) row[c] = (row[c] ?? 0) - mean;
  }
  const bias = docs.map((n) => Math.log((n + 1) / (encoded.length + k)));
  return toModel(options, 'naive-bayes', vocab, logs, bias, false);
}
