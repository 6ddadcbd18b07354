/**
 * @module The update's lines for how-to questions a help article's procedure answers (see
 * update-how-to.ts): which open questions they take, and what is said instead.
 */
import { sayable } from './update-answers.js';
import { asksHowTo, stepFor } from './update-how-to.js';
import { formatSteps, type Steps } from './update-steps.js';

export interface HowToLines {
  /** the open questions left */
  readonly open: string[];
  /** "- You asked whether … That is step 2 above." lines, for "On your questions:" */
  readonly answered: string[];
  /** the question and the article's steps, when the update lists no steps of its own */
  readonly lines: string[];
}

/**
 * `shown` are the steps the update lists; `unshown` an article procedure it does not list (a
 * resolved incident), given whole to the first how-to question.
 */
export function howToAnswers(
  asks: { readonly open: readonly string[] },
  shown: Steps | null,
  unshown: Steps | null,
  names: ReadonlySet<string>,
  usable: (sentence: string) => boolean,
): HowToLines {
  const result: HowToLines = { open: [], answered: [], lines: [] };
  for (const q of asks.open) {
    const asked = sayable(q, names, usable);
    const n = shown && asked ? stepFor(q, shown) : null;
    if (n !== null && shown) {
      const which = shown.steps.length > 1 ? `step ${n} above` : 'the step above';
      result.answered.push(`- ${asked} That is ${which}.`);
    } else if (unshown && asked && result.lines.length === 0 && asksHowTo(q))
      result.lines.push(asked, ...formatSteps({ ...unshown, intro: 'Our help article covers it:' }), '');
    else result.open.push(q);
  }
  return result;
}
