/** @module Account context from a CRM export (CSV with a header row, or YAML): one item per field that matters. */
import * as chrono from 'chrono-node';
import { parse as parseCsv } from 'csv-parse/sync';
import type { EvidenceDraft } from '../model/evidence.js';
import type { AccountField, FormatParser, IntakeUnit, ParseResult } from '../model/intake.js';
import { accountColumn, currencyOfColumn, isStrongAccountColumn } from './text/account-columns.js';
import { formatAmount, parseAmount } from './text/parse-amount.js';
import { decodeText, isRecord, looksBinary } from './util/decode.js';
import { readYaml } from './util/read-yaml.js';

const MAX_BYTES = 1024 * 1024;
const MAX_ROWS = 50;
const MANIFEST_KEYS = new Set(['people', 'asOf', 'draft', 'files', 'timezone']);
const EMAIL = /[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/;
// A fixed reference keeps chrono off the clock; renewal dates always carry a year.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

type Record_ = readonly (readonly [string, unknown])[];

function textOf(unit: IntakeUnit): string | null {
  const file = unit.files[0];
  if (!file || unit.files.length !== 1 || file.bytes.length === 0 || file.bytes.length > MAX_BYTES)
    return null;
  if (looksBinary(file.bytes)) return null;
  return decodeText(file.bytes).text;
}

// An account name plus one telling column, or two telling columns: "service,health,region" is not an account.
function looksAccountLike(keys: readonly string[]): boolean {
  const strong = keys.filter(isStrongAccountColumn).length;
  const named = keys.some((key) => accountColumn(key)?.field === 'account');
  return strong >= 2 || (named && strong >= 1);
}

function csvRows(text: string): string[][] | null {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (!/[,;\t]/.test(firstLine) || /^\s*(#|[\w-]+:\s)/.test(firstLine)) return null;
  const delimiter =
    [',', ';', '\t'].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0] ?? ',';
  try {
    const rows = parseCsv(text, {
      delimiter,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      to_line: MAX_ROWS + 1,
    }) as string[][];
    return rows.length >= 2 && (rows[0]?.length ?? 0) >= 2 ? rows : null;
  } catch {
    return null;
  }
}

function yamlRecord(text: string): Record_ | null {
  const read = readYaml(text);
  if (!read.ok) return null;
  const value = read.value;
  if (!isRecord(value)) return null;
  if (Object.keys(value).some((key) => MANIFEST_KEYS.has(key))) return null;
  // Some exports nest everything under `account:`.
  const nested = Object.entries(value).find(
    ([key, inner]) => accountColumn(key)?.field === 'account' && isRecord(inner),
  );
  const map = nested && isRecord(nested[1]) ? nested[1] : value;
  return Object.entries(map);
}

/** Reads the unit as CSV rows or one YAML record with account-like keys; null when it is neither. */
function accountRecords(text: string): { records: Record_[]; format: 'account-csv' | 'account-yaml' } | null {
  const rows = csvRows(text);
  const header = rows?.[0] ?? [];
  if (rows && looksAccountLike(header)) {
    return {
      format: 'account-csv',
      records: rows.slice(1).map((row) => header.map((name, k) => [name, row[k] ?? ''] as const)),
    };
  }
  const record = yamlRecord(text);
  if (!record || !looksAccountLike(record.map(([key]) => key))) return null;
  return { format: 'account-yaml', records: [record] };
}

function isoDate(raw: unknown): string | null {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.toISOString().slice(0, 10);
  if (typeof raw !== 'string') return null;
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(raw);
  if (iso) return iso[0];
  const parsed = chrono.parse(raw, REFERENCE)[0]?.start;
  if (!parsed?.isCertain('year') || !parsed.isCertain('day')) return null;
  const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
  return `${parsed.get('year')}-${pad(parsed.get('month'))}-${pad(parsed.get('day'))}`;
}

interface FieldValue {
  readonly text: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

function fieldValue(field: AccountField, column: string, raw: unknown): FieldValue | null {
  if (raw === null || raw === undefined || isRecord(raw) || Array.isArray(raw)) return null;
  const written = String(raw).trim();
  if (written === '') return null;
  switch (field) {
    case 'arr': {
      const amount = parseAmount(raw);
      if (!amount) return { text: written };
      const currency = amount.currency || currencyOfColumn(column);
      return {
        text: formatAmount({ value: amount.value, currency }),
        data: { arr: amount.value, ...(currency ? { currency } : {}) },
      };
    }
    case 'renewal': {
      const date = isoDate(raw);
      return date ? { text: date, data: { renewal: date } } : { text: written };
    }
    case 'domain': {
      const domain = written
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/^www\./, '')
        .replace(/\/.*$/, '');
      return { text: domain, data: { domain } };
    }
    case 'seats': {
      const amount = parseAmount(raw);
      return amount ? { text: written, data: { seats: amount.value } } : { text: written };
    }
    default:
      return { text: written, data: { [field]: written } };
  }
}

function recordItems(
  record: Record_,
  prefix: string,
): { items: EvidenceDraft[]; data: Record<string, unknown> } {
  const items: EvidenceDraft[] = [];
  const data: Record<string, unknown> = {};
  const used = new Map<string, number>();
  const push = (field: AccountField, label: string, value: FieldValue) => {
    const seen = (used.get(field) ?? 0) + 1;
    used.set(field, seen);
    items.push({
      locator: `${prefix}${field}${seen > 1 ? `.${seen}` : ''}`,
      at: null,
      author: null,
      visibility: 'internal',
      text: `${label}: ${value.text}`,
      meta: { unit: 'account', field },
    });
    for (const [key, v] of Object.entries(value.data ?? {})) if (!(key in data)) data[key] = v;
  };
  for (const [column, raw] of record) {
    const mapped = accountColumn(column);
    if (!mapped) continue;
    const value = fieldValue(mapped.field, column, raw);
    if (value) push(mapped.field, mapped.label, value);
  }
  if (!('domain' in data)) {
    // A contact address tells the customer's mail domain, which resolves e-mail authors later.
    for (const [column, raw] of record) {
      const domain = typeof raw === 'string' ? EMAIL.exec(raw)?.[1]?.toLowerCase() : undefined;
      if (domain) {
        push('domain', 'Domain', { text: `${domain} (from ${column})`, data: { domain } });
        break;
      }
    }
  }
  return { items, data };
}

function parseAccount(unit: IntakeUnit): ParseResult {
  const text = textOf(unit);
  const found = text === null ? null : accountRecords(text);
  if (!found)
    return {
      kind: 'account',
      format: 'account',
      items: [],
      warnings: [`${unit.name}: no account columns or keys (account, tier, plan, ARR, renewal …) found`],
      status: 'skipped',
    };
  const warnings: string[] = [];
  const records = found.records.filter((record) => record.some(([, v]) => String(v ?? '').trim() !== ''));
  if (records.length >= MAX_ROWS) warnings.push(`${unit.name}: only the first ${MAX_ROWS} rows were read`);
  const items: EvidenceDraft[] = [];
  let data: Record<string, unknown> = {};
  records.forEach((record, index) => {
    const result = recordItems(record, records.length > 1 ? `r${index + 1}.` : '');
    items.push(...result.items);
    if (index === 0) data = result.data;
  });
  if (records.length > 1)
    warnings.push(`${unit.name}: ${records.length} accounts; the first is used as the account context`);
  if (items.length === 0) warnings.push(`${unit.name}: the account fields are all empty`);
  return {
    kind: 'account',
    format: found.format,
    items,
    warnings,
    status: items.length > 0 ? 'parsed' : 'skipped',
    data,
  };
}

/** Account context exported from a CRM, as CSV (header row) or YAML (a map, possibly under `account:`). */
export const accountParser: FormatParser = {
  format: 'account',
  detect(unit) {
    const text = textOf(unit);
    return text !== null && accountRecords(text) ? 0.45 : 0;
  },
  parse(unit) {
    try {
      return parseAccount(unit);
    } catch (error) {
      return {
        kind: 'account',
        format: 'account',
        items: [],
        warnings: [
          `${unit.name}: cannot be read as account context (${error instanceof Error ? error.message : String(error)})`,
        ],
        status: 'failed',
      };
    }
  },
};

export const accountParsers: FormatParser[] = [accountParser];
