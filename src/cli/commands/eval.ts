/** @module `spine eval <cases-dir>`: prepare and score every eval case; guard quality with floors. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { createEvalPrepare } from '../../app/eval-prepare.js';
import { loadPolicy } from '../../app/load-policy.js';
import { readFloors } from '../../app/read-floors.js';
import { runEval } from '../../app/run-eval.js';
import { runRewordings } from '../../app/run-rewordings.js';
import { checkSetFloors } from '../../core/eval/check-set-floors.js';
import { checkFloors } from '../../core/eval/floors.js';
import { formatReport } from '../../core/eval/format-report.js';
import { formatRewordings } from '../../core/eval/summarize-rewordings.js';
import type { Packet } from '../../core/model/packet.js';
import { exitWithError, info, warn } from '../output.js';

interface EvalOptions {
  policy?: string;
  json?: string;
  packets?: string;
  reviewed?: boolean;
  floors?: string;
  case?: string;
  schema?: string;
  rewordings?: string;
  ocrCache: boolean;
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('Prepare every case in an eval set and score the packets against expected.json')
    .argument('<cases-dir>', 'folder of cases: NN-name/expected.json + NN-name/handoff/')
    .option('--policy <file>', 'policy file (default: the shipped policy)')
    .option('--json <file>', 'write the full result (per case, per field, checks) as JSON')
    .option(
      '--packets <dir>',
      "also write each case's packet as <dir>/<case>.json, as prepare --json prints it",
    )
    .option(
      '--reviewed',
      "apply each case's review.json (written by export-case) before scoring: score the reviewed result",
    )
    .option('--floors <file>', 'exit 1 when a summary figure falls below its recorded floor')
    .option('--case <name>', 'run one case (its folder name or a prefix, e.g. 03)')
    .option('--schema <file>', 'packet JSON Schema (default: ../shared/contract/packet.schema.json)')
    .option(
      '--rewordings <dir>',
      'instead of scoring the cases, prepare each reworded variant (<dir>/<case-id>/<variant>.json) and report how often its decision agrees with the gold',
    )
    .option('--no-ocr-cache', 'do not read or write the OCR cache')
    .action(async (casesDir: string, options: EvalOptions) => {
      const { prepare, close } = createEvalPrepare({
        ...(options.ocrCache ? {} : { ocrCache: false as const }),
        ...(options.reviewed ? { reviewed: true } : {}),
      });
      try {
        const floors = options.floors ? readFloors(options.floors) : null;
        // a bad policy would otherwise crash every case; say it once, with the file's errors
        if (options.policy) await loadPolicy(options.policy);
        if (options.rewordings) {
          const reworded = await runRewordings({
            casesDir,
            rewordingsDir: options.rewordings,
            prepare,
            ...(options.policy ? { policyPath: options.policy } : {}),
            ...(options.case ? { caseName: options.case } : {}),
            onProgress: info,
          });
          for (const id of reworded.casesWithoutRewordings)
            warn(`${id}: no rewording in ${options.rewordings}`);
          const breaches = floors ? checkFloors(reworded.figures, floors) : [];
          process.stdout.write(formatRewordings(reworded.variants, reworded.originals, reworded.summary));
          for (const b of breaches)
            warn(
              `below floor: ${b.figure} ${b.value === null ? 'not measured' : b.value.toFixed(3)} (${b.kind} ${b.bound})`,
            );
          info(`${reworded.variants.length} variants in ${(reworded.ms / 1000).toFixed(1)} s`);
          if (options.json) {
            writeFileSync(options.json, `${JSON.stringify({ ...reworded, breaches }, null, 2)}\n`);
            info(`wrote ${options.json}`);
          }
          if (breaches.length > 0) process.exitCode = 1;
          return;
        }
        const run = await runEval({
          casesDir,
          prepare,
          ...(options.policy ? { policyPath: options.policy } : {}),
          ...(options.case ? { caseName: options.case } : {}),
          ...(options.schema ? { schemaPath: options.schema } : {}),
          ...(options.packets ? { onPacket: packetWriter(options.packets) } : {}),
          onProgress: info,
        });
        for (const message of run.warnings) warn(message);
        const breaches = floors ? checkSetFloors(run.results, run.figures, floors) : [];
        process.stdout.write(formatReport(run.results, run.summary, { breaches }));
        info(`${run.results.length} cases in ${(run.ms / 1000).toFixed(1)} s`);
        if (options.json) {
          writeFileSync(options.json, `${JSON.stringify({ ...run, breaches }, null, 2)}\n`);
          info(`wrote ${options.json}`);
        }
        if (breaches.length > 0) process.exitCode = 1;
      } catch (error) {
        exitWithError(error, 'Usage: spine eval <cases-dir> [--policy FILE] [--floors eval/floors.json]');
      } finally {
        await close();
      }
    });
}

function packetWriter(dir: string): (name: string, packet: Packet) => void {
  mkdirSync(dir, { recursive: true });
  return (name, packet) =>
    writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(packet, null, 2)}\n`);
}
