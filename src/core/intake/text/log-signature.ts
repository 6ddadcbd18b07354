/** @module An error line's signature: its message with the parts that vary (numbers, ids, hex, addresses, paths' ids) masked. */

const MAX_SIGNATURE = 160;
const LEADING_LEVEL =
  /^\s*[-[(<]?\s*(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRITICAL|SEVERE)\b[\])>:]?\s*/i;

const MASKS: readonly [RegExp, string][] = [
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<id>'],
  [/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/g, '<ip>'],
  [/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, '<email>'],
  [/\b0x[0-9a-f]+\b/gi, '<hex>'],
  // hex and base-36 tokens with digits in them: request ids, hashes, object addresses
  // (a number with a unit, `30000ms`, is a number)
  [
    /(?<![0-9a-z])(?!\d+[a-z]{1,3}(?![0-9a-z]))(?=[0-9a-z]*\d)(?=[0-9a-z]*[a-z])[0-9a-z]{6,}(?![0-9a-z])/gi,
    '<id>',
  ],
  // short hex ids (`req_1a3f`): hex digits only, with both a digit and a letter
  [/(?<![0-9a-z])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{3,}(?![0-9a-z])/gi, '<hex>'],
  [/\d+(?:[.,]\d+)*/g, '<n>'],
  [/"[^"]{40,}"/g, '"<text>"'],
];

/** The message with variable parts masked and whitespace collapsed, at most 160 characters. */
export function errorSignature(message: string): string {
  // the level word is already the entry's level
  let text = message.slice(0, 1000).replace(LEADING_LEVEL, '');
  for (const [pattern, mask] of MASKS) text = text.replace(pattern, mask);
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > MAX_SIGNATURE ? `${text.slice(0, MAX_SIGNATURE - 1)}…` : text;
}
