/**
 * @module A legal characterisation ("breach", "negligence", "liable", "unlawful") is for counsel to
 * make, not for a support update: said back in our words it reads as an admission or a dispute. A
 * customer's question that puts one ("is this a reportable breach?", "are you liable for …?") is
 * named by what we can say instead — what happened and, when data is in play, the data involved —
 * and no line of ours that the update would say back carries one.
 */
import { analyze } from '../language/analyze.js';
import type { Token } from '../language/types.js';

// lemmas that characterise conduct at law; "breach" also as in "a data breach"
const LEGAL = new Set([
  'breach',
  'negligence',
  'negligent',
  'negligently',
  'liable',
  'liability',
  'unlawful',
  'unlawfully',
  'lawsuit',
  'litigation',
  'malpractice',
  'defamation',
  'defamatory',
  'fraudulent',
]);
// words that put personal data in play
const DATA = new Set(['data', 'information', 'record', 'records', 'personal', 'privacy', 'details']);

const words = (text: string): readonly Token[] =>
  analyze(text).sentences.flatMap((s) => s.tokens.filter((t) => t.kind === 'word'));

const isLegal = (t: Token): boolean => LEGAL.has(t.normal) || LEGAL.has(t.lemma);

/** Whether the text uses a legal characterisation ("a reportable breach", "you were negligent"). */
export function namesLegalTerm(text: string): boolean {
  return words(text).some(isLegal);
}

/**
 * What an ask that puts a legal characterisation is answered as, in our words: "what we can tell you
 * about what happened" — and "the data involved" when it names data or a breach that is not "a breach
 * of" an agreement. Null when the ask names no legal term.
 */
export function neutralTopic(ask: string): string | null {
  const ws = words(ask);
  const at = ws.findIndex(isLegal);
  if (at < 0) return null;
  const dataBreach = ws.some(
    (t, i) => (t.normal === 'breach' || t.lemma === 'breach') && ws[i + 1]?.normal !== 'of',
  );
  const data = dataBreach || ws.some((t) => DATA.has(t.normal));
  return data
    ? 'what we can tell you about what happened and the data involved'
    : 'what we can tell you about what happened';
}
