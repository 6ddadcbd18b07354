/** @module The scored fields of an eval case and the shape of one field's score. */

/** Every per-field figure the eval reports, in table order. */
export const EVAL_FIELDS = [
  'escalate',
  'severity',
  'primaryTarget',
  'targets',
  'account',
  'affected',
  'startedAt',
  'errors',
  'tried',
  'workaround',
  'customerAsks',
  'hypotheses',
  'unknowns',
  'mustNotSay',
] as const;
export type EvalField = (typeof EVAL_FIELDS)[number];

/** The list fields, scored for precision as well as recall. */
export const LIST_FIELDS = [
  'errors',
  'tried',
  'customerAsks',
  'hypotheses',
  'unknowns',
] as const satisfies readonly EvalField[];

/** The decision fields `spine policy test` looks at. */
export const DECISION_FIELDS = [
  'escalate',
  'severity',
  'primaryTarget',
  'targets',
] as const satisfies readonly EvalField[];

/**
 * One field of one case: `score` is 0–1 (1/0 for equality fields, recall for lists);
 * `expected` and `produced` are short printable texts; `missed` lists the gold items not found
 * (or, for mustNotSay, the forbidden strings that were found).
 */
export interface FieldScore {
  readonly score: number;
  readonly expected: string;
  readonly produced: string;
  readonly missed: readonly string[];
  /** list fields: how many items the packet offered (recall ignores extras, so this shows the noise) */
  readonly producedCount?: number;
  /** list fields: share of the offered items that match some gold item; absent when none was offered */
  readonly precision?: number;
  /** list fields: the offered items that match no gold item */
  readonly unmatched?: readonly string[];
}
