/**
 * @module Use case: the external check. Runs the real intake and prepare pipeline on each row of a
 * labelled CSV of issue reports (as a customer's e-mail) and scores the decision (bug → escalate to
 * Engineering, feature → Product, question → handled in support) or the security signal, beside a
 * ten-word keyword baseline.
 */
import { readFile, stat } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { SpineError } from '../core/errors.js';
import { ISSUE_ROW_AS_OF, issueRowEmail } from '../core/eval/issue-row-email.js';
import { keywordKind, keywordSecurity } from '../core/eval/keyword-baseline.js';
import { type LabelReport, scoreLabels } from '../core/eval/score-labels.js';
import { extractFacts } from '../core/extract/extract-facts.js';
import { runIntake } from '../core/intake/run-intake.js';
import type { SignalTrace } from '../core/model/signal-trace.js';
import { prepare } from '../core/prepare.js';
import { loadPolicy } from './load-policy.js';

export const KIND_LABELS = ['bug', 'feature', 'question'] as const;
export const SECURITY_LABELS = ['1', '0'] as const;
const MAX_CSV_BYTES = 200 * 1024 * 1024;

export interface EvalIssuesOptions {
  readonly file: string;
  /** 'kind': bug/feature/question → decision; 'security': 1/0 → the security signal */
  readonly mode: 'kind' | 'security';
  readonly textColumns: readonly string[];
  readonly labelColumn: string;
  readonly limit?: number;
  readonly policyPath?: string;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface EvalIssuesRow {
  readonly row: number;
  readonly gold: string;
  readonly predicted: string;
  readonly baseline: string;
  readonly escalate: boolean;
  readonly primaryTarget: string | null;
  /** the report read as the security area (signals.securityConcern): Security asked to confirm */
  readonly securityConcern: boolean;
  /** the ids of the escalation criteria (or handle-in-support rules) that decided */
  readonly criteria: readonly string[];
  readonly traces: readonly SignalTrace[];
}

export interface EvalIssuesResult {
  readonly file: string;
  readonly mode: 'kind' | 'security';
  /** kind: the decision; security: the incident signal (signals.security) */
  readonly spine: LabelReport;
  /** security only: found = the incident signal OR the security concern */
  readonly found?: LabelReport;
  /** rows whose report got the security concern (kind: the false-flag count on ordinary issues) */
  readonly concerns: number;
  readonly baseline: LabelReport;
  readonly rows: readonly EvalIssuesRow[];
  readonly warnings: readonly string[];
  readonly ms: number;
}

/** The decision read back as a kind: not escalated → question; escalated to Product → feature, Engineering → bug. */
function decisionKind(escalate: boolean, primary: string | null): string {
  if (!escalate) return 'question';
  if (primary === 'Product') return 'feature';
  if (primary === 'Engineering') return 'bug';
  return 'other';
}

async function readRows(file: string): Promise<Record<string, string>[]> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw new SpineError('SPINE_ERR_INTAKE_NOT_FOUND', `${file}: no such file`, { cause: error });
  }
  if (size > MAX_CSV_BYTES)
    throw new SpineError('SPINE_ERR_INTAKE_TOO_LARGE', `${file}: larger than ${MAX_CSV_BYTES} bytes`);
  try {
    return parse(await readFile(file, 'utf8'), {
      columns: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    }) as Record<string, string>[];
  } catch (error) {
    throw new SpineError(
      'SPINE_ERR_INTAKE_MALFORMED',
      `${file}: not a CSV with a header row (${String(error)})`,
      {
        cause: error,
      },
    );
  }
}

function normaliseLabel(mode: 'kind' | 'security', raw: string): string | null {
  const value = raw.trim().toLowerCase();
  if (mode === 'security') {
    if (['1', 'true', 'yes', 'security'].includes(value)) return '1';
    if (['0', 'false', 'no'].includes(value)) return '0';
    return null;
  }
  if (value === 'enhancement') return 'feature';
  return (KIND_LABELS as readonly string[]).includes(value) ? value : null;
}

/**
 * Scores every row (or the first `limit`) of `file`. Throws SpineError for a missing file or
 * column; rows without a usable label are skipped and counted in the warnings.
 */
export async function evalIssues(options: EvalIssuesOptions): Promise<EvalIssuesResult> {
  const started = performance.now();
  const policy = await loadPolicy(options.policyPath);
  const all = await readRows(options.file);
  const header = Object.keys(all[0] ?? {});
  for (const column of [...options.textColumns, options.labelColumn]) {
    if (!header.includes(column))
      throw new SpineError(
        'SPINE_ERR_INVALID_ARGUMENT',
        `${options.file}: no column "${column}" (columns: ${header.join(', ') || 'none'})`,
      );
  }
  const warnings: string[] = [];
  const usable = all.filter((r) => normaliseLabel(options.mode, r[options.labelColumn] ?? '') !== null);
  if (usable.length < all.length)
    warnings.push(
      `${options.file}: ${all.length - usable.length} rows skipped: "${options.labelColumn}" is not ${options.mode === 'kind' ? 'bug, feature or question' : '1 or 0'}`,
    );
  const rows = options.limit !== undefined ? usable.slice(0, options.limit) : usable;
  const out: EvalIssuesRow[] = [];
  const asOf = ISSUE_ROW_AS_OF;
  // what intake said about the rows (e.g. secrets redacted), each distinct message once with its count
  const intakeSaid = new Map<string, number>();
  for (const [index, row] of rows.entries()) {
    const parts = options.textColumns.map((c) => row[c] ?? '');
    const email = issueRowEmail(parts);
    const intake = await runIntake([
      { name: 'report.eml', files: [{ name: 'report.eml', bytes: Buffer.from(email) }] },
    ]);
    for (const source of intake.sources)
      for (const warning of source.warnings) {
        // one kind per message: the row's own quote, numbers and ids are dropped
        const said = warning
          .replace(/^report\.eml: /, '')
          .replace(/\s*\(\d+ line\(s\), starting [\s\S]*?\)(?= matches)/, '')
          .replace(/\b(?:m)?\d+\b/g, 'N');
        intakeSaid.set(said, (intakeSaid.get(said) ?? 0) + 1);
      }
    const { packet } = prepare(intake, policy, { asOf });
    const extraction = extractFacts(intake, asOf);
    const gold = normaliseLabel(options.mode, row[options.labelColumn] ?? '') ?? '';
    const text = parts.join('\n');
    const escalate = packet.decision.escalate;
    const primaryTarget = packet.decision.targets[0]?.team ?? null;
    const securityConcern = extraction.signals.securityConcern;
    out.push({
      row: all.indexOf(row) + 2,
      gold,
      predicted:
        options.mode === 'kind'
          ? decisionKind(escalate, primaryTarget)
          : extraction.signals.security
            ? '1'
            : '0',
      baseline: options.mode === 'kind' ? keywordKind(text) : keywordSecurity(text) ? '1' : '0',
      escalate,
      primaryTarget,
      securityConcern,
      criteria: packet.decision.criteria.map((c) => c.id),
      traces: extraction.classifierTraces,
    });
    options.onProgress?.(index + 1, rows.length);
  }
  for (const [said, count] of [...intakeSaid.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
    warnings.push(`${options.file}: ${count} rows: ${said}`);
  const labels = options.mode === 'kind' ? KIND_LABELS : SECURITY_LABELS;
  const gold = out.map((r) => r.gold);
  return {
    file: options.file,
    mode: options.mode,
    spine: scoreLabels(
      labels,
      gold,
      out.map((r) => r.predicted),
    ),
    ...(options.mode === 'security'
      ? {
          found: scoreLabels(
            labels,
            gold,
            out.map((r) => (r.predicted === '1' || r.securityConcern ? '1' : '0')),
          ),
        }
      : {}),
    concerns: out.filter((r) => r.securityConcern).length,
    baseline: scoreLabels(
      labels,
      gold,
      out.map((r) => r.baseline),
    ),
    rows: out,
    warnings,
    ms: Math.round(performance.now() - started),
  };
}
