/**
 * @module Whether a sentence puts forward a cause, read by the `act-hypothesis` classifier (trained
 * on hand-labelled real sentences: scripts/train-act-hypothesis.ts), at the threshold chosen on
 * its validation split. It reads the words and the language layer's structure markers
 * (hypothesis-structure.ts), as it was trained. Traced like a classifier signal: model, label, score and threshold.
 */
import { ACT_HYPOTHESIS_MODEL } from '../classify/act-models.js';
import { classifyText } from '../classify/linear-model.js';
import type { Trace } from '../model/trace.js';
import { withStructure } from './hypothesis-structure.js';

const LABEL = 'hypothesis';
export const HYPOTHESIS_THRESHOLD = ACT_HYPOTHESIS_MODEL.thresholds?.[LABEL] ?? 0.5;

export interface ActReading {
  readonly isHypothesis: boolean;
  readonly score: number;
}

/** The classifier's reading of one sentence. */
export function readHypothesisAct(sentence: string): ActReading {
  const score = classifyText(ACT_HYPOTHESIS_MODEL, withStructure(sentence)).scores[LABEL] ?? 0;
  return { isHypothesis: score >= HYPOTHESIS_THRESHOLD, score };
}

/** The trace of a hypothesis the classifier found in `sentence` of evidence `evidence`. */
export function hypothesisTrace(evidence: string, sentence: string, score: number): Trace {
  return {
    mechanism: 'classifier',
    rule: ACT_HYPOTHESIS_MODEL.name,
    label: LABEL,
    score,
    threshold: HYPOTHESIS_THRESHOLD,
    evidence,
    sentence: sentence.slice(0, 400),
  };
}
