/**
 * @module Reads a policy file (or the shipped default) and parses it; a broken policy is a
 * SpineError listing each problem with its path and line.
 */
import { readFile, stat } from 'node:fs/promises';
import { projectPath } from '../adapters/files/project-root.js';
import { SpineError } from '../core/errors.js';
import { MAX_POLICY_BYTES, type ParsePolicyResult, parsePolicy } from '../core/policy/parse-policy.js';
import { describePolicyError } from '../core/policy/policy-error.js';
import type { Policy } from '../core/policy/policy-schema.js';
import { sha256Hex } from '../core/sha256.js';
import { DEFAULT_POLICY_SNAPSHOT } from './default-policy-snapshot.js';

/** Where the shipped default policy lives. */
export const DEFAULT_POLICY_PATH = projectPath('policies', 'default.policy.yaml');

/** Reads the policy text at `path` (the default when omitted); errors name the file and reason. */
export async function readPolicyText(path: string = DEFAULT_POLICY_PATH): Promise<string> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new SpineError('SPINE_ERR_NOT_FOUND', `policy file ${path}: ${reason}`, { cause: error });
  }
  if (size > MAX_POLICY_BYTES) {
    throw new SpineError('SPINE_ERR_POLICY_INVALID', `${path}: larger than ${MAX_POLICY_BYTES} bytes`);
  }
  return readFile(path, 'utf8');
}

/** Reads and parses the policy at `path` without throwing on policy errors (for `policy check`). */
export async function checkPolicyFile(path: string = DEFAULT_POLICY_PATH): Promise<ParsePolicyResult> {
  return parsePolicy(await readPolicyText(path));
}

/**
 * Loads the policy at `path`, or the default policy when no path is given. Throws
 * SPINE_ERR_POLICY_INVALID with every problem (`path: message (line N)`) when it is not valid.
 */
export async function loadPolicy(path?: string): Promise<{ policy: Policy; sha256: string }> {
  const file = path ?? DEFAULT_POLICY_PATH;
  const text = await readPolicyText(file);
  const snapshot = DEFAULT_POLICY_SNAPSHOT;
  if (snapshot) {
    const sha256 = sha256Hex(text);
    if (sha256 === snapshot.sha256) return { policy: snapshot.policy(), sha256 };
  }
  const result = parsePolicy(text);
  if (!result.ok) {
    const problems = result.errors.map(describePolicyError).join('\n  ');
    throw new SpineError('SPINE_ERR_POLICY_INVALID', `${file}:\n  ${problems}`);
  }
  return { policy: result.policy, sha256: result.sha256 };
}
