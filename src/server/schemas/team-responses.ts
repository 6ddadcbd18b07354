/**
 * @module Response schemas of the feedback and signals routes (see review-responses.ts for why every
 * answer is parsed: a key a schema does not name never reaches a client).
 */
import { z } from 'zod';
import { FactValueSchema } from '../../core/review/fact-value-schema.js';
import { FEEDBACK_KINDS, HANDOFF_RATINGS } from '../../core/review/feedback.js';

export const FeedbackSchema = z.object({
  id: z.number(),
  version: z.number(),
  kind: z.enum(FEEDBACK_KINDS),
  rating: z.enum(HANDOFF_RATINGS).nullable(),
  field: z.string().nullable(),
  value: FactValueSchema,
  note: z.string().nullable(),
  actor: z.string(),
  at: z.string(),
});

export const FeedbackListSchema = z.object({ feedback: z.array(FeedbackSchema) });

const Latency = z.object({
  count: z.number(),
  medianSeconds: z.number().nullable(),
  p90Seconds: z.number().nullable(),
});

const Week = z.object({
  id: z.string(),
  start: z.string(),
  end: z.string(),
  packetsUploaded: z.number(),
  packetsPrepared: z.number(),
  uploadToReviewReady: Latency,
  uploadToFirstUpdate: Latency,
  severityOverrides: z.object({
    packets: z.number(),
    rate: z.number().nullable(),
    up: z.number(),
    down: z.number(),
  }),
  routingOverrides: z.object({ packets: z.number(), rate: z.number().nullable() }),
  gatesRejected: z.number(),
  followUpsMissed: z.number(),
  handoffRatings: z
    .object({
      knewFirstMove: z.number(),
      hadToAsk: z.number(),
      knewFirstMoveShare: z.number().nullable(),
    })
    .nullable(),
});

export const SignalsAnswerSchema = z.object({
  now: z.string(),
  timeZone: z.string(),
  ratingsAvailable: z.boolean(),
  truncated: z.boolean(),
  weeks: z.array(Week),
});
