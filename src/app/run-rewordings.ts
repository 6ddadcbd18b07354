/** @module The rewording check: materialise each overlay of a case in a temp dir, prepare it, compare with the gold. */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SpineError } from '../core/errors.js';
import { type Expected, parseExpected } from '../core/eval/expected.js';
import { type Overlay, parseOverlay, rewordJson, rewordText } from '../core/eval/reword.js';
import { scoreAgreement } from '../core/eval/score-agreement.js';
import {
  type OriginalResult,
  type RewordingSummary,
  rewordingFigures,
  summarizeRewordings,
  type VariantResult,
} from '../core/eval/summarize-rewordings.js';
import type { PrepareCase } from './run-eval.js';

/** Overlay files above this size are refused: they are hand-written replacement lists. */
const MAX_OVERLAY_BYTES = 1_000_000;

export interface RunRewordingsOptions {
  readonly casesDir: string;
  readonly rewordingsDir: string;
  readonly prepare: PrepareCase;
  readonly policyPath?: string;
  readonly caseName?: string;
  readonly onProgress?: (message: string) => void;
}

export interface RewordingRun {
  readonly variants: readonly VariantResult[];
  readonly originals: readonly OriginalResult[];
  readonly summary: RewordingSummary;
  readonly figures: Record<string, number>;
  /** cases in the cases folder that have no overlay at all */
  readonly casesWithoutRewordings: readonly string[];
  readonly ms: number;
}

/**
 * For every `<case-id>/<variant>.json` overlay under `rewordingsDir`: copies the case's handoff to a
 * temp dir with the replacements applied (to decoded string values in JSON files, to the raw text
 * of other text files; binaries are copied as they are), prepares it with the case's `asOf`, and
 * checks escalate, severity and primary target against the case's expected.json. The unreworded
 * case is prepared too, so a changed decision shows as a flip.
 * Throws SpineError when the folders or overlays are missing or invalid, or when a replacement
 * matches nothing in the case (a stale overlay would otherwise measure the original text).
 */
export async function runRewordings(options: RunRewordingsOptions): Promise<RewordingRun> {
  const started = performance.now();
  const overlays = listOverlays(options.rewordingsDir, options.casesDir, options.caseName);
  const variants: VariantResult[] = [];
  const originals: OriginalResult[] = [];
  const policy = options.policyPath ? { policyPath: options.policyPath } : {};
  for (const [caseId, files] of overlays) {
    const caseDir = path.join(options.casesDir, caseId);
    const gold = readGold(caseDir, caseId);
    options.onProgress?.(`rewordings: ${caseId} (original)`);
    const original = await prepareAndScore(options.prepare, path.join(caseDir, 'handoff'), gold, policy);
    originals.push({ case: caseId, ...original });
    for (const file of files) {
      const variant = path.basename(file, '.json');
      const overlay = readOverlay(file);
      options.onProgress?.(`rewordings: ${caseId}/${variant}`);
      const temp = mkdtempSync(path.join(os.tmpdir(), 'spine-reword-'));
      try {
        const handoff = path.join(temp, caseId, 'handoff');
        materialise(path.join(caseDir, 'handoff'), handoff, overlay, file);
        const scored = await prepareAndScore(options.prepare, handoff, gold, policy);
        variants.push({ case: caseId, variant, style: overlay.style, ...scored });
      } finally {
        rmSync(temp, { recursive: true, force: true });
      }
    }
  }
  const summary = summarizeRewordings(variants, originals);
  const withOverlay = new Set(overlays.keys());
  const casesWithoutRewordings = options.caseName
    ? []
    : listCaseIds(options.casesDir).filter((id) => !withOverlay.has(id));
  return {
    variants,
    originals,
    summary,
    figures: rewordingFigures(summary),
    casesWithoutRewordings,
    ms: Math.round(performance.now() - started),
  };
}

async function prepareAndScore(
  prepare: PrepareCase,
  handoffDir: string,
  gold: Expected,
  policy: { policyPath?: string },
): Promise<Pick<VariantResult, 'crashed' | 'agreement'>> {
  try {
    const { packet } = await prepare(handoffDir, { asOf: gold.asOf, ...policy });
    return { crashed: null, agreement: scoreAgreement(gold, packet) };
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { crashed: reason, agreement: scoreAgreement(gold, null) };
  }
}

/** Copies `from` to `to`, applying the overlay; throws when a replacement matched nowhere. */
function materialise(from: string, to: string, overlay: Overlay, overlayFile: string): void {
  const hits: number[] = overlay.replace.map(() => 0);
  copyTree(from, to, (bytes) => {
    const text = decodeText(bytes);
    if (text === null) return bytes;
    const bare = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const json = parseJsonContainer(bare);
    if (json !== undefined)
      return Buffer.from(`${JSON.stringify(rewordJson(json, overlay.replace, hits), null, 2)}\n`);
    return Buffer.from(rewordText(text, overlay.replace, hits));
  });
  const unmatched = overlay.replace.filter((_, i) => hits[i] === 0).map(([original]) => original);
  if (unmatched.length > 0) {
    const list = unmatched.map((u) => `"${u.length > 70 ? `${u.slice(0, 70)}…` : u}"`).join(', ');
    throw new SpineError(
      'SPINE_ERR_INVALID_ARGUMENT',
      `${overlayFile}: ${unmatched.length} replacement(s) match nothing in the case: ${list}`,
    );
  }
}

function copyTree(from: string, to: string, transform: (bytes: Buffer) => Buffer): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from).sort()) {
    const source = path.join(from, name);
    const target = path.join(to, name);
    if (statSync(source).isDirectory()) copyTree(source, target, transform);
    else writeFileSync(target, transform(readFileSync(source)));
  }
}

/** UTF-8 text, or null for binaries (a NUL byte, or bytes that are not UTF-8). */
function decodeText(bytes: Buffer): string | null {
  if (bytes.subarray(0, 8192).includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The parsed value when the text is a JSON object or array; undefined otherwise. */
function parseJsonContainer(text: string): unknown {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function readGold(caseDir: string, caseId: string): Expected {
  const file = path.join(caseDir, 'expected.json');
  if (!existsSync(file))
    throw new SpineError('SPINE_ERR_NOT_FOUND', `no case ${caseId} (${file} is missing)`);
  const gold = parseExpected(readFileSync(file, 'utf8'));
  if (!gold.ok) throw new SpineError('SPINE_ERR_INVALID_ARGUMENT', `${file}: ${gold.errors.join('; ')}`);
  return gold.expected;
}

function readOverlay(file: string): Overlay {
  if (statSync(file).size > MAX_OVERLAY_BYTES)
    throw new SpineError('SPINE_ERR_INVALID_ARGUMENT', `${file}: larger than ${MAX_OVERLAY_BYTES} bytes`);
  const parsed = parseOverlay(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new SpineError('SPINE_ERR_INVALID_ARGUMENT', `${file}: ${parsed.errors.join('; ')}`);
  return parsed.overlay;
}

/** Case id → its overlay files, both in name order. */
function listOverlays(rewordingsDir: string, casesDir: string, only?: string): Map<string, string[]> {
  if (!existsSync(rewordingsDir) || !statSync(rewordingsDir).isDirectory())
    throw new SpineError('SPINE_ERR_NOT_FOUND', `no rewordings folder at ${rewordingsDir}`);
  if (!existsSync(casesDir) || !statSync(casesDir).isDirectory())
    throw new SpineError('SPINE_ERR_NOT_FOUND', `no cases folder at ${casesDir}`);
  const overlays = new Map<string, string[]>();
  for (const caseId of readdirSync(rewordingsDir).sort()) {
    const dir = path.join(rewordingsDir, caseId);
    if (!statSync(dir).isDirectory()) continue;
    if (only && caseId !== only && !caseId.startsWith(only)) continue;
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => path.join(dir, f));
    if (files.length > 0) overlays.set(caseId, files);
  }
  if (overlays.size === 0) {
    const what = only ? `no overlay for a case named ${only}` : 'no overlay (<case-id>/<variant>.json)';
    throw new SpineError('SPINE_ERR_NOT_FOUND', `${what} in ${rewordingsDir}`);
  }
  return overlays;
}

function listCaseIds(casesDir: string): string[] {
  return readdirSync(casesDir)
    .filter((name) => existsSync(path.join(casesDir, name, 'expected.json')))
    .sort();
}
