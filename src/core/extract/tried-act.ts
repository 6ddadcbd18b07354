/**
 * @module Whether a sentence reports an attempt (something someone did to diagnose, fix or work
 * around the problem, or what came of it): the trained attempt classifier's score, and from the
 * language layer's tokens, that it is no plan, request or instruction.
 */
import { ACT_ATTEMPT_MODEL } from '../classify/act-models.js';
import { classifyText } from '../classify/linear-model.js';
import { analyze } from '../language/analyze.js';
import type { Sentence, Token } from '../language/types.js';
import type { Trace } from '../model/trace.js';

/** The score an attempt must reach: chosen on the corpus's validation split (scripts/train-act-attempt.ts). */
export const ATTEMPT_THRESHOLD = ACT_ATTEMPT_MODEL.thresholds?.attempt ?? 0.5;

export interface AttemptAct {
  readonly attempt: boolean;
  /** the classifier's probability of `attempt` */
  readonly score: number;
  readonly threshold: number;
  /** no plan, request or instruction (read from the tokens) */
  readonly done: boolean;
}

// what puts a verb in the future or in the mind: "we can resend", "going to restart", "want to try"
const PLANNED = new Set([
  'can',
  'could',
  'should',
  'would',
  'will',
  'might',
  'must',
  'shall',
  'need',
  'want',
  'going',
  'plan',
]);

// a request or an instruction opens with one of these, or with a verb in its base form ("restart the app")
const ASKS = new Set(['please', 'pls', 'kindly', 'try', 'let', 'make']);

/**
 * True unless the sentence plans (a modal, "going to", "want to" before its first verb), or asks or
 * instructs (it opens with "please" or a verb in its base form: "restart the app", "try again").
 */
export function reportsDone(sentence: Sentence): boolean {
  const { tokens } = sentence;
  const words = tokens.filter((t) => t.kind === 'word');
  const first = words[0];
  if (!first || ASKS.has(first.normal)) return false;
  if (first.pos === 'VERB' && first.normal === first.lemma && !first.normal.endsWith('ed')) return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (PLANNED.has(t.normal)) return tokens[i + 1]?.normal === 'not';
    if (t.pos === 'VERB') return true;
  }
  return true;
}

/** Reads `text` (one sentence; `analyzed` when the language layer already read it). */
export function readAttemptAct(text: string, analyzed?: Sentence): AttemptAct {
  const score = classifyText(ACT_ATTEMPT_MODEL, text).scores.attempt ?? 0;
  const sentence = analyzed?.text === text ? analyzed : analyze(text).sentences[0];
  const done = sentence ? reportsDone(sentence) : false;
  return { attempt: score >= ATTEMPT_THRESHOLD && done, score, threshold: ATTEMPT_THRESHOLD, done };
}

/** The trace of a tried item the classifier found. */
export function attemptTrace(act: AttemptAct, evidence: string, sentence: string): Trace {
  return {
    mechanism: 'classifier',
    rule: ACT_ATTEMPT_MODEL.name,
    label: 'attempt',
    score: act.score,
    threshold: act.threshold,
    evidence,
    sentence: sentence.slice(0, 400),
  };
}
