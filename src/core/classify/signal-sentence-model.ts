/**
 * @module The committed signal-sentence classifier (outage | data_loss | other, one sentence at a
 * time), imported statically so reading a sentence does no I/O. Written by
 * scripts/train-signal-sentences.ts; apart from report-models.ts so code that does not read
 * sentences with it does not load it.
 */
import type { LinearModel } from './linear-model.js';
import signalSentencesJson from './models/signal-sentences.json' with { type: 'json' };

export const SIGNAL_SENTENCE_MODEL = signalSentencesJson as unknown as LinearModel;
