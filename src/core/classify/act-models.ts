/**
 * @module The committed sentence-act classifiers, imported statically so prepare() stays pure: the
 * attempt model (attempt | other, scripts/train-act-attempt.ts) and `act-hypothesis` (a sentence that
 * puts forward or states a cause of the problem, or not; scripts/train-act-hypothesis.ts).
 */

import type { LinearModel } from './linear-model.js';
import actAttemptJson from './models/act-attempt.json' with { type: 'json' };
import actHypothesisJson from './models/act-hypothesis.json' with { type: 'json' };

export const ACT_ATTEMPT_MODEL = actAttemptJson as unknown as LinearModel;
export const ACT_HYPOTHESIS_MODEL = actHypothesisJson as unknown as LinearModel;
