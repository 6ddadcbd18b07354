/**
 * @module A question that says "it" names what "it" was a few sentences before, so it stands alone
 * in a list: "23-29 Nov is already exported. … Don't know yet if they've marked it as paid." →
 * "Whether they've marked 23-29 Nov as paid?"
 */

// the subject of a short statement: a name, a date or a code, not a pronoun or a person's role
const SUBJECT =
  /^((?:the\s+)?[\w][\w./-]*(?:\s+[\w][\w./-]*){0,3}?)\s+(?:is|was|has been|had been)\s+(?:already\s+|now\s+|still\s+)?\w+/i;
const PRONOUN = /^(?:it|this|that|they|he|she|we|i|you|there|which|what|who|an?|the)$/i;

/** `question` with its first "it" replaced by the subject of the nearest earlier sentence that has one. */
export function resolveIt(question: string, earlier: readonly string[]): string {
  if (!/\bit\b/i.test(question)) return question;
  for (const sentence of [...earlier].reverse().slice(0, 3)) {
    const subject = SUBJECT.exec(sentence.trim())?.[1];
    if (!subject || PRONOUN.test(subject) || /^(?:it|this|that|they|he|she|we|i|you)\b/i.test(subject))
      continue;
    // a date, a code or a name: a digit, a dotted/dashed token or a capital past the sentence's first word
    if (!/\d|[./-]\w|\s[A-Z]/.test(subject)) continue;
    return question.replace(/\bit\b/i, subject);
  }
  return question;
}
