/** @module Split the signature (contact context, never a claim) off the end of a mail body. */

export interface SignatureSplit {
  readonly body: string;
  readonly signature: string;
}

const DASHES = /^--\s?$/;
const SENT_FROM =
  /^\s*(?:Sent from (?:my |Outlook|Mail|Yahoo|Samsung)|Get Outlook for|Von meinem .* gesendet|Envoyé de mon)/i;
const SIGN_OFF =
  /^\s*(?:best|best regards|kind regards|warm regards|regards|many thanks|thanks|thank you|cheers|sincerely|all the best|mit freundlichen grüßen|viele grüße|cordialement)\s*[,.!]?\s*$/i;
const PHONE = /\+?\d[\d\s().-]{7,}\d/;

function isContactBlock(lines: readonly string[]): boolean {
  if (lines.length < 2 || lines.length > 5) return false;
  if (lines.some((line) => line.length > 80)) return false;
  // After a sign-off only name, title and contact lines may follow, not more of the message.
  if (SIGN_OFF.test(lines[0] ?? ''))
    return lines.slice(1).every((line) => /^[\p{Lu}\d+(]/u.test(line.trim()) && !/\?\s*$/.test(line));
  // A name line followed by a title/company/phone line.
  return lines.slice(1).some((line) => PHONE.test(line) || /\s\|\s/.test(line));
}

/**
 * Splits `body` at a `-- `/`--` line, a `Sent from my iPhone`-style line, or a trailing block that
 * reads as a sign-off or a name/title/phone card. Returns the body unchanged when none is found.
 */
export function splitSignature(body: string): SignatureSplit {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let cut = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (DASHES.test(lines[i] ?? '') || SENT_FROM.test(lines[i] ?? '')) {
      cut = i;
      break;
    }
  }
  for (let guard = 0; guard < 2; guard++) {
    let end = cut;
    while (end > 0 && (lines[end - 1] ?? '').trim() === '') end--;
    let start = end;
    while (start > 0 && (lines[start - 1] ?? '').trim() !== '') start--;
    if (start === 0 || !isContactBlock(lines.slice(start, end))) break;
    cut = start;
  }
  return {
    body: lines.slice(0, cut).join('\n').trim(),
    signature: lines
      .slice(cut)
      .filter((line) => !DASHES.test(line))
      .join('\n')
      .trim(),
  };
}
