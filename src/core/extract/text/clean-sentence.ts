/** @module Tidy a sentence for a claim value: collapse spaces, drop greetings and trailing noise. */

const GREETING = /^(?:hi|hello|hey|dear|thanks|thank you)\b[^,.!]{0,40}[,!.]\s*/i;

/** Returns the sentence with whitespace collapsed, a leading greeting dropped and `!!` reduced. */
export function cleanSentence(sentence: string): string {
  return sentence
    .replace(/\s+/g, ' ')
    .replace(GREETING, '')
    .replace(/([!?])[!?]+/g, '$1')
    .trim();
}
