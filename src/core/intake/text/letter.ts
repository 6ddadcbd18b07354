/** @module Does a text read as a letter to the customer: a greeting first, a sign-off or a signed name last? */

const GREETING =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|hallo|bonjour|hola|olá|ciao)\b[^\n]{0,60}$/i;
const SIGN_OFF =
  /^(?:best|best regards|best wishes|kind regards|warm regards|warmly|regards|many thanks|thanks|thank you|thanks again|thanks for your patience|cheers|sincerely|all the best|talk soon|speak soon)\b[^\n]{0,30}[,.!]?$/i;
const TO_US = /\b(?:team|support|all|everyone|folks|guys|y'all|helpdesk|help desk)\b/i;
const SIGNED_NAME = /^[\p{Lu}][\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]+){0,2}$/u;

export interface LetterShape {
  readonly greeting: string;
  /** the last line: the name signed, when the letter ends with one */
  readonly signer: string | null;
}

/** The greeting and signer when `text` reads as a letter, else null. */
export function letterShape(text: string): LetterShape | null {
  if (text.length > 20_000) return null;
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length < 3 || lines.length > 120) return null;
  const greeting = lines[0] ?? '';
  // "Hi team," / "Hello support" is someone writing to us, not our reply to the customer.
  if (!GREETING.test(greeting) || TO_US.test(greeting)) return null;
  const tail = lines.slice(-4);
  const last = lines[lines.length - 1] ?? '';
  const signed = SIGNED_NAME.test(last) && last.length <= 40;
  const signedOff = tail.some((line) => SIGN_OFF.test(line));
  if (!signed && !signedOff) return null;
  return { greeting, signer: signed ? last : null };
}
