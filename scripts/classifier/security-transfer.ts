/**
 * @module What the security transfer experiment and the security-concern trainer share: the tracker
 * examples, the two transfer projects (a model trained without one is scored on it), the training
 * settings every candidate starts from, the thresholds scanned, and the scores, rates and AUC they
 * are measured by. The held-back FARSEC projects (ambari, camel, derby) are never read.
 */
import { classifyText, type LinearModel } from '../../src/core/classify/linear-model.js';
import { foldOf } from './cross-validate.js';
import { type Example, readFarsec, readNlbse } from './read-datasets.js';
import { stableHash } from './stable-hash.js';
import type { TrainOptions } from './train-linear.js';

export const FOLDS = 5;
export const PROJECTS = ['chromium', 'wicket'] as const;

export const r3 = (x: number): number => Math.round(x * 1000) / 1000;
export const THRESHOLDS = Array.from({ length: 99 }, (_, i) => r3(0.01 + i * 0.01));

/** The settings every security candidate starts from (each adds its name and its own). */
export const SECURITY_BASE: Omit<TrainOptions, 'name'> = {
  labels: ['0', '1'],
  minDocs: 3,
  maxFeatures: 40_000,
  balance: true,
  rate: 0.05,
  seed: 7,
};

/**
 * FARSEC Chromium (one report in twelve: it has far more than Wicket) and Wicket reports with their
 * security label, then NLBSE training issues as ordinary reports (group `nlbse`).
 */
export function readTrackerExamples(): Example[] {
  const keep = (id: string): boolean => !id.startsWith('chromium:') || stableHash(id) % 12 === 0;
  return [
    ...readFarsec(PROJECTS, keep),
    ...readNlbse('data/issues_train.csv').map((e) => ({ ...e, label: '0', group: 'nlbse' })),
  ];
}

export type Scored = { group: string; gold: string; score: number };

/** The model's score of `1`; a text with nothing the model knows is never flagged (classify-report-text.ts does the same). */
export const scoreOf = (m: LinearModel, e: Example): Scored => {
  const c = classifyText(m, e.text);
  return { group: e.group, gold: e.label, score: c.known > 0 ? (c.scores['1'] ?? 0) : 0 };
};

/** The share of the `gold` examples scored at or above `t`. */
export const rateAt = (xs: readonly Scored[], gold: string, t: number): number => {
  const of = xs.filter((x) => x.gold === gold);
  return of.filter((x) => x.score >= t).length / Math.max(1, of.length);
};

export function auc(xs: readonly Scored[]): number {
  const pos = xs.filter((x) => x.gold === '1').map((x) => x.score);
  const neg = xs.filter((x) => x.gold === '0').map((x) => x.score);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return r3(wins / Math.max(1, pos.length * neg.length));
}

/** Recall on the unseen projects at `threshold`, and precision as if both classes were equally many. */
export function transferRow(transfer: readonly Scored[], threshold: number) {
  const recall = rateAt(transfer, '1', threshold);
  const transferFalse = rateAt(transfer, '0', threshold);
  return {
    threshold,
    transferRecall: r3(recall),
    transferBalancedPrecision: r3(recall + transferFalse > 0 ? recall / (recall + transferFalse) : 0),
  };
}

/** AUC on each unseen project and on both. */
export function transferAuc(xs: readonly Scored[]): Record<string, number> {
  return {
    ...Object.fromEntries(PROJECTS.map((p) => [p, auc(xs.filter((x) => x.group === p))])),
    both: auc(xs),
  };
}

/**
 * Every example scored by models that never saw it: on transfer (trained without its project, for the
 * two transfer projects' examples) and cross-validated (FOLDS folds, every example). `onTransfer`
 * also sees each transfer model with each example it scores; `progress` hears each step finish.
 */
export function scoreUnseen(
  examples: readonly Example[],
  train: (examples: readonly Example[]) => LinearModel,
  hooks: { onTransfer?: (model: LinearModel, e: Example) => void; progress?: (step: string) => void } = {},
): { transfer: Scored[]; folded: Scored[] } {
  const transfer: Scored[] = [];
  for (const project of PROJECTS) {
    const model = train(examples.filter((e) => e.group !== project));
    for (const e of examples)
      if (e.group === project) {
        transfer.push(scoreOf(model, e));
        hooks.onTransfer?.(model, e);
      }
    hooks.progress?.(`transfer to ${project}: done`);
  }
  const folded: Scored[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = train(examples.filter((e) => foldOf(e, FOLDS) !== fold));
    for (const e of examples) if (foldOf(e, FOLDS) === fold) folded.push(scoreOf(model, e));
    hooks.progress?.(`fold ${fold}: done`);
  }
  return { transfer, folded };
}
