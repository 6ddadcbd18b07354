/** @module `spine policy`: `check [FILE]` validates a policy; `test` (the eval owner's) replays cases. */
import type { Command } from 'commander';
import { registerPolicyCheck } from './policy-check.js';
import { registerPolicyTest } from './policy-test.js';

export function register(program: Command): void {
  const policy = program.command('policy').description('Validate and test escalation policies.');
  registerPolicyCheck(policy);
  registerPolicyTest(policy);
}
