/** @module `spine eval-issues <file.csv>`: the external check on labelled real issue reports. */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { evalIssues } from '../../app/eval-issues.js';
import { SpineError } from '../../core/errors.js';
import { formatLabelReport } from '../../core/eval/score-labels.js';
import { exitWithError, info, warn } from '../output.js';

interface EvalIssuesCliOptions {
  text: string;
  label?: string;
  security?: boolean;
  limit?: string;
  json?: string;
  policy?: string;
}

const USAGE =
  'Usage: spine eval-issues <file.csv> [--text title,body] [--label label] [--security] [--limit N] [--json out.json]';

export function register(program: Command): void {
  program
    .command('eval-issues')
    .description(
      'Score the decision (bug/feature/question) or, with --security, the security signal on a labelled CSV of issue reports',
    )
    .argument('<file>', 'CSV with a header row')
    .option(
      '--text <columns>',
      'text columns, comma-separated; the first is the subject when there are several',
      'title,body',
    )
    .option('--label <column>', 'label column (default: label, or security with --security)')
    .option('--security', 'the label is 1/0 for a security report; score the security signal')
    .option('--limit <n>', 'score only the first N labelled rows')
    .option('--json <file>', 'write the figures and every row’s prediction and trace as JSON')
    .option('--policy <file>', 'policy file (default: the shipped policy)')
    .action(async (file: string, options: EvalIssuesCliOptions) => {
      try {
        const limit = options.limit === undefined ? undefined : Number(options.limit);
        if (limit !== undefined && (!Number.isInteger(limit) || limit <= 0))
          throw new SpineError(
            'SPINE_ERR_INVALID_ARGUMENT',
            `--limit "${options.limit}" is not a positive whole number`,
          );
        const mode = options.security ? 'security' : 'kind';
        const textColumns = options.text
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean);
        const result = await evalIssues({
          file,
          mode,
          textColumns,
          labelColumn: options.label ?? (mode === 'security' ? 'security' : 'label'),
          ...(limit !== undefined ? { limit } : {}),
          ...(options.policy ? { policyPath: options.policy } : {}),
          onProgress: (done, total) => {
            if (done % 250 === 0 || done === total) info(`eval-issues: ${done}/${total}`);
          },
        });
        for (const message of result.warnings) warn(message);
        const what = mode === 'kind' ? 'decision' : 'security incident signal';
        process.stdout.write(formatLabelReport(`Spine ${what}`, result.spine));
        process.stdout.write('\n');
        if (result.found) {
          process.stdout.write(
            formatLabelReport(
              'Spine security found (incident or concern for Security to confirm)',
              result.found,
            ),
          );
          process.stdout.write('\n');
        }
        process.stdout.write(
          `Security concern (Security asked to confirm) on ${result.concerns} of ${result.rows.length} rows\n\n`,
        );
        process.stdout.write(formatLabelReport('Ten-word keyword baseline', result.baseline));
        info(`${result.rows.length} rows in ${(result.ms / 1000).toFixed(1)} s`);
        if (options.json) {
          writeFileSync(options.json, `${JSON.stringify(result, null, 2)}\n`);
          info(`wrote ${options.json}`);
        }
      } catch (error) {
        exitWithError(error, USAGE);
      }
    });
}
