/** @module Recognisers for the lines mail clients put above quoted history. */

const ATTRIBUTION_END =
  /(?:wrote|writes|schrieb|a\s+écrit|escribió|scrisse|ha\s+scritto|schreef|skrev|kirjoitti|napisał|написал|написала|пишет|escreveu)\s*:?\s*$/i;
const ATTRIBUTION_START = /^\s*(?:On|Am|Le|El|Il|Op|Den|På|Em|W dniu)\s/i;
const RUSSIAN_STYLE = /^\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\s.*(?:написал|пользователь)/i;
// German, Dutch and Nordic clients name the sender after the verb: "Am … schrieb Ana <a@x>:", "Op … schreef …:", "Den … skrev …:"
const VERB_BEFORE_SENDER =
  /^\s*(?:Am|Op|Den|På|\p{L}{2,4}\.?)\s.{5,200}\b(?:schrieb|schreef|skrev)\b.{0,200}:\s*$/iu;
const ORIGINAL_MESSAGE =
  /^\s*-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original)\s*-{2,}\s*$/i;
const RULE = /^\s*_{10,}\s*$/;
// Outlook's header block in the languages it ships: From/Von/De/Van/Da/Från/Fra/Od
const HEADER_FROM = /^\s*\*?(?:From|Von|De|Van|Da|Från|Fra|Od|Lähettäjä)\s*:\*?\s*\S/i;
const HEADER_NEXT =
  /^\s*\*?(?:Sent|Date|To|Subject|Cc|Gesendet|Datum|An|Betreff|Envoyé|À|Objet|Enviado|Enviada|Fecha|Para|Asunto|Assunto|Verzonden|Aan|Onderwerp|Inviato|Oggetto|Skickat|Till|Ämne|Sendt|Til|Emne|Wysłano|Temat)\s*:/i;

/**
 * Where the quoted history starts: the index of the attribution line (`On … wrote:`, possibly
 * wrapped over two lines), an `-----Original Message-----` or `____` rule, or an Outlook
 * `From:` line followed by `Sent:`/`Date:`; -1 when there is none.
 */
export function findQuoteStart(lines: readonly string[]): { index: number; length: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (line.trim() === '' || line.trimStart().startsWith('>')) continue;
    if (
      ATTRIBUTION_END.test(line) &&
      (ATTRIBUTION_START.test(line) || RUSSIAN_STYLE.test(line) || /@|\d/.test(line))
    )
      return { index: i, length: 1 };
    // Clients wrap a long attribution line before `wrote:`.
    if (
      (ATTRIBUTION_START.test(line) || RUSSIAN_STYLE.test(line)) &&
      next.trim() !== '' &&
      ATTRIBUTION_END.test(`${line} ${next}`) &&
      `${line} ${next}`.length < 400
    )
      return { index: i, length: 2 };
    if (RUSSIAN_STYLE.test(line) && ATTRIBUTION_END.test(`${line} ${next} ${lines[i + 2] ?? ''}`))
      return { index: i, length: 3 };
    if (VERB_BEFORE_SENDER.test(line)) return { index: i, length: 1 };
    if (ORIGINAL_MESSAGE.test(line)) return { index: i, length: 1 };
    if (RULE.test(line) && lines.slice(i + 1, i + 3).some((l) => HEADER_FROM.test(l)))
      return { index: i, length: 1 };
    if (HEADER_FROM.test(line) && lines.slice(i + 1, i + 5).some((l) => HEADER_NEXT.test(l)))
      return { index: i, length: 1 };
  }
  return null;
}

/** True for the `On … wrote:` attribution style, whose quote is `>`-prefixed and may be followed by a reply. */
export function isAttribution(lines: readonly string[], index: number, length: number): boolean {
  const joined = lines.slice(index, index + length).join(' ');
  return ATTRIBUTION_END.test(joined) || VERB_BEFORE_SENDER.test(joined);
}
