/** @module The gold labels of one eval case (`expected.json`), as documented in shared/eval/README.md. */
import { z } from 'zod';

export const ExpectedSchema = z.object({
  asOf: z.string(),
  escalate: z.boolean(),
  severity: z.string().nullable().optional(),
  severityAlso: z.array(z.string()).optional(),
  targets: z.array(z.string()).optional(),
  account: z.string().optional(),
  affected: z
    .object({ users: z.number().int().optional(), accounts: z.number().int().optional() })
    .optional(),
  startedAt: z.string().optional(),
  errors: z.array(z.string()).optional(),
  tried: z.array(z.string()).optional(),
  workaround: z.object({ exists: z.boolean().optional(), partial: z.boolean().optional() }).optional(),
  customerAsks: z.array(z.string()).optional(),
  hypotheses: z.array(z.string()).optional(),
  unknowns: z.array(z.string()).optional(),
  mustNotSayToCustomer: z.array(z.string()).optional(),
});
export type Expected = z.infer<typeof ExpectedSchema>;

/**
 * Parses an expected.json text; returns the reasons when it is not valid JSON or not the shape above.
 */
export function parseExpected(
  text: string,
): { ok: true; expected: Expected } | { ok: false; errors: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not JSON: ${(error as Error).message}`] };
  }
  const parsed = ExpectedSchema.safeParse(json);
  if (parsed.success) return { ok: true, expected: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  };
}
