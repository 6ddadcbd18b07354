/** @module `spine policy check [FILE]`: validate a policy and print each error with its path and line. */
import type { Command } from 'commander';
import { checkPolicyFile } from '../../app/load-policy.js';
import { describePolicyError } from '../../core/policy/policy-error.js';
import { exitWithError } from '../output.js';

export interface CheckOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const STD: CheckOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * Validates the policy at `file` (the default when omitted): prints `OK name version sha256:…`
 * and returns 0, or prints each error as `path: message (line N)` and returns 1.
 */
export async function checkPolicy(file: string | undefined, output: CheckOutput = STD): Promise<number> {
  const result = await checkPolicyFile(file);
  if (result.ok) {
    output.out(`OK ${result.policy.name} ${result.policy.version} sha256:${result.sha256}`);
    return 0;
  }
  output.err(`${file ?? 'default policy'}: ${result.errors.length} error(s)`);
  for (const error of result.errors) output.err(`  ${describePolicyError(error)}`);
  return 1;
}

/** Adds `check` under a `policy` command (split out so it can be tested on its own). */
export function registerPolicyCheck(policy: Command, output: CheckOutput = STD): void {
  policy
    .command('check')
    .description('Validate a policy file (the shipped default when FILE is omitted).')
    .argument('[file]', 'policy YAML file')
    .action(async (file: string | undefined) => {
      try {
        process.exitCode = await checkPolicy(file, output);
      } catch (error) {
        exitWithError(error);
      }
    });
}
