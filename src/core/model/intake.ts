/** @module The contract between the file adapters, the format parsers and the rest of intake. */
import type { Author, EvidenceDraft, FileStatus, SourceKind } from './evidence.js';
import type { Manifest } from './manifest.js';

/** One file's bytes, named relative to the handoff root (`slack-export/esc/2026-11-18.json`). */
export interface IntakeFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A line's bounding box on its image, in pixels (x0,y0 top-left; x1,y1 bottom-right). */
export interface OcrBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Lines recognised on a screenshot by the OCR adapter, confidence 0–100, with where they are. */
export interface OcrLine {
  readonly text: string;
  readonly confidence: number;
  readonly box?: OcrBox;
}
export interface OcrResult {
  readonly lines: readonly OcrLine[];
  /** set when OCR itself failed: the reason, naming nothing but the failure */
  readonly error?: string;
}

/**
 * What a parser is given. Most inputs are one file; a Slack export is a bundle of files that
 * form one source (`name` is the folder or zip name). Screenshots arrive with their OCR result.
 */
export interface IntakeUnit {
  readonly name: string;
  readonly files: readonly IntakeFile[];
  readonly ocr?: OcrResult;
}

/** Context a parser may read; everything optional so parsers work without it. */
export interface ParseContext {
  readonly manifest?: Manifest;
  /**
   * People another file of the handoff named by a format's own user id (`zendesk:<id>`): a
   * comments export that carries only `author_id` learns who the ticket's requester is.
   */
  readonly people?: ReadonlyMap<string, Author>;
}

/** What a parser returns. It never throws for bad input: it returns warnings instead. */
export interface ParseResult {
  readonly kind: SourceKind;
  readonly format: string;
  readonly items: readonly EvidenceDraft[];
  readonly warnings: readonly string[];
  /** parsed: items read; skipped: nothing usable (e.g. empty); failed: could not be read */
  readonly status: FileStatus;
  /** structured data some formats carry besides evidence (account fields, the manifest) */
  readonly data?: Readonly<Record<string, unknown>>;
}

/**
 * A format parser. `detect` looks at content only (never the file name) and returns a score:
 * 0 = not this format, higher = more specific (0.9 for a precise JSON shape, 0.1 for plain text).
 * `parse` must not throw (or reject) on any input: it may be async (MIME parsing is).
 */
export interface FormatParser {
  readonly format: string;
  detect(unit: IntakeUnit): number;
  parse(unit: IntakeUnit, context: ParseContext): ParseResult | Promise<ParseResult>;
}

/**
 * Account files emit one evidence item per field with `meta: { unit: 'account', field }`,
 * using these field names, so extractors can find tier, ARR and renewal wherever they came from.
 */
export const ACCOUNT_FIELDS = [
  'account',
  'tier',
  'plan',
  'arr',
  'renewal',
  'csm',
  'owner',
  'region',
  'domain',
  'segment',
  'seats',
  'health',
  'notes',
] as const;
export type AccountField = (typeof ACCOUNT_FIELDS)[number];

/** The whole handoff after intake: what `prepare` and `spine intake` read. */
export interface IntakeResult {
  readonly sources: readonly import('./evidence.js').Source[];
  readonly evidence: readonly import('./evidence.js').Evidence[];
  readonly manifest: Manifest | null;
  /** handoff-level warnings (each names the file and the reason) */
  readonly warnings: readonly string[];
}
