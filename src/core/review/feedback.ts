/**
 * @module Feedback on a packet: a receiver's rating of the handoff ("knew my first move" / "had to
 * ask", with what was missing) and a reviewer's correction of one fact. Shapes and bounds only.
 */

export const HANDOFF_RATINGS = ['knew-first-move', 'had-to-ask'] as const;
export type HandoffRating = (typeof HANDOFF_RATINGS)[number];

export const FEEDBACK_KINDS = ['handoff', 'fact'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** Longest "what was missing" or correction note, and longest corrected text value. */
export const FEEDBACK_NOTE_MAX = 2000;
export const FACT_TEXT_MAX = 2000;

/** A value a fact can be corrected to: text, a count, a yes/no, or null for "there is none". */
export type FactValue = string | number | boolean | null;

/** One feedback row as the API answers with it. */
export interface FeedbackView {
  readonly id: number;
  /** the packet version the feedback is about */
  readonly version: number;
  readonly kind: FeedbackKind;
  /** handoff ratings only */
  readonly rating: HandoffRating | null;
  /** fact corrections only: the field path, e.g. `facts.errors[2]` */
  readonly field: string | null;
  /** fact corrections only: the right value (null: there is none / remove the item) */
  readonly value: FactValue;
  readonly note: string | null;
  readonly actor: string;
  readonly at: string;
}
