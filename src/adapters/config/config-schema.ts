/**
 * @module The review service's configuration: one zod schema with a description and a safe local
 * default for every key. Defaults keep Spine embedded and offline.
 */
import { z } from 'zod';

export const ConfigSchema = z
  .object({
    dataDir: z.string().default('.spine').describe('folder for the embedded SQLite store (and nothing else)'),
    databaseUrl: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'a postgres:// URL')
      .optional()
      .describe('PostgreSQL URL; when set, the store and the job queue live there (sensitive)'),
    host: z.string().default('127.0.0.1').describe('address `spine serve` listens on'),
    port: z.coerce.number().int().min(0).max(65535).default(4780).describe('port `spine serve` listens on'),
    policyPath: z.string().optional().describe('escalation policy file; the shipped default when unset'),
    knowledge: z
      .string()
      .optional()
      .describe(
        "the team's help-centre articles and runbooks: folders, zips or Zendesk Guide exports, separated like PATH; read once at start; else the policy's knowledge key",
      ),
    cookieSecure: z
      .union([z.boolean(), z.stringbool()])
      .default(false)
      .describe('mark session cookies Secure (set behind HTTPS)'),
    https: z
      .union([z.boolean(), z.stringbool()])
      .optional()
      .describe(
        'served over HTTPS (directly or behind a TLS proxy): send HSTS and upgrade-insecure-requests; defaults to cookieSecure',
      ),
    rateLimitPerMinute: z.coerce
      .number()
      .int()
      .positive()
      .default(60_000)
      .describe('requests per minute per address, counted by each instance'),
    maxUploadMb: z.coerce.number().positive().default(50).describe('largest single uploaded file, in MB'),
    maxUploadFiles: z.coerce.number().int().positive().default(200).describe('most files in one upload'),
    workerConcurrency: z.coerce
      .number()
      .int()
      .positive()
      .default(1)
      .describe('jobs one `spine worker` runs at once; with the embedded store, prepare threads'),
    prepareInThread: z
      .union([z.boolean(), z.stringbool()])
      .default(true)
      .describe('embedded store: prepare in worker threads, off the event loop that answers requests'),
  })
  .strict();

export type Config = Readonly<z.infer<typeof ConfigSchema>>;

/** The environment variable for a key: DATABASE_URL, else SPINE_ and the key in upper snake case. */
export function envName(key: string): string {
  return key === 'databaseUrl'
    ? 'DATABASE_URL'
    : `SPINE_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

/** The configuration from environment variables (SPINE_*, DATABASE_URL) overlaid with explicit options. */
export function loadConfig(
  env: NodeJS.ProcessEnv,
  overrides: Partial<Record<keyof Config, unknown>> = {},
): Config {
  const fromEnv: Record<string, unknown> = Object.fromEntries(
    Object.keys(ConfigSchema.shape).map((key) => [key, env[envName(key)] || undefined]),
  );
  const defined = (record: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
  // An option left unset must not hide the environment's value.
  const merged = { ...defined(fromEnv), ...defined(overrides) };
  return Object.freeze(ConfigSchema.parse(merged));
}
