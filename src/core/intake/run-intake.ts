/**
 * @module The intake orchestrator: picks a parser per unit, parses the manifest first, guards
 * every parser, assigns stable ids and runs the cross-source evidence passes.
 */
import { assignEvidenceIds, sourceIdAt } from '../evidence/assign-ids.js';
import { collapseCopies } from '../evidence/collapse-copies.js';
import { linkScreenshots } from '../evidence/link-screenshots.js';
import { resolveAuthors } from '../evidence/resolve-authors.js';
import { type SetAsideQuote, unreadQuoteWarnings } from '../evidence/unread-quotes.js';
import {
  type Author,
  AuthorSchema,
  type Evidence,
  type EvidenceDraft,
  EvidenceDraftSchema,
  type Source,
} from '../model/evidence.js';
import type { FormatParser, IntakeResult, IntakeUnit, ParseContext, ParseResult } from '../model/intake.js';
import { type Manifest, ManifestSchema } from '../model/manifest.js';
import { sha256Hex as sha256 } from '../sha256.js';
import { PARSERS } from './parsers.js';
import { imageFormatOf } from './screenshot.js';
import { setAsideQuoted } from './set-aside-quoted.js';
import { type PasteContext, SLACK_PASTE_FORMAT } from './slack-paste.js';
import { redactSecrets } from './text/redact-secrets.js';
import { decodeText, looksBinary, parseJson } from './util/decode.js';
import { transcodeUnit } from './util/transcode-unit.js';

/** Bounds applied by the core whatever the adapters already checked. */
export interface IntakeLimits {
  /** items kept per source; the rest are dropped with a warning */
  readonly maxItemsPerSource: number;
  /** characters kept per item's text */
  readonly maxTextChars: number;
}

export const DEFAULT_INTAKE_LIMITS: IntakeLimits = { maxItemsPerSource: 200_000, maxTextChars: 20_000 };

/** A file the adapters refused to read (too large, unsafe archive entry …): a skipped source. */
export interface RejectedFile {
  readonly name: string;
  readonly reason: string;
  /** the file's sha256 when it could be hashed without reading it into memory */
  readonly sha256?: string;
}

export interface RunIntakeOptions {
  readonly limits?: Partial<IntakeLimits>;
  readonly rejected?: readonly RejectedFile[];
  /** the parsers to choose from (default: every parser in PARSERS) */
  readonly parsers?: readonly FormatParser[];
}

const EMPTY_SHA256 = sha256('');

/** sha256 of a one-file unit's bytes; for a bundle, over its sorted `name\0sha256\n` lines. */
export function unitSha256(unit: IntakeUnit): string {
  const [only] = unit.files;
  if (unit.files.length === 1 && only) return sha256(only.bytes);
  const lines = unit.files
    .map((file) => `${file.name}\0${sha256(file.bytes)}\n`)
    .sort()
    .join('');
  return sha256(lines);
}

function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

function safeDetect(parser: FormatParser, unit: IntakeUnit): number {
  try {
    const score = parser.detect(unit);
    return Number.isFinite(score) ? score : 0;
  } catch {
    // A detector that throws simply does not recognise the input.
    return 0;
  }
}

function pickParser(
  unit: IntakeUnit,
  parsers: readonly FormatParser[],
  manifest: Manifest | null,
): FormatParser | null {
  if (manifest?.draft && sameFile(manifest.draft, unit.name)) {
    const draft = parsers.find((parser) => parser.format === 'draft');
    if (draft) return draft;
  }
  let best: FormatParser | null = null;
  let bestScore = 0;
  for (const parser of parsers) {
    const score = safeDetect(parser, unit);
    if (score > bestScore) {
      best = parser;
      bestScore = score;
    }
  }
  return best;
}

function sameFile(declared: string, name: string): boolean {
  const clean = (value: string) => value.replace(/\\/g, '/').replace(/^\.\//, '').toLowerCase();
  const a = clean(declared);
  const b = clean(name);
  return a === b || b.endsWith(`/${a}`);
}

function whyUnknown(unit: IntakeUnit): string {
  const total = unit.files.reduce((sum, file) => sum + file.bytes.length, 0);
  if (unit.files.length === 0 || total === 0) return 'empty';
  if (unit.files.some((file) => looksBinary(file.bytes))) return 'binary content';
  return 'no parser recognised the content';
}

async function safeParse(
  parser: FormatParser,
  unit: IntakeUnit,
  context: ParseContext,
): Promise<ParseResult> {
  try {
    const result = await parser.parse(unit, context);
    if (!result || !Array.isArray(result.items)) throw new Error('the parser returned no items');
    return result;
  } catch (error) {
    return {
      kind: 'other',
      format: parser.format,
      items: [],
      warnings: [`${unit.name}: ${parser.format} parser failed: ${reasonOf(error)}`],
      status: 'failed',
    };
  }
}

function boundItems(
  result: ParseResult,
  limits: IntakeLimits,
): { items: EvidenceDraft[]; warnings: string[] } {
  const warnings: string[] = [];
  const items: EvidenceDraft[] = [];
  let invalid = 0;
  let truncated = 0;
  let redacted = 0;
  for (const item of result.items.slice(0, limits.maxItemsPerSource)) {
    const checked = EvidenceDraftSchema.safeParse(item);
    if (!checked.success) {
      invalid++;
      continue;
    }
    const draft = redactDraft(checked.data);
    redacted += draft.redacted;
    if (draft.text.length > limits.maxTextChars) {
      truncated++;
      items.push({ ...draft.item, text: draft.text.slice(0, limits.maxTextChars) });
    } else items.push(draft.item);
  }
  if (result.items.length > limits.maxItemsPerSource) {
    warnings.push(
      `${result.items.length - limits.maxItemsPerSource} item(s) over the limit of ${limits.maxItemsPerSource} were dropped`,
    );
  }
  if (invalid > 0) warnings.push(`${invalid} malformed item(s) were dropped`);
  if (truncated > 0) warnings.push(`${truncated} item text(s) cut at ${limits.maxTextChars} characters`);
  if (redacted > 0)
    warnings.push(`${redacted} secret(s) (keys, tokens, passwords) redacted from the evidence text`);
  return { items, warnings };
}

/** The item with credentials redacted from its text, subject and signature (security by default). */
function redactDraft(draft: EvidenceDraft): { item: EvidenceDraft; text: string; redacted: number } {
  const text = redactSecrets(draft.text);
  let redacted = text.count;
  let meta = draft.meta;
  for (const key of ['subject', 'signature'] as const) {
    const value = meta?.[key];
    if (value === undefined) continue;
    const clean = redactSecrets(value);
    if (clean.count === 0) continue;
    redacted += clean.count;
    meta = { ...meta, [key]: clean.text };
  }
  if (redacted === 0) return { item: draft, text: draft.text, redacted };
  return { item: { ...draft, text: text.text, ...(meta ? { meta } : {}) }, text: text.text, redacted };
}

/** The newest valid item time among results read so far (pasted chat excluded), or null. */
function newestTime(parsed: readonly Parsed[]): string | null {
  let newest: string | null = null;
  for (const entry of parsed) {
    if (entry.result.format === SLACK_PASTE_FORMAT) continue;
    for (const item of entry.result.items) {
      const at = typeof item.at === 'string' ? item.at : null;
      if (at === null || Number.isNaN(Date.parse(at))) continue;
      if (newest === null || Date.parse(at) > Date.parse(newest)) newest = at;
    }
  }
  return newest;
}

function setAsideQuotes(result: ParseResult): SetAsideQuote[] {
  const quoted = result.data?.quoted;
  if (!Array.isArray(quoted)) return [];
  return quoted
    .filter(
      (quote): quote is SetAsideQuote =>
        typeof quote === 'object' &&
        quote !== null &&
        typeof (quote as SetAsideQuote).locator === 'string' &&
        typeof (quote as SetAsideQuote).text === 'string',
    )
    .map((quote) => ({ ...quote, text: redactSecrets(quote.text).text }));
}

function byName(a: { readonly name: string }, b: { readonly name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function named(name: string, warning: string): string {
  return warning.startsWith(name) ? warning : `${name}: ${warning}`;
}

const SNIFF_BYTES = 4 * 1024 * 1024;

/**
 * Warnings about a text file's bytes that hold whatever parser read it: undecodable UTF-8, or
 * JSON that does not parse (so a broken export read as plain text still says why).
 */
function contentWarnings(unit: IntakeUnit, result: ParseResult): string[] {
  const [file] = unit.files;
  if (unit.files.length !== 1 || !file || file.bytes.length === 0) return [];
  if (looksBinary(file.bytes) || imageFormatOf(file.bytes) !== null) return [];
  // What the parser already said, minus the file name (`export.json` must not count as saying JSON).
  const said = result.warnings.map((warning) => String(warning).split(unit.name).join('')).join('\n');
  const warnings: string[] = [];
  const { text, invalidUtf8 } = decodeText(file.bytes.subarray(0, SNIFF_BYTES));
  if (invalidUtf8 && !/utf-?8/i.test(said)) {
    warnings.push('not valid UTF-8; undecodable bytes were replaced');
  }
  // `[` alone is not enough: log lines and pasted chat start with `[09:40]`.
  const jsonLike = /^\s*(\{|\[\s*[[{"\]])/.test(text.slice(0, 64));
  // a log read line by line (JSON lines, journald) is not one JSON document
  if (jsonLike && result.format !== 'log' && file.bytes.length <= SNIFF_BYTES && !/json/i.test(said)) {
    const json = parseJson(text);
    if (!json.ok) warnings.push(`looks like JSON but does not parse (${json.error})`);
  }
  return warnings;
}

interface Parsed {
  readonly name: string;
  readonly sha256: string;
  readonly result: ParseResult;
}

function unknownResult(unit: IntakeUnit): ParseResult {
  const why = whyUnknown(unit);
  return {
    kind: 'other',
    format: 'unknown',
    items: [],
    warnings: [`${unit.name}: unknown format (${why})`],
    status: why === 'empty' ? 'skipped' : 'failed',
  };
}

// formats whose files name the people of a ticket for the others (ZendeskPeople.ticketPeople)
const PEOPLE_FORMATS: ReadonlySet<string> = new Set(['zendesk-ticket', 'zendesk-incremental']);

function peopleOf(result: ParseResult): [string, Author][] {
  const listed = result.data?.people;
  if (!Array.isArray(listed)) return [];
  return listed.flatMap((entry): [string, Author][] => {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') return [];
    const author = AuthorSchema.safeParse(entry[1]);
    return author.success ? [[entry[0], author.data]] : [];
  });
}

function manifestOf(result: ParseResult): Manifest | null {
  const checked = ManifestSchema.safeParse(result.data?.manifest);
  return checked.success ? checked.data : null;
}

/**
 * Reads a handoff's units into sources and citable evidence. Never throws for bad input: a unit
 * nobody recognises, or whose parser fails, becomes a `skipped`/`failed` source with a warning
 * naming it. Sources are ordered by name and numbered S1..Sn, so ids are stable.
 *
 * @example const { sources, evidence } = await runIntake(units);
 */
export async function runIntake(
  units: readonly IntakeUnit[],
  options: RunIntakeOptions = {},
): Promise<IntakeResult> {
  const limits: IntakeLimits = { ...DEFAULT_INTAKE_LIMITS, ...options.limits };
  // Text in UTF-16/32 or a legacy charset is re-encoded as UTF-8 first; the sha256 stays the original's.
  const encoded = new Map<IntakeUnit, { original: IntakeUnit; warnings: string[] }>();
  const sorted = [...units].sort(byName).map((original) => {
    const transcoded = transcodeUnit(original);
    encoded.set(transcoded.unit, { original, warnings: transcoded.warnings });
    return transcoded.unit;
  });
  const parsers = options.parsers ?? PARSERS;

  // The manifest may name the draft and people's roles: parse it before anything else.
  const chosen = sorted.map((unit) => pickParser(unit, parsers, null));
  let manifest: Manifest | null = null;
  const results = new Map<IntakeUnit, ParseResult>();
  for (const [index, unit] of sorted.entries()) {
    const parser = chosen[index];
    if (parser?.format !== 'manifest') continue;
    const result = await safeParse(parser, unit, {});
    results.set(unit, result);
    manifest ??= manifestOf(result);
  }
  // Ticket exports next: they say who the ids in a comments export are (the requester, the assignee).
  const people = new Map<string, Author>();
  for (const [index, unit] of sorted.entries()) {
    const parser = chosen[index];
    if (!parser || !PEOPLE_FORMATS.has(parser.format)) continue;
    const result = await safeParse(parser, unit, manifest ? { manifest } : {});
    results.set(unit, result);
    for (const [key, author] of peopleOf(result)) if (!people.has(key)) people.set(key, author);
  }
  const context: ParseContext = {
    ...(manifest ? { manifest } : {}),
    ...(people.size > 0 ? { people } : {}),
  };

  const parsed: Parsed[] = [];
  // Pasted chat is read last: a day divider without a year takes it from the other files' times.
  const order = [...sorted.entries()].sort(
    ([a], [b]) =>
      Number(chosen[a]?.format === SLACK_PASTE_FORMAT) - Number(chosen[b]?.format === SLACK_PASTE_FORMAT) ||
      a - b,
  );
  for (const [index, unit] of order) {
    let result = results.get(unit);
    if (!result) {
      let parser = chosen[index] ?? null;
      if (manifest?.draft && sameFile(manifest.draft, unit.name)) {
        parser = pickParser(unit, parsers, manifest);
      }
      const reference = parser?.format === SLACK_PASTE_FORMAT ? newestTime(parsed) : null;
      const unitContext: PasteContext = reference ? { ...context, reference } : context;
      result = parser ? await safeParse(parser, unit, unitContext) : unknownResult(unit);
    }
    result = setAsideQuoted(result);
    const encoding = encoded.get(unit);
    if (encoding && encoding.warnings.length > 0)
      result = { ...result, warnings: [...encoding.warnings, ...result.warnings] };
    const extra = contentWarnings(unit, result);
    if (extra.length > 0) result = { ...result, warnings: [...result.warnings, ...extra] };
    parsed.push({ name: unit.name, sha256: unitSha256(encoding?.original ?? unit), result });
  }
  for (const rejected of options.rejected ?? []) {
    parsed.push({
      name: rejected.name,
      sha256: rejected.sha256 ?? EMPTY_SHA256,
      result: {
        kind: 'other',
        format: 'unknown',
        items: [],
        warnings: [`${rejected.name}: ${rejected.reason}`],
        status: 'skipped',
      },
    });
  }
  parsed.sort(byName);

  const sources: Source[] = [];
  let evidence: Evidence[] = [];
  const warnings: string[] = [];
  for (const [index, entry] of parsed.entries()) {
    const id = sourceIdAt(index);
    const bounded = boundItems(entry.result, limits);
    const assigned = assignEvidenceIds(id, bounded.items);
    const sourceWarnings = [...entry.result.warnings, ...bounded.warnings, ...assigned.warnings].map(
      (warning) => named(entry.name, String(warning)),
    );
    sources.push({
      id,
      name: entry.name,
      kind: entry.result.kind,
      format: entry.result.format,
      sha256: entry.sha256,
      items: assigned.evidence.length,
      warnings: sourceWarnings,
      status: entry.result.status,
    });
    warnings.push(...sourceWarnings);
    evidence = evidence.concat(assigned.evidence);
  }

  evidence = resolveAuthors(evidence, manifest);
  evidence = collapseCopies(evidence);
  evidence = linkScreenshots(evidence, sources);
  for (const [index, entry] of parsed.entries()) {
    const quotes = setAsideQuotes(entry.result);
    const source = sources[index];
    if (quotes.length === 0 || !source) continue;
    const unread = unreadQuoteWarnings(entry.name, quotes, evidence);
    if (unread.length === 0) continue;
    sources[index] = { ...source, warnings: [...source.warnings, ...unread] };
    warnings.push(...unread);
  }
  return { sources, evidence, manifest, warnings };
}
