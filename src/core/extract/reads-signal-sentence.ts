/**
 * @module Whether a sentence asserts an outage or a data loss. The signal-sentence classifier
 * (trained on labelled real sentences: scripts/train-signal-sentences.ts) says what the sentence is
 * about; the language layer says whether it is asserted: a statement, not a condition, not denied
 * ("no data was lost", "this is not an outage") and not a dated event it only names ("the 12 March
 * outage"). A failure for everyone ("nobody can log in") is asserted even though "nobody" negates.
 */
import { type Classification, classifyText, type LinearModel } from '../classify/linear-model.js';
import { SIGNAL_SENTENCE_MODEL } from '../classify/signal-sentence-model.js';
import { isDenied } from '../language/polarity.js';
import { readsEveryoneFails } from '../language/reads-everyone-fails.js';
import type { Sentence, Token } from '../language/types.js';

export type SignalSentenceLabel = 'outage' | 'data_loss';

/** The classifier's reading of one sentence for one label. */
export interface SignalSentenceReading {
  readonly label: SignalSentenceLabel;
  readonly score: number;
  readonly threshold: number;
  /** the model names the label at or over its threshold */
  readonly about: boolean;
  /** … and the sentence states it (a statement, not conditional, not denied, not a dated mention) */
  readonly asserted: boolean;
  /** … and the sentence says no to it ("no rows were lost") */
  readonly denied: boolean;
}

// words between a date and the noun it dates: "the 12 March outage", "last week's data loss"
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'PART', 'NOUN']);

/** Evidence a token gives for label `k` over 'other' in the model (0 when it does not know the word). */
function evidence(model: LinearModel, token: Token, k: number): number {
  const w = model.weights[token.normal] ?? model.weights[token.text.toLowerCase()];
  return w ? (w[k] ?? 0) - (w[model.labels.indexOf('other')] ?? 0) : 0;
}

/** Index of the sentence's word that speaks most for label `k`, or -1 when none does. */
function strongestWord(model: LinearModel, sentence: Sentence, k: number): number {
  let best = -1;
  let bestWeight = 0;
  sentence.tokens.forEach((t, i) => {
    const w = evidence(model, t, k);
    if (w > bestWeight) {
      best = i;
      bestWeight = w;
    }
  });
  return best;
}

/** "the 12 March outage", "yesterday's outage": a noun phrase a date opens names a past event. */
function datedMention(sentence: Sentence, i: number): boolean {
  const token = sentence.tokens[i];
  if (token?.pos !== 'NOUN') return false;
  for (const entity of sentence.entities) {
    if (entity.type !== 'date' || entity.end > token.start) continue;
    const between = sentence.tokens.filter((t) => t.start >= entity.end && t.end <= token.start);
    if (between.length <= 3 && between.every((t) => NOUN_PHRASE.has(t.pos) || t.normal === "'s")) return true;
  }
  return false;
}

// the language layer reads each text once, so its sentences are the same objects on every pass
const classified = new WeakMap<Sentence, Classification>();

function classify(model: LinearModel, sentence: Sentence): Classification {
  if (model !== SIGNAL_SENTENCE_MODEL) return classifyText(model, sentence.text);
  let result = classified.get(sentence);
  if (!result) {
    result = classifyText(model, sentence.text);
    classified.set(sentence, result);
  }
  return result;
}

/** "lost the whole afternoon", "lost two hours": what was lost right after the word is time, not data. */
function lostTime(sentence: Sentence, i: number): boolean {
  const next = sentence.tokens.slice(i + 1, i + 5);
  const timed = (t: Token): boolean =>
    sentence.entities.some(
      (e) =>
        (e.type === 'time' || e.type === 'date' || e.type === 'duration') &&
        e.start <= t.start &&
        t.end <= e.end,
    );
  for (const t of next) {
    if (timed(t)) return true;
    if (!NOUN_PHRASE.has(t.pos) && t.pos !== 'PRON') return false;
  }
  return false;
}

/**
 * Whether `sentence` asserts `label`: readSignalSentence's `asserted`, with the classifier asked only
 * for a statement that is no condition and has a verb (each of which `asserted` needs).
 */
export function assertsSignal(sentence: Sentence, label: SignalSentenceLabel): boolean {
  if (sentence.question || sentence.conditional) return false;
  if (!sentence.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  return readSignalSentence(sentence, label).asserted;
}

/** Reads `sentence` for `label` with the signal-sentence model (or another with the same labels). */
export function readSignalSentence(
  sentence: Sentence,
  label: SignalSentenceLabel,
  model: LinearModel = SIGNAL_SENTENCE_MODEL,
): SignalSentenceReading {
  const k = model.labels.indexOf(label);
  const result = classify(model, sentence);
  const score = result.scores[label] ?? 0;
  const threshold = model.thresholds?.[label] ?? 0.5;
  // a sentence says something of something: a line with no verb ("Priority: urgent") asserts nothing
  const predicate = sentence.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const about = predicate && result.known > 0 && score >= threshold;
  if (!about) return { label, score, threshold, about, asserted: false, denied: false };
  const word = strongestWord(model, sentence, k);
  const everyone = label === 'outage' && readsEveryoneFails(sentence);
  const denied = !everyone && word >= 0 && isDenied(sentence, word);
  const mention =
    word >= 0 && (datedMention(sentence, word) || (label === 'data_loss' && lostTime(sentence, word)));
  const asserted = !denied && !sentence.question && !sentence.conditional && !mention;
  return { label, score, threshold, about, asserted, denied };
}
