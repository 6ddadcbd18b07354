/** @module Split the signature (contact context, never a claim) off the end of a mail body. */
import { hasPhoneNumber, isPhoneLine } from './phone-number.js';
import { isParserSignatureLine } from './reply-parser.js';

export interface SignatureSplit {
  readonly body: string;
  readonly signature: string;
}

const DASHES = /^--\s?$/;
const SENT_FROM =
  /^\s*(?:Sent from (?:my |Outlook|Mail|Yahoo|Samsung)|Get Outlook for|Von meinem .* gesendet|Envoyé de mon)/i;
// Sign-offs the maintained parser does not know (it knows `… regards`, `cheers`, `best wishes`,
// `… cordialement`, `bien à vous`, `bonne journée`), in the languages support mail arrives in; the
// line holds nothing else (or a name after it).
const SIGN_OFF_WORDS = [
  'best',
  'many thanks',
  'thanks',
  'thanks again',
  'thanks in advance',
  'thank you',
  'sincerely',
  'yours sincerely',
  'yours faithfully',
  'yours truly',
  'respectfully',
  'all the best',
  'talk soon',
  'speak soon',
  'br',
  'kr',
  'rgds',
  'très cordialement',
  'salutations',
  'meilleures salutations',
  'sincères salutations',
  'merci',
  'merci beaucoup',
  'mit freundlichen grüßen',
  'mit freundlichen grüssen',
  'freundliche grüße',
  'freundliche grüsse',
  'viele grüße',
  'viele grüsse',
  'beste grüße',
  'beste grüsse',
  'liebe grüße',
  'herzliche grüße',
  'gruß',
  'grüße',
  'mfg',
  'lg',
  'saludos',
  'saludos cordiales',
  'un saludo',
  'un cordial saludo',
  'cordiales saludos',
  'atentamente',
  'gracias',
  'muchas gracias',
  'atenciosamente',
  'cumprimentos',
  'abraços',
  'obrigado',
  'obrigada',
  'cordiali saluti',
  'distinti saluti',
  'saluti',
  'grazie',
  'met vriendelijke groet',
  'met vriendelijke groeten',
  'vriendelijke groet',
  'vriendelijke groeten',
  'hartelijke groet',
  'groeten',
  'mvg',
  'med vänlig hälsning',
  'vänliga hälsningar',
  'hälsningar',
  'med venlig hilsen',
  'venlig hilsen',
  'med vennlig hilsen',
  'vennlig hilsen',
  'mvh',
  'ystävällisin terveisin',
  'pozdrawiam',
  'z poważaniem',
  's pozdravem',
];
const SIGN_OFF_ALT = SIGN_OFF_WORDS.map((word) => word.replace(/\s+/g, '\\s+')).join('|');
const SIGN_OFF = new RegExp(`^\\s*(?:${SIGN_OFF_ALT})\\s*[,.!]?\\s*$`, 'iu');
// `Cheers, Tom` / `Saludos – Ana`: a sign-off with the first name on the same line.
const SIGN_OFF_THEN = /^\s*([^,.!–—-]+?)\s*[,.!–—-]\s*(.+)$/u;
const NAME = /^\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2}$/u;
const CONTACT_LINE = /@[\w-]+\.[\w.-]+|\bwww\.|https?:\/\//i;
// Legal footers: confidential + what to do when received in error (English, French, German, Spanish, Dutch, Italian).
const CONFIDENTIAL =
  /\b(?:confidential(?:ity)?|confidentiel(?:le)?s?|confidentialité|vertraulich\w*|confidencial\w*|vertrouwelijk\w*|riservat\w*|privileged)\b/i;
const IN_ERROR =
  /(?:intended recipient|in error|notify|delete|destroy|unauthori[sz]ed|par erreur|destinataire|aviser|avisez|supprimer|détruire|irrtümlich|benachrichtigen|löschen|por error|destinatario|per errore|abusivement|verwijderen)/i;
// … and speak of the message itself.
const THIS_MESSAGE =
  /\b(?:this (?:e-?mail|message|communication|transmission)|e-?mail and any attachments|ce (?:courriel|message|mail|e-mail|courrier électronique)|diese (?:e-?mail|nachricht)|este (?:correo|mensaje)|dit (?:bericht|e-?mailbericht)|questo messaggio|confidentiality notice|avis de confidentialit)/i;

/**
 * A sign-off line: one of Spine's words or a closing the parser reads as a signature line. Its
 * separators (`---`) and device lines (`Sent from …`, which it takes with any words after) are not
 * sign-offs: those are cut above, by `-- ` and SENT_FROM.
 */
function isSignOffWords(text: string): boolean {
  if (SIGN_OFF.test(text)) return true;
  // The parser takes `Regards,` and `Regards!`, not `Regards.`
  const words = text.trim().replace(/\.$/, '');
  return /^\p{L}/u.test(words) && words.split(/\s+/).length <= 3 && isParserSignatureLine(words);
}

function isSignOff(line: string): boolean {
  if (isSignOffWords(line)) return true;
  const split = SIGN_OFF_THEN.exec(line);
  const name = split?.[2]?.trim();
  return split?.[1] !== undefined && name !== undefined && NAME.test(name) && isSignOffWords(split[1]);
}

/** A paragraph of legal boilerplate (a confidentiality notice), never part of what the sender says. */
export function isDisclaimer(lines: readonly string[]): boolean {
  const text = lines.join(' ');
  return CONFIDENTIAL.test(text) && IN_ERROR.test(text) && THIS_MESSAGE.test(text);
}

function isContactBlock(lines: readonly string[]): boolean {
  if (lines.length === 1) return isSignOff(lines[0] ?? '');
  if (lines.length < 2 || lines.length > 8) return false;
  if (lines.some((line) => line.length > 80 || /\?\s*$/.test(line))) return false;
  // After a sign-off only name, title and contact lines may follow, not more of the message.
  if (isSignOff(lines[0] ?? '')) return lines.slice(1).every((line) => /^[\p{Lu}\d+(]/u.test(line.trim()));
  // A name line followed by a title/company/phone line; a longer card needs a phone, mail or web line.
  if (lines.length > 5) return lines.slice(1).some((line) => isPhoneLine(line) || CONTACT_LINE.test(line));
  return lines.slice(1).some((line) => hasPhoneNumber(line) || /\s\|\s/.test(line));
}

/**
 * Splits `body` at a `-- `/`--` line, a `Sent from my iPhone`-style line, or trailing blocks that
 * read as a sign-off (in several languages), a name/title/phone card or a confidentiality notice.
 * Returns the body unchanged when none is found.
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
  // From the end: legal footers, then a contact card, then the sign-off paragraph.
  let blocks = 0;
  for (let guard = 0; guard < 12 && blocks < 3; guard++) {
    let end = cut;
    while (end > 0 && (lines[end - 1] ?? '').trim() === '') end--;
    let start = end;
    while (start > 0 && (lines[start - 1] ?? '').trim() !== '') start--;
    if (start === 0) break;
    const block = lines.slice(start, end);
    if (isDisclaimer(block)) {
      cut = start;
      continue;
    }
    if (!isContactBlock(block)) break;
    blocks++;
    cut = start;
    // The sign-off closes the message: nothing before it is signature.
    if (isSignOff(block[0] ?? '')) break;
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
