/** @module Recognisers for the lines mail clients put above quoted history. */
import { isParserQuoteHeader } from './reply-parser.js';

const ATTRIBUTION_END =
  /(?:wrote|writes|schrieb|a\s+écrit|escribió|scrisse|ha\s+scritto|schreef|skrev|kirjoitti|napisał|написал|написала|пишет|escreveu)\s*:?\s*$/i;
const ATTRIBUTION_START = /^\s*(?:On|Am|Le|El|Il|Op|Den|På|Em|W dniu)\s/i;
const RUSSIAN_STYLE = /^\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\s.*(?:написал|пользователь)/i;
// German, Dutch and Nordic clients name the sender after the verb: "Am … schrieb Ana <a@x>:", "Op … schreef …:", "Den … skrev …:"
const VERB_BEFORE_SENDER =
  /^\s*(?:Am|Op|Den|På|\p{L}{2,4}\.?)\s.{5,200}\b(?:schrieb|schreef|skrev)\b.{0,200}:\s*$/iu;
// The parser knows the English, Danish, French and German rules, not the Spanish one.
const ORIGINAL_MESSAGE = /^\s*-{2,}\s*Mensaje original\s*-{2,}\s*$/i;
const RULE = /^\s*_{10,}\s*$/;
// Outlook's header block in the languages it ships: From/Von/De/Van/Da/Från/Fra/Od
const HEADER_FROM = /^\s*\*?(?:From|Von|De|Van|Da|Från|Fra|Od|Lähettäjä)\s*:\*?\s*\S/i;
const HEADER_NEXT =
  /^\s*\*?(?:Sent|Date|To|Subject|Cc|Gesendet|Datum|An|Betreff|Envoyé|À|Objet|Enviado|Enviada|Fecha|Para|Asunto|Assunto|Verzonden|Aan|Onderwerp|Inviato|Oggetto|Skickat|Till|Ämne|Sendt|Til|Emne|Wysłano|Temat)\s*:/i;
// A header the parser recognised that is a rule or an Outlook `Field:` line starts a block, not an attribution.
const BLOCK_HEADER = /^\s*(?:[-_=*]{2,}|\*?[\p{L} ]{1,20}\s?:)/u;

type QuoteStart = { index: number; length: number };

/**
 * Spine's recognisers for quote headers the maintained parser misses (measured in
 * docs/reply-parser.md); each is asked after the parser, at one line index.
 */
export const QUOTE_HEADER_EXTRAS: readonly (readonly [
  string,
  (lines: readonly string[], i: number) => number,
])[] = [
  // `Ana Pérez <ana@x> wrote:` without `On`, the second half of a wrapped attribution, and verbs the parser lacks
  [
    'attribution',
    (lines, i) => {
      const line = lines[i] ?? '';
      const next = lines[i + 1] ?? '';
      if (
        ATTRIBUTION_END.test(line) &&
        (ATTRIBUTION_START.test(line) || RUSSIAN_STYLE.test(line) || /@|\d/.test(line))
      )
        return 1;
      // Clients wrap a long attribution line before `wrote:`.
      if (
        (ATTRIBUTION_START.test(line) || RUSSIAN_STYLE.test(line)) &&
        next.trim() !== '' &&
        ATTRIBUTION_END.test(`${line} ${next}`) &&
        `${line} ${next}`.length < 400
      )
        return 2;
      if (RUSSIAN_STYLE.test(line) && ATTRIBUTION_END.test(`${line} ${next} ${lines[i + 2] ?? ''}`)) return 3;
      return 0;
    },
  ],
  ['verb before sender', (lines, i) => (VERB_BEFORE_SENDER.test(lines[i] ?? '') ? 1 : 0)],
  ['Spanish original message rule', (lines, i) => (ORIGINAL_MESSAGE.test(lines[i] ?? '') ? 1 : 0)],
  [
    'rule above a From: line',
    (lines, i) =>
      RULE.test(lines[i] ?? '') && lines.slice(i + 1, i + 3).some((l) => HEADER_FROM.test(l)) ? 1 : 0,
  ],
  [
    'Outlook header block',
    (lines, i) =>
      HEADER_FROM.test(lines[i] ?? '') && lines.slice(i + 1, i + 5).some((l) => HEADER_NEXT.test(l)) ? 1 : 0,
  ],
];

/**
 * Where the quoted history starts: the index of the first line the maintained reply parser reads as
 * a quote header (alone, or wrapped over two lines), or that one of Spine's extras recognises
 * (`On … wrote:` variants, `-----Original Message-----` and `____` rules, Outlook `From:`/`Sent:`
 * blocks in the languages Outlook ships); null when there is none.
 */
export function findQuoteStart(lines: readonly string[]): QuoteStart | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (line.trim() === '' || line.trimStart().startsWith('>')) continue;
    if (isParserQuoteHeader(line)) return { index: i, length: 1 };
    // A wrapped attribution: its first line does not end the sentence with a colon.
    if (next.trim() !== '' && !/[:：]\s*$/.test(line) && isParserQuoteHeader(`${line}\n${next}`))
      return { index: i, length: 2 };
    for (const [, recognise] of QUOTE_HEADER_EXTRAS) {
      const length = recognise(lines, i);
      if (length > 0) return { index: i, length };
    }
  }
  return null;
}

/** True for the `On … wrote:` attribution style, whose quote is `>`-prefixed and may be followed by a reply. */
export function isAttribution(lines: readonly string[], index: number, length: number): boolean {
  const joined = lines.slice(index, index + length).join(' ');
  if (ATTRIBUTION_END.test(joined) || VERB_BEFORE_SENDER.test(joined)) return true;
  return isParserQuoteHeader(lines.slice(index, index + length).join('\n')) && !BLOCK_HEADER.test(joined);
}
