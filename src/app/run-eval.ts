/** @module The `spine eval` use case: prepare every case folder, score it against its gold, summarize. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { SpineError } from '../core/errors.js';
import { type DraftGold, DraftGoldSchema } from '../core/eval/check-drafts.js';
import { parseExpected } from '../core/eval/expected.js';
import { type CaseResult, scoreCase } from '../core/eval/score-case.js';
import { type EvalSummary, summarize, summaryFigures } from '../core/eval/summarize.js';
import type { Packet } from '../core/model/packet.js';
import { loadPacketSchema } from './load-packet-schema.js';

/** Prepares one handoff folder (prepareFromPaths in production; a stub in tests). */
export type PrepareCase = (
  handoffDir: string,
  options: { asOf: string; policyPath?: string },
) => Promise<{ packet: Packet; warnings: readonly string[] }>;

export interface RunEvalOptions {
  readonly casesDir: string;
  readonly prepare: PrepareCase;
  readonly policyPath?: string;
  /** only the case whose folder name equals this, or starts with it (`03` → `03-sso-…`) */
  readonly caseName?: string;
  readonly schemaPath?: string;
  readonly onProgress?: (message: string) => void;
  /** folder of extra draft gold (`<case>.json`); default `eval/draft-gold` under the working folder */
  readonly draftGoldDir?: string;
  /** called with each prepared packet, e.g. to keep it for a byte-for-byte comparison */
  readonly onPacket?: (name: string, packet: Packet) => void;
}

export interface EvalRun {
  readonly results: readonly CaseResult[];
  readonly summary: EvalSummary;
  readonly figures: Record<string, number>;
  /** eval-level notes (schema not found …) */
  readonly warnings: readonly string[];
  /** prepare's own warnings per case, for --json */
  readonly prepareWarnings: Record<string, readonly string[]>;
  readonly ms: number;
}

/**
 * Runs every case in `casesDir` (folders holding `expected.json` and `handoff/`, in name order):
 * prepares it with the case's `asOf`, validates the packet against the contract, and scores it.
 * A case whose prepare throws is scored as a failure in every gold field, never skipped.
 * Throws SpineError when the folder holds no case or a gold file is invalid.
 */
export async function runEval(options: RunEvalOptions): Promise<EvalRun> {
  const started = performance.now();
  const cases = listCases(options.casesDir, options.caseName);
  const schema = loadPacketSchema(options.schemaPath);
  const warnings = 'missing' in schema ? [schema.missing] : [];
  const results: CaseResult[] = [];
  const prepareWarnings: Record<string, readonly string[]> = {};
  for (const name of cases) {
    const dir = path.join(options.casesDir, name);
    const gold = parseExpected(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
    if (!gold.ok)
      throw new SpineError('SPINE_ERR_INVALID_ARGUMENT', `${name}/expected.json: ${gold.errors.join('; ')}`);
    options.onProgress?.(`eval: ${name}`);
    try {
      const prepared = await options.prepare(path.join(dir, 'handoff'), {
        asOf: gold.expected.asOf,
        ...(options.policyPath ? { policyPath: options.policyPath } : {}),
      });
      prepareWarnings[name] = prepared.warnings;
      options.onPacket?.(name, prepared.packet);
      const schemaErrors = 'validate' in schema ? schema.validate(prepared.packet) : null;
      const draftGold = readDraftGold(
        options.draftGoldDir ?? path.join(process.cwd(), 'eval', 'draft-gold'),
        name,
      );
      results.push(
        scoreCase({ name, expected: gold.expected, packet: prepared.packet, schemaErrors, draftGold }),
      );
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      results.push(
        scoreCase({ name, expected: gold.expected, packet: null, crashed: reason, schemaErrors: null }),
      );
    }
  }
  const summary = summarize(results);
  return {
    results,
    summary,
    figures: summaryFigures(summary),
    warnings,
    prepareWarnings,
    ms: Math.round(performance.now() - started),
  };
}

/** The case's extra draft gold, or null when the repo has none; an invalid file is an error, never skipped. */
function readDraftGold(dir: string, name: string): DraftGold | null {
  const file = path.join(dir, `${name}.json`);
  if (!existsSync(file)) return null;
  const parsed = DraftGoldSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new SpineError(
      'SPINE_ERR_INVALID_ARGUMENT',
      `${file}: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
    );
  return parsed.data;
}

function listCases(casesDir: string, only?: string): string[] {
  if (!existsSync(casesDir) || !statSync(casesDir).isDirectory()) {
    throw new SpineError('SPINE_ERR_NOT_FOUND', `no cases folder at ${casesDir}`);
  }
  const all = readdirSync(casesDir)
    .filter((name) => existsSync(path.join(casesDir, name, 'expected.json')))
    .sort();
  const chosen = only ? all.filter((name) => name === only || name.startsWith(only)) : all;
  if (chosen.length === 0) {
    const what = only ? `no case named ${only}` : 'no case folder (NN-name/expected.json + handoff/)';
    throw new SpineError('SPINE_ERR_NOT_FOUND', `${what} in ${casesDir}`);
  }
  return chosen;
}
