/** @module `spine prepare <paths...>`: the triage packet as Markdown or JSON, or written to a folder. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { putBlob } from '../../adapters/files/blob-store.js';
import { splitKnowledgeEnv } from '../../app/load-knowledge.js';
import { prepareFromPaths } from '../../app/prepare-from-paths.js';
import { SpineError } from '../../core/errors.js';
import { formatExplain } from '../../core/explain/format-explain.js';
import { exitWithError, info, warn } from '../output.js';
import { tuneRegexpsForHandoff } from '../tune-regexps-for-handoff.js';

interface PrepareFlags {
  readonly policy?: string;
  readonly asOf?: string;
  readonly out?: string;
  readonly json?: boolean;
  readonly explain?: boolean;
  readonly ocrCache: boolean;
  readonly knowledge: string[];
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

const HINTS: Record<string, string> = {
  SPINE_ERR_INVALID_ARGUMENT:
    'Give --as-of as an ISO date-time with a zone, e.g. --as-of 2026-11-18T18:00:00Z.',
  SPINE_ERR_POLICY_INVALID: 'Fix the listed lines, or check the file with `spine policy check <file>`.',
  SPINE_ERR_NOT_FOUND: 'Check the --policy path, or leave it out to use the default policy.',
  SPINE_ERR_INTAKE_NOT_FOUND:
    'Check the path; give files, folders or zip archives (for --knowledge and SPINE_KNOWLEDGE too).',
};

/** Writes packet.json, packet.md and inputs/<sha256> for every input file. */
async function writeOut(
  dir: string,
  json: string,
  markdown: string,
  files: ReadonlyArray<{ bytes: Uint8Array }>,
) {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'packet.json'), json);
  await writeFile(join(dir, 'packet.md'), markdown);
  for (const file of files) await putBlob(join(dir, 'inputs'), file.bytes);
}

export function register(program: Command): void {
  program
    .command('prepare')
    .description('Prepare the triage packet for a handoff (files, folders, zips).')
    .argument('<paths...>', 'files, folders or zip archives')
    .option('--policy <file>', 'policy file (default: policies/default.policy.yaml)')
    .option(
      '--as-of <iso>',
      'reference time, e.g. 2026-11-18T18:00:00Z (default: manifest asOf, else newest evidence)',
    )
    .option('--out <dir>', 'write packet.json, packet.md and inputs/<sha256> into this folder')
    .option('--json', 'print packet.json instead of Markdown')
    .option('--explain', 'print every fact and set signal with what produced it (rule, sentence, cite)')
    .option('--no-ocr-cache', 'recognise screenshots again instead of using the OCR cache')
    .option(
      '--knowledge <path>',
      "the team's articles and runbooks: a folder, zip or Zendesk Guide export (repeatable; default: SPINE_KNOWLEDGE, else the policy's knowledge key)",
      collect,
      [],
    )
    .action(async (paths: string[], flags: PrepareFlags) => {
      try {
        const knowledgePaths =
          flags.knowledge.length > 0 ? flags.knowledge : splitKnowledgeEnv(process.env.SPINE_KNOWLEDGE);
        tuneRegexpsForHandoff([...paths, ...knowledgePaths]);
        const result = await prepareFromPaths(paths, {
          ...(knowledgePaths.length > 0 ? { knowledgePaths } : {}),
          ...(flags.policy ? { policyPath: flags.policy } : {}),
          ...(flags.asOf ? { asOf: flags.asOf } : {}),
          ...(flags.ocrCache ? {} : { ocrCache: false as const }),
          onOcrProgress: ({ done, total, name }) => info(`OCR ${done}/${total} ${name}`),
        });
        const json = `${JSON.stringify(result.packet, null, 2)}\n`;
        for (const warning of result.warnings) warn(warning);
        if (flags.out) {
          await writeOut(flags.out, json, result.markdown, result.files);
          info(`wrote ${join(flags.out, 'packet.json')}, packet.md and ${result.files.length} input(s)`);
        } else if (!flags.explain) {
          process.stdout.write(flags.json ? json : result.markdown);
        }
        if (flags.explain) process.stdout.write(formatExplain(result.packet, result.explanation));
        process.exitCode = result.complete ? 0 : 1;
      } catch (error) {
        const hint = error instanceof SpineError ? HINTS[error.code] : undefined;
        exitWithError(error, hint);
      }
    });
}
