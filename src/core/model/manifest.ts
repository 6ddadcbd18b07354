/** @module The optional handoff.yaml manifest: roles of people, account, draft file, asOf, timezone. */
import { z } from 'zod';
import { ROLES } from './evidence.js';

export const ManifestPersonSchema = z.object({
  name: z.string(),
  role: z.enum(ROLES),
  org: z.string().optional(),
  title: z.string().optional(),
  email: z.string().optional(),
});

export const ManifestSchema = z.object({
  asOf: z.string().optional(),
  account: z.string().optional(),
  tier: z.string().optional(),
  timezone: z.string().optional(),
  draft: z.string().optional(),
  people: z.array(ManifestPersonSchema).default([]),
  files: z.record(z.string(), z.string()).default({}),
});
export type Manifest = z.infer<typeof ManifestSchema>;
export type ManifestPerson = z.infer<typeof ManifestPersonSchema>;
