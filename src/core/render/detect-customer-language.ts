/**
 * @module The language the customer writes in (franc-min, offline trigram models), so a reviewer is
 * told when the update, written in English, is not in the customer's language.
 */
import { franc } from 'franc-min';
import type { Evidence } from '../model/evidence.js';

// the languages support teams most often receive; limiting the set keeps short English from reading as Scots
const CANDIDATES: Readonly<Record<string, string>> = {
  eng: 'English',
  fra: 'French',
  deu: 'German',
  spa: 'Spanish',
  por: 'Portuguese',
  ita: 'Italian',
  nld: 'Dutch',
  swe: 'Swedish',
  dan: 'Danish',
  nob: 'Norwegian',
  fin: 'Finnish',
  pol: 'Polish',
  ces: 'Czech',
  tur: 'Turkish',
  rus: 'Russian',
  ukr: 'Ukrainian',
  jpn: 'Japanese',
  cmn: 'Chinese',
  kor: 'Korean',
  arb: 'Arabic',
  hin: 'Hindi',
  ind: 'Indonesian',
  vie: 'Vietnamese',
};
const MAX_CHARS = 4000;
// fewer letters than this and a trigram guess is noise
const MIN_LETTERS = 60;

export interface CustomerLanguage {
  readonly customer: string;
  readonly update: string;
  readonly note: string;
}

/** The customer's own words: public, external, not ticket fields or screenshots. */
function customerText(evidence: readonly Evidence[], publicIds: ReadonlySet<string>): string {
  return evidence
    .filter(
      (e) =>
        publicIds.has(e.id) &&
        e.author?.role === 'customer' &&
        e.author.side === 'external' &&
        e.meta?.unit !== 'field',
    )
    .map((e) => e.text.replace(/^>.*$/gm, ''))
    .join('\n')
    .slice(0, MAX_CHARS);
}

/**
 * The customer's language when it is not the update's (English), with a note for the reviewer;
 * null when it is English or there is too little text to tell.
 */
export function detectCustomerLanguage(
  evidence: readonly Evidence[],
  publicIds: ReadonlySet<string>,
): CustomerLanguage | null {
  const text = customerText(evidence, publicIds);
  if ((text.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) return null;
  const code = franc(text, { only: Object.keys(CANDIDATES), minLength: MIN_LETTERS });
  const name = CANDIDATES[code];
  if (!name || code === 'eng') return null;
  return {
    customer: code,
    update: 'eng',
    note: `The customer writes in ${name}; this update is in English. Translate it, or confirm English is fine, before sending.`,
  };
}
