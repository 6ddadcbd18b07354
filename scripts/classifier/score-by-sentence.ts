/**
 * @module A text's score as its most indicative sentence's: the highest label score over the
 * sentences with at least `MIN_KNOWN` of the model's features. In a long support thread the everyday
 * words of many sentences otherwise add up to a score no single sentence carries. Measured on
 * transfer by train-security-concern.ts (`bySentence`); not used by Spine: it transferred worse.
 */

import { classifyText, type LinearModel } from '../../src/core/classify/linear-model.js';
import { splitSentences } from '../../src/core/render/split-sentences.js';

/** A sentence with fewer of the model's features than this says too little to score. */
export const MIN_KNOWN = 2;

/** The highest `label` score over `text`'s sentences that have at least MIN_KNOWN known features (0 if none). */
export function maxSentenceScore(model: LinearModel, text: string, label: string): number {
  let best = 0;
  for (const sentence of splitSentences(text)) {
    const c = classifyText(model, sentence);
    if (c.known >= MIN_KNOWN) best = Math.max(best, c.scores[label] ?? 0);
  }
  return best;
}
