/** @module The eval result as text for people: a per-case table, per-field summary with misses, checks. */
import { EVAL_FIELDS, type EvalField, LIST_FIELDS } from './fields.js';
import type { FloorBreach } from './floors.js';
import type { CaseResult } from './score-case.js';
import type { EvalSummary } from './summarize.js';

const SHORT: Record<EvalField, string> = {
  escalate: 'esc',
  severity: 'sev',
  primaryTarget: 'prim',
  targets: 'tgts',
  account: 'acct',
  affected: 'affd',
  startedAt: 'start',
  errors: 'errs',
  tried: 'tried',
  workaround: 'wkrd',
  customerAsks: 'asks',
  hypotheses: 'hyp',
  unknowns: 'unkn',
  mustNotSay: 'nosay',
};

/** A score as a table cell: ✓ for 1, ✗ for 0, a percentage between, · when not scored. */
export function cell(score: number | undefined): string {
  if (score === undefined) return '·';
  if (score >= 1) return '✓';
  if (score <= 0) return '✗';
  return `${Math.round(score * 100)}%`;
}

/** Options for formatReport: `fields` limits the columns (policy test shows only decisions). */
export interface ReportOptions {
  readonly fields?: readonly EvalField[];
  readonly breaches?: readonly FloorBreach[];
}

/** Renders the whole report; deterministic for the same results. */
export function formatReport(
  results: readonly CaseResult[],
  summary: EvalSummary,
  options: ReportOptions = {},
): string {
  const fields = options.fields ?? EVAL_FIELDS;
  const nameWidth = Math.max(4, ...results.map((r) => r.name.length));
  const header = ['case'.padEnd(nameWidth), ...fields.map((f) => SHORT[f].padStart(5)), ' checks'].join(' ');
  const lines = [header, '-'.repeat(header.length)];
  for (const r of results) {
    const cells = fields.map((f) => cell(r.fields[f]?.score).padStart(5));
    lines.push([r.name.padEnd(nameWidth), ...cells, ` ${caseChecks(r)}`].join(' '));
  }
  lines.push('', 'Summary per field (mean over the cases whose gold has the field):');
  for (const field of fields) {
    const s = summary.fields[field];
    const mean = s.mean === null ? 'not scored' : `${(s.mean * 100).toFixed(1)}%`;
    const offered = s.meanProduced === null ? '' : `, ${s.meanProduced.toFixed(1)} items offered per case`;
    const precision =
      s.precision === null ? '' : `, precision ${(s.precision * 100).toFixed(1)}% over ${s.precisionScored}`;
    lines.push(`  ${field.padEnd(14)} ${mean.padStart(10)}  (${s.scored} cases${offered}${precision})`);
    for (const miss of s.misses) {
      lines.push(`      ✗ ${miss.case} [${cell(miss.score)}]`);
      lines.push(`          expected: ${clip(miss.expected)}`);
      lines.push(`          produced: ${clip(miss.produced)}`);
      if (miss.missed.length > 0) lines.push(`          missed:   ${clip(miss.missed.join(' | '))}`);
    }
  }
  const listFields = LIST_FIELDS.filter((f) => fields.includes(f));
  if (listFields.length > 0) lines.push(...precisionTable(results, listFields, nameWidth));
  lines.push('', 'Checks on every packet:');
  const schema =
    summary.schemaValid === null
      ? 'not checked (schema not found)'
      : `${(summary.schemaValid * 100).toFixed(1)}%`;
  lines.push(`  schema valid        ${schema}`);
  lines.push(
    `  crashed             ${summary.crashed.length}${summary.crashed.length ? ` (${summary.crashed.join(', ')})` : ''}`,
  );
  lines.push(`  unresolved cites    ${summary.unresolvedCites}`);
  lines.push(`  unsupported claims  ${summary.unsupportedClaims}`);
  lines.push(`  update leaks        ${summary.updateLeaks}`);
  lines.push(`  draft problems      ${summary.draftProblems}`);
  lines.push(`  forbidden strings   ${summary.mustNotSayFound}`);
  for (const r of results) lines.push(...caseDetails(r));
  if (options.breaches && options.breaches.length > 0) {
    lines.push('', 'Below the recorded floors:');
    for (const b of options.breaches) {
      const value = b.value === null ? 'not measured' : round(b.value);
      lines.push(`  ${b.figure}: ${value} ${b.kind === 'min' ? '<' : '>'} ${b.kind} ${b.bound}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Per case, the share of each list's offered items that match a gold item (· when the gold has no
 * such list or the packet offered none), and the offered items that matched nothing.
 */
function precisionTable(
  results: readonly CaseResult[],
  fields: readonly EvalField[],
  nameWidth: number,
): string[] {
  const lines = ['', 'Precision of list fields per case (offered items that match a gold item):'];
  lines.push([''.padEnd(nameWidth), ...fields.map((f) => SHORT[f].padStart(5))].join(' '));
  for (const r of results) {
    lines.push(
      [r.name.padEnd(nameWidth), ...fields.map((f) => cell(r.fields[f]?.precision).padStart(5))].join(' '),
    );
  }
  return lines;
}

function caseChecks(r: CaseResult): string {
  if (r.crashed) return `CRASHED: ${clip(r.crashed, 60)}`;
  const c = r.checks;
  const parts = [c.schemaValid === false ? 'schema✗' : c.schemaValid ? 'schema✓' : 'schema?'];
  if (c.unresolvedCites.length) parts.push(`unresolved ${c.unresolvedCites.length}`);
  if (c.unsupportedClaims.length) parts.push(`unsupported ${c.unsupportedClaims.length}`);
  if (c.updateLeaks.length) parts.push(`leaks ${c.updateLeaks.length}`);
  return parts.join(' ');
}

function caseDetails(r: CaseResult): string[] {
  const c = r.checks;
  const items = [
    ...c.schemaErrors.slice(0, 5).map((e) => `schema: ${e}`),
    ...c.unresolvedCites.slice(0, 5).map((e) => `unresolved cite: ${e}`),
    ...c.unsupportedClaims.slice(0, 5).map((e) => `unsupported: ${e}`),
    ...c.updateLeaks.map((e) => `leak: ${e}`),
    ...(c.draftProblems ?? []).map((e) => `draft: ${e}`),
  ];
  if (r.crashed || items.length === 0) return [];
  return [`  ${r.name}:`, ...items.map((i) => `      ${clip(i, 140)}`)];
}

function clip(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}
