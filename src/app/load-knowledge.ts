/**
 * @module Where the team's knowledge comes from, and reading it: `--knowledge` paths first, then
 * `SPINE_KNOWLEDGE` (paths separated like PATH), then the policy's `knowledge:` key (relative to
 * the policy file). None of them: no knowledge, and packets without a knowledge section.
 */
import { delimiter, dirname, resolve } from 'node:path';
import { type KnowledgeRead, readKnowledge } from '../adapters/knowledge/read-knowledge.js';
import type { Policy } from '../core/policy/policy-schema.js';
import { DEFAULT_POLICY_PATH } from './load-policy.js';

/** The paths in an environment value such as `help:runbooks` (empty entries dropped). */
export function splitKnowledgeEnv(value: string | undefined): string[] {
  return (value ?? '')
    .split(delimiter)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The knowledge paths to read, by precedence: flags, environment, policy. */
export function resolveKnowledgePaths(options: {
  readonly flags?: readonly string[] | undefined;
  readonly env?: string | undefined;
  readonly policy: Policy;
  readonly policyPath?: string | undefined;
}): string[] {
  if (options.flags && options.flags.length > 0) return [...options.flags];
  const fromEnv = splitKnowledgeEnv(options.env);
  if (fromEnv.length > 0) return fromEnv;
  const key = options.policy.knowledge;
  if (!key) return [];
  const base = dirname(resolve(options.policyPath ?? DEFAULT_POLICY_PATH));
  return (Array.isArray(key) ? key : [key]).map((p) => resolve(base, p));
}

/** Reads the knowledge at `paths`; null when there are none. */
export async function loadKnowledge(paths: readonly string[]): Promise<KnowledgeRead | null> {
  return paths.length === 0 ? null : readKnowledge(paths);
}
