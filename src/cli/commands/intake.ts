/** @module `spine intake <paths...>`: show what Spine read from a handoff, source by source. */
import type { Command } from 'commander';
import { intakeFromPaths } from '../../app/intake-from-paths.js';
import { SpineError } from '../../core/errors.js';
import type { Evidence } from '../../core/model/evidence.js';
import type { IntakeResult } from '../../core/model/intake.js';
import { exitWithError, info } from '../output.js';

const TEXT_WIDTH = 100;

function oneLine(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function who(item: Evidence): string {
  const author = item.author;
  if (!author) return `(unknown, ${item.visibility})`;
  return `${author.name} (${author.role}/${author.side}, ${item.visibility})`;
}

/** Plain text listing for `spine intake`: one block per source, one line per evidence item. */
export function formatIntake(result: IntakeResult): string {
  const out: string[] = ['Sources'];
  const idWidth = Math.max(2, ...result.sources.map((s) => s.id.length));
  for (const source of result.sources) {
    out.push(
      `  ${source.id.padEnd(idWidth)}  ${source.name}  ${source.kind}/${source.format}  ${source.items} item(s)  ${source.status}`,
    );
    for (const warning of source.warnings) out.push(`      ! ${warning}`);
  }
  out.push('', 'Evidence');
  for (const item of result.evidence) {
    out.push(`  ${item.id}  ${item.at ?? '-'}  ${who(item)}  ${oneLine(item.text, TEXT_WIDTH)}`);
  }
  const count = (status: string) => result.sources.filter((s) => s.status === status).length;
  out.push(
    '',
    `${result.sources.length} source(s): ${count('parsed')} parsed, ${count('skipped')} skipped, ${count('failed')} failed; ` +
      `${result.evidence.length} evidence item(s); ${result.warnings.length} warning(s)`,
  );
  return `${out.join('\n')}\n`;
}

/** OCR progress on stderr: one updating line on a terminal, plain lines otherwise (CI, pipes). */
function ocrProgress({ done, total, name }: { done: number; total: number; name: string }): void {
  const line = `OCR ${done}/${total} ${name}`;
  if (!process.stderr.isTTY) {
    info(line);
    return;
  }
  process.stderr.write(`\r\x1b[2K${line}${done === total ? '\n' : ''}`);
}

interface IntakeFlags {
  readonly json?: boolean;
  readonly maxFileMb?: string;
  readonly maxTotalMb?: string;
  readonly ocrCache: boolean;
}

const MB = 1024 * 1024;

function megabytes(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    throw new SpineError('SPINE_ERR_INVALID_ARGUMENT', `${flag} must be a positive number, got "${value}"`);
  }
  return Math.floor(number * MB);
}

export function register(program: Command): void {
  program
    .command('intake')
    .description('Read a handoff (files, folders, zips) and list its sources and evidence.')
    .argument('<paths...>', 'files, folders or zip archives')
    .option('--json', 'print {sources, evidence, warnings} as JSON')
    .option('--max-file-mb <n>', 'largest file read, in MB (default 50)')
    .option('--max-total-mb <n>', 'largest handoff read, in MB (default 500)')
    .option('--no-ocr-cache', 'recognise screenshots again instead of using the OCR cache')
    .action(async (paths: string[], flags: IntakeFlags) => {
      try {
        const maxFileBytes = megabytes('--max-file-mb', flags.maxFileMb);
        const maxTotalBytes = megabytes('--max-total-mb', flags.maxTotalMb);
        const { result } = await intakeFromPaths(paths, {
          limits: {
            ...(maxFileBytes === undefined ? {} : { maxFileBytes }),
            ...(maxTotalBytes === undefined ? {} : { maxTotalBytes }),
          },
          ...(flags.ocrCache ? {} : { ocrCache: false as const }),
          onOcrProgress: ocrProgress,
        });
        const { sources, evidence, warnings } = result;
        process.stdout.write(
          flags.json ? `${JSON.stringify({ sources, evidence, warnings }, null, 2)}\n` : formatIntake(result),
        );
        // Exit code, not exit(): stdout must drain completely before the process ends.
        process.exitCode = sources.every((source) => source.status === 'parsed') ? 0 : 1;
      } catch (error) {
        if (error instanceof SpineError && error.code === 'SPINE_ERR_INTAKE_NOT_FOUND') {
          exitWithError(error, 'Check the path; give files, folders or zip archives.');
        }
        exitWithError(error);
      }
    });
}
