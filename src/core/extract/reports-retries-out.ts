/**
 * @module Whether a log message only says that retrying stopped ("moved to failed deliveries
 * (retries exhausted)", "gave up after 3 attempts"): the outcome of the errors before it, not an
 * error of its own. Read from lemmas, not phrasings.
 */
import { analyze } from '../language/analyze.js';
import type { Token } from '../language/types.js';

// what is retried (lemmas), and how retrying ends
const RETRYING = new Set(['retry', 'retries', 'attempt', 'redelivery']);
const RAN_OUT = new Set(['exhaust', 'exhausted']);

const isGiveUp = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.lemma === 'give' && tokens[i + 1]?.normal === 'up';

/** True when `message` names retrying and says it ran out or was given up. */
export function reportsRetriesOut(message: string): boolean {
  return analyze(message).sentences.some((s) => {
    const tokens = s.tokens;
    // retrying as a thing that ran out ("retries", "the retry window"), not a verb ("exhausted, retrying")
    const retrying = tokens.some(
      (t) => (RETRYING.has(t.lemma) || RETRYING.has(t.normal)) && !/ing$/.test(t.normal),
    );
    return (
      retrying && tokens.some((t, i) => RAN_OUT.has(t.lemma) || RAN_OUT.has(t.normal) || isGiveUp(tokens, i))
    );
  });
}
