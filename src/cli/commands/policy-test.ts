/** @module `spine policy test <policy> <cases-dir>`: does a policy still give the gold decisions? */
import type { Command } from 'commander';
import { createEvalPrepare } from '../../app/eval-prepare.js';
import { loadPolicy } from '../../app/load-policy.js';
import { runEval } from '../../app/run-eval.js';
import { decisionChanged, formatDecisions } from '../../core/eval/format-decisions.js';
import { exitWithError, info } from '../output.js';

/** Adds `test` under `spine policy` (policy.ts calls this). */
export function registerPolicyTest(policy: Command): void {
  policy
    .command('test')
    .description(
      'Run the eval cases with a policy and show, per case, whether escalate/severity/targets moved off the gold',
    )
    .argument('<policy>', 'policy file to test')
    .argument('<cases-dir>', 'folder of cases: NN-name/expected.json + NN-name/handoff/')
    .option('--case <name>', 'run one case (its folder name or a prefix)')
    .action(async (policyPath: string, casesDir: string, options: { case?: string }) => {
      const { prepare, close } = createEvalPrepare();
      try {
        await loadPolicy(policyPath);
        const run = await runEval({
          casesDir,
          prepare,
          policyPath,
          ...(options.case ? { caseName: options.case } : {}),
          onProgress: info,
        });
        process.stdout.write(formatDecisions(run.results));
        if (run.results.some(decisionChanged)) process.exitCode = 1;
      } catch (error) {
        exitWithError(error, 'Usage: spine policy test <policy.yaml> <cases-dir>');
      } finally {
        await close();
      }
    });
}
