/**
 * @module The answer to "is this a bug on your side?" when the packet already gives it: a chosen
 * public help article that files the problem as a setting on the customer's side, a known limit or
 * documented behaviour, or our side's assessment that it is no defect. Worded without blame and
 * without naming anything internal; the article itself is quoted by the update's steps.
 */
import type { ChosenArticle } from '../knowledge/consult-knowledge.js';
import type { Assessment } from '../model/signals.js';

const BY_KIND: Readonly<Record<string, string>> = {
  'customer-side-setting': 'This is not a fault in our service: it comes from a setting on your side',
  'known-limitation': 'This is not a bug: it is a documented limit of the product',
  'documented-behaviour': 'This is not a bug: it is how the product is documented to work',
};
const BY_ASSESSMENT: Partial<Record<Assessment, string>> = {
  customer_side: 'From what we have checked, this is not a fault in our service.',
  not_a_defect: 'From what we have checked, this is not a fault in our service.',
  documented: 'This is not a bug: it is how the product is documented to work.',
};

/**
 * The sentence that answers a bug-or-fault question, or null when the packet does not answer it.
 * `articleShown` is true when the update quotes that article's steps above the answer.
 */
export function notOurFaultAnswer(
  chosen: readonly ChosenArticle[] | undefined,
  assessment: Assessment | undefined,
  articleShown: boolean,
): string | null {
  const kind = (chosen ?? []).find(
    (c) => c.article.visibility === 'public' && c.article.kind !== null && BY_KIND[c.article.kind],
  )?.article.kind;
  const byKind = kind ? BY_KIND[kind] : undefined;
  if (byKind) return articleShown ? `${byKind}, and the help article above shows what to do.` : `${byKind}.`;
  return assessment ? (BY_ASSESSMENT[assessment] ?? null) : null;
}
