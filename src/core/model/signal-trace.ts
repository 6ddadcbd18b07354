/** @module What produced a signal: the mechanism, and for a classifier its model, label and score. */

/** One signal's provenance, recorded beside its cites (`spine eval-issues --json` prints them). */
export interface SignalTrace {
  readonly signal: string;
  readonly mechanism: 'classifier';
  /** the model's name (`issue-kind`, `security`) */
  readonly model: string;
  readonly label: string;
  /** the label's probability, 0..1 */
  readonly score: number;
  /** the threshold the score had to reach to set the signal */
  readonly threshold: number;
  /** the features of the text that pulled hardest towards the label, strongest first */
  readonly features?: readonly string[];
  /** the evidence ids whose text was classified */
  readonly evidence: readonly string[];
}
