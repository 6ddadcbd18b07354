/**
 * Prints the default policy, parsed and validated, as JSON ({ sha256, policy }) for the build's
 * snapshot (src/app/default-policy-snapshot.ts). Exits non-zero when the policy is invalid or does
 * not survive a JSON round trip unchanged, so the build never ships a snapshot that differs from a parse.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { DEFAULT_POLICY_PATH } from '../src/app/load-policy.js';
import { parsePolicy } from '../src/core/policy/parse-policy.js';

const result = parsePolicy(readFileSync(DEFAULT_POLICY_PATH, 'utf8'));
if (!result.ok) {
  process.stderr.write(`default policy invalid: ${JSON.stringify(result.errors)}\n`);
  process.exit(1);
}
const json = JSON.stringify({ sha256: result.sha256, policy: result.policy });
if (!isDeepStrictEqual(JSON.parse(json).policy, result.policy)) {
  process.stderr.write('default policy changes in a JSON round trip\n');
  process.exit(1);
}
process.stdout.write(json);
