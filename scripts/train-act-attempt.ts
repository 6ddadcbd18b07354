/**
 * @module Trains the sentence-act "attempt" classifier (does this sentence report something someone
 * tried, or its outcome?) from the labelled corpus in scripts/classifier/corpora/act-attempt, and
 * writes src/core/classify/models/act-attempt.json plus eval/act-attempt-cv.json.
 *
 *   npx tsx scripts/train-act-attempt.ts     # deterministic: rerunning writes the same files
 *
 * The candidates are compared by 5-fold cross-validation on the training split (best F1 over
 * thresholds of out-of-fold scores); the chosen one is trained on the whole training split and its
 * threshold is the one with the best F1 on the fixed validation split, which no candidate trained on.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyText, type LinearModel } from '../src/core/classify/linear-model.js';
import { crossValidate } from './classifier/cross-validate.js';
import { readDevCaseCorpus } from './classifier/dev-case-sentences.js';
import { isValidation, readActCorpus } from './classifier/read-act-corpus.js';
import type { Example } from './classifier/read-datasets.js';
import { type TrainOptions, trainLogistic, trainNaiveBayes } from './classifier/train-linear.js';
import { writeModel } from './classifier/write-model.js';

const ROOT = join(import.meta.dirname, '..');
const FOLDS = 5;
const LABELS = ['attempt', 'other'] as const;
/** features kept in the committed model (by |weight|): start-up parses it with the extractors */
const KEEP_FEATURES = 3000;

type Candidate = { name: string; train: (examples: readonly Example[]) => LinearModel };

const base: TrainOptions = { name: 'act-attempt', labels: LABELS, minDocs: 2, maxFeatures: 20_000 };
const logistic = { epochs: 15, rate: 0.1, l2: 1e-4, balance: true, seed: 11 };
const SUPPORT_X4 = { 'dev-cases': 4 };
const CANDIDATES: Candidate[] = [
  { name: 'logistic-words', train: (x) => trainLogistic(x, { ...base, ...logistic }) },
  { name: 'logistic-stems', train: (x) => trainLogistic(x, { ...base, ...logistic, features: 'stems' }) },
  {
    name: 'logistic-words+stems',
    train: (x) => trainLogistic(x, { ...base, ...logistic, features: 'words+stems' }),
  },
  // the support register is a fifth of the corpus: counted four times, it weighs about as much as the rest
  {
    name: 'logistic-words, support x4',
    train: (x) => trainLogistic(x, { ...base, ...logistic, groupWeight: SUPPORT_X4 }),
  },
  {
    name: 'logistic-words+stems, support x4',
    train: (x) =>
      trainLogistic(x, { ...base, ...logistic, features: 'words+stems', groupWeight: SUPPORT_X4 }),
  },
  { name: 'naive-bayes-stems', train: (x) => trainNaiveBayes(x, { ...base, features: 'stems', alpha: 0.5 }) },
];

const attemptScore = (model: LinearModel, text: string) => {
  const c = classifyText(model, text);
  return { label: c.label, score: c.scores.attempt ?? 0 };
};

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

interface AtThreshold {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

function at(gold: readonly string[], scores: readonly number[], threshold: number): AtThreshold {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((s, i) => {
    const yes = s >= threshold;
    if (yes && gold[i] === 'attempt') tp++;
    else if (yes) fp++;
    else if (gold[i] === 'attempt') fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { threshold, precision: r3(precision), recall: r3(recall), f1: r3(f1), tp, fp, fn };
}

const THRESHOLDS = Array.from({ length: 19 }, (_, i) => Math.round((i + 1) * 5) / 100);

/** The threshold with the best F1 (ties: the higher threshold, the more precise). */
function best(gold: readonly string[], scores: readonly number[]): AtThreshold {
  return THRESHOLDS.map((t) => at(gold, scores, t)).reduce((a, b) => (b.f1 >= a.f1 ? b : a));
}

/** Keeps the `keep` features with the largest weight spread (ties by name): a small, fast file. */
function prune(model: LinearModel, keep: number): LinearModel {
  const spread = (w: readonly number[]) => Math.abs((w[0] ?? 0) - (w[1] ?? 0));
  const kept = Object.entries(model.weights)
    .sort((a, b) => spread(b[1]) - spread(a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, keep)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { ...model, weights: Object.fromEntries(kept) };
}

// the dev cases' support-thread sentences (the register the detector reads); never holdout or rewordings
const examples = [
  ...readActCorpus('act-attempt'),
  ...(await readDevCaseCorpus(join(ROOT, 'scripts/classifier/corpora/act-attempt/dev-cases.tsv'))),
];
const train = examples.filter((e) => !isValidation(e));
const validation = examples.filter(isValidation);
const trainGold = train.map((e) => e.label);
const crossValidated: Record<string, AtThreshold & { perThreshold: AtThreshold[] }> = {};
for (const c of CANDIDATES) {
  const scores = crossValidate(train, FOLDS, c.train, attemptScore).map((p) => p.score);
  crossValidated[c.name] = {
    ...best(trainGold, scores),
    perThreshold: THRESHOLDS.map((t) => at(trainGold, scores, t)),
  };
  const { perThreshold: _, ...summary } = crossValidated[c.name] as AtThreshold & { perThreshold: unknown };
  console.log(`cv ${c.name}: ${JSON.stringify(summary)}`);
}
const chosenName = Object.entries(crossValidated).sort(
  (a, b) => b[1].f1 - a[1].f1 || (a[0] < b[0] ? -1 : 1),
)[0]?.[0];
const chosen = CANDIDATES.find((c) => c.name === chosenName) as Candidate;
const full = chosen.train(train);
const model = prune(full, KEEP_FEATURES);
const valGold = validation.map((e) => e.label);
const valScores = validation.map((e) => attemptScore(model, e.text).score);
const valBest = best(valGold, valScores);
const threshold = valBest.threshold;
const cvAtThreshold = at(
  trainGold,
  crossValidate(train, FOLDS, (x) => prune(chosen.train(x), KEEP_FEATURES), attemptScore).map((p) => p.score),
  threshold,
);
writeModel(join(ROOT, 'src/core/classify/models/act-attempt.json'), {
  ...model,
  thresholds: { attempt: threshold },
  trainedOn: `scripts/classifier/corpora/act-attempt (${train.length} labelled sentences of NLBSE and FARSEC issue reports, incident write-ups and the dev cases' handoffs; ${validation.length} held for validation)`,
});
const summary = {
  corpus: {
    sentences: examples.length,
    attempt: examples.filter((e) => e.label === 'attempt').length,
    train: train.length,
    trainAttempt: train.filter((e) => e.label === 'attempt').length,
    validation: validation.length,
    validationAttempt: validation.filter((e) => e.label === 'attempt').length,
  },
  folds: FOLDS,
  chosen: chosenName,
  features: Object.keys(model.weights).length,
  threshold,
  validationByGroup: Object.fromEntries(
    [...new Set(validation.map((e) => e.group))].sort().map((g) => {
      const idx = validation.flatMap((e, i) => (e.group === g ? [i] : []));
      return [
        g,
        at(
          idx.map((i) => valGold[i] as string),
          idx.map((i) => valScores[i] as number),
          threshold,
        ),
      ];
    }),
  ),
  validation: { atThreshold: valBest, perThreshold: THRESHOLDS.map((t) => at(valGold, valScores, t)) },
  crossValidatedAtThreshold: cvAtThreshold,
  crossValidated,
};
writeFileSync(join(ROOT, 'eval/act-attempt-cv.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.log(`chosen ${chosenName}, ${summary.features} features, threshold ${threshold}`);
console.log(`validation: ${JSON.stringify(valBest)}; cv at threshold: ${JSON.stringify(cvAtThreshold)}`);
