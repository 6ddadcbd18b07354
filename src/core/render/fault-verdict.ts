/**
 * @module A question about fault or cause ("is it a bug?", "could the import have flipped the
 * weeks?") and a statement of ours that gives the verdict on it ("this is not a bug: …", "this is not
 * caused by your import", "the cause is …").
 */

// "Is it a bug?", "is this on your side or ours?", "did your release break it?"
export const FAULT_ASK =
  /\b(?:bugs?|defects?|faults?|broken|break|broke|on your (?:side|end)|from you|your (?:side|end|fault|release|update|platform|system|servers?|plugin|app|service))\b/i;
// "could that have flipped the weeks?", "is it caused by the proxy?", "was it because of the import?"
const CAUSE_ASK =
  /\b(?:(?:is|was|could|can|might) (?:it|this|that)(?: be| have been)? (?:caused by|because of|due to)|what (?:caused|is causing)|(?:could|did|would|might) (?:that|this|it|the(?: [\p{L}-]+){1,3}) have \p{L}+ed)\b/iu;
// a verdict: "is not a bug", "isn't caused by", "the cause is", "that is why"
const VERDICT =
  /\b(?:is|was|are|were)(?:n't| not) (?:a (?:bug|fault|defect)(?! reports?\b)|caused by|because of|due to|related to)\b|^not a (?:bug|fault|defect)(?! reports?\b)\b|\bthe (?:root )?cause (?:is|was)\b|\bthat(?:'s| is) why\b/i;
// not a guess: "the cause is likely …", "my guess: …", "I think it is not a bug"
const GUESS = /\b(?:likely|probably|maybe|perhaps|guess\w*|i think|i believe|seems?|may|might|could)\b/i;

/** Whether the question asks about fault or cause. */
export function asksFaultOrCause(question: string): boolean {
  return FAULT_ASK.test(question) || CAUSE_ASK.test(question);
}

/** Whether the sentence states a verdict on fault or cause. */
export function statesVerdict(sentence: string): boolean {
  return VERDICT.test(sentence) && !GUESS.test(sentence);
}
