/** @module The schema of a fact's corrected value (kept apart from feedback.ts, which the page imports without zod). */
import { z } from 'zod';
import type { FactValue } from './feedback.js';

/** Text, a count, a yes/no, or null for "there is none". */
export const FactValueSchema: z.ZodType<FactValue> = z.union([z.string(), z.number(), z.boolean(), z.null()]);
