/**
 * @module The committed sentence-act classifiers, imported statically so prepare() stays pure: the
 * attempt model (attempt | other), trained by scripts/train-act-attempt.ts.
 */

import type { LinearModel } from './linear-model.js';
import actAttemptJson from './models/act-attempt.json' with { type: 'json' };

export const ACT_ATTEMPT_MODEL = actAttemptJson as unknown as LinearModel;
