/** @module A case's `review.json` (written by export-case): what reviewers changed, as a Review to apply. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SpineError } from '../core/errors.js';
import type { Review } from '../core/eval/apply-review.js';
import { FactValueSchema } from '../core/review/fact-value-schema.js';

const ReviewFile = z.object({
  severity: z.object({ reviewed: z.string().nullable() }),
  primaryTarget: z.object({ reviewed: z.string().nullable() }),
  corrections: z.array(z.object({ field: z.string(), value: FactValueSchema })).max(1000),
});

/** The review beside `handoffDir` (`<case>/review.json`), or null when the case has none; a bad file is an error. */
export function readReviewBeside(handoffDir: string): Review | null {
  const file = path.join(path.dirname(handoffDir), 'review.json');
  if (!existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SpineError('SPINE_ERR_INVALID_ARGUMENT', `${file}: not JSON (${(error as Error).message})`);
  }
  const parsed = ReviewFile.safeParse(raw);
  if (!parsed.success)
    throw new SpineError(
      'SPINE_ERR_INVALID_ARGUMENT',
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return {
    severity: parsed.data.severity.reviewed,
    primaryTarget: parsed.data.primaryTarget.reviewed,
    corrections: parsed.data.corrections,
  };
}
