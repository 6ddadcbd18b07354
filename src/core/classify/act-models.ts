/**
 * @module The committed sentence-act classifiers, imported statically so prepare() stays pure:
 * `act-hypothesis` (a sentence that puts forward or states a cause of the problem, or not).
 */

import type { LinearModel } from './linear-model.js';
import actHypothesisJson from './models/act-hypothesis.json' with { type: 'json' };

export const ACT_HYPOTHESIS_MODEL = actHypothesisJson as unknown as LinearModel;
