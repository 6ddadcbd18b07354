/**
 * @module Use case: read a handoff from disk, run intake (with OCR), load the policy and prepare the
 * packet. Shared by `spine prepare`, eval and the server.
 */

import type { KnowledgeRead } from '../adapters/knowledge/read-knowledge.js';
import { SpineError } from '../core/errors.js';
import type { Explanation } from '../core/explain/format-explain.js';
import { toUtcIso } from '../core/intake/util/time.js';
import type { IntakeFile } from '../core/model/intake.js';
import type { Packet } from '../core/model/packet.js';
import { prepare } from '../core/prepare.js';
import type { OcrEngine } from '../ports/ocr.js';
import { intakeFromPaths, type OcrProgressEvent } from './intake-from-paths.js';
import { loadKnowledge, resolveKnowledgePaths } from './load-knowledge.js';
import { loadPolicy } from './load-policy.js';

export interface PrepareFromPathsOptions {
  readonly policyPath?: string;
  readonly asOf?: string;
  /** a shared OCR engine (not closed here) */
  readonly ocr?: OcrEngine;
  /** OCR cache directory, or false for none */
  readonly ocrCache?: string | false;
  /** after each screenshot is recognised */
  readonly onOcrProgress?: (event: OcrProgressEvent) => void;
  /** knowledge paths (`--knowledge`, or SPINE_KNOWLEDGE split); else the policy's `knowledge:` key */
  readonly knowledgePaths?: readonly string[];
  /** knowledge already read (the service and eval read it once); wins over knowledgePaths */
  readonly knowledge?: KnowledgeRead | null;
}

export interface PrepareFromPathsResult {
  readonly packet: Packet;
  readonly markdown: string;
  readonly warnings: string[];
  /** the signals and their traces, for --explain */
  readonly explanation: Explanation;
  /** every file read, to keep beside the packet by sha256 */
  readonly files: IntakeFile[];
  /** true when every input was parsed (none skipped or failed) */
  readonly complete: boolean;
}

/**
 * Prepares the packet for the handoff at `paths`. Throws SpineError for a bad `asOf`, a missing
 * path or an invalid policy; bad input files become warnings.
 *
 * @example const { packet, markdown } = await prepareFromPaths(['examples/northwind-order-sync']);
 */
export async function prepareFromPaths(
  paths: readonly string[],
  options: PrepareFromPathsOptions = {},
): Promise<PrepareFromPathsResult> {
  if (options.asOf !== undefined && toUtcIso(options.asOf) === null) {
    throw new SpineError(
      'SPINE_ERR_INVALID_ARGUMENT',
      `--as-of "${options.asOf}" is not an ISO 8601 date-time with a zone; write e.g. 2026-11-18T18:00:00Z`,
    );
  }
  const policy = await loadPolicy(options.policyPath);
  const { result, files } = await intakeFromPaths(paths, {
    ...(options.ocr ? { ocr: options.ocr } : {}),
    ...(options.ocrCache === undefined ? {} : { ocrCache: options.ocrCache }),
    ...(options.onOcrProgress ? { onOcrProgress: options.onOcrProgress } : {}),
  });
  const knowledge =
    options.knowledge !== undefined
      ? options.knowledge
      : await loadKnowledge(
          resolveKnowledgePaths({
            flags: options.knowledgePaths,
            policy: policy.policy,
            policyPath: options.policyPath,
          }),
        );
  const prepared = prepare(result, policy, {
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(knowledge ? { knowledge: knowledge.articles } : {}),
  });
  return {
    ...prepared,
    warnings: [...(knowledge?.warnings ?? []), ...prepared.warnings],
    files: [...files],
    complete: result.sources.every((s) => s.status === 'parsed'),
  };
}
