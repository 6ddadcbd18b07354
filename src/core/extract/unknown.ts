/** @module A known unknown: the question a lead would still ask, why it matters, and where it comes from. */

/** How an unknown was derived: the mechanism and rule, and the sentence it read (null for a gap in the facts). */
export interface UnknownTrace {
  readonly mechanism: 'structure' | 'pattern' | 'derived';
  readonly rule: string;
  readonly evidence: string | null;
  readonly sentence: string | null;
}

export interface Unknown {
  readonly question: string;
  readonly why: string;
  /** evidence ids the question derives from (empty when it comes from a missing fact) */
  readonly cites: readonly string[];
  readonly trace: UnknownTrace;
}

/** An unknown read from one sentence of one evidence item. */
export function fromSentence(
  question: string,
  why: string,
  rule: string,
  evidence: string,
  sentence: string,
  mechanism: UnknownTrace['mechanism'] = 'structure',
): Unknown {
  return { question, why, cites: [evidence], trace: { mechanism, rule, evidence, sentence } };
}

/** An unknown derived from what the packet's facts or signals lack. */
export function fromGap(question: string, why: string, rule: string, cites: readonly string[] = []): Unknown {
  return {
    question,
    why,
    cites,
    trace: { mechanism: 'derived', rule, evidence: cites[0] ?? null, sentence: null },
  };
}
