/** @module What produced a fact or a signal: the mechanism, its rule or label, and the sentence read. */
import { z } from 'zod';

export const TraceSchema = z.object({
  /** 'pattern' (a cue or shape rule), 'structure' (sentence structure: negation, subject, modality),
   * 'classifier' (a trained model's label), 'field' (a ticket or account field), 'derived' (from other facts) */
  mechanism: z.string(),
  /** the rule or extractor id, e.g. 'assess-not-a-defect', 'extract-tried' */
  rule: z.string().optional(),
  /** a classifier's label and score */
  label: z.string().optional(),
  score: z.number().optional(),
  /** the score a classifier label had to reach to count */
  threshold: z.number().optional(),
  /** a classifier's strongest features for its label */
  features: z.array(z.string()).optional(),
  /** the evidence id the sentence comes from */
  evidence: z.string(),
  /** the sentence as read, at most 400 characters */
  sentence: z.string(),
});
export type Trace = z.infer<typeof TraceSchema>;
