/**
 * @module The real PrepareUpload: stored input files go through the same pipeline as
 * `spine prepare` (archives unpacked safely, OCR, policy), from a private temporary folder.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { SpineError } from '../../core/errors.js';
import type { OcrEngine } from '../../ports/ocr.js';
import type { OcrProgressEvent } from '../intake-from-paths.js';
import { prepareFromPaths } from '../prepare-from-paths.js';
import type { PrepareUpload } from './prepare-job.js';

export function makePrepareUpload(options: {
  policyPath?: string | undefined;
  ocr?: OcrEngine;
}): PrepareUpload {
  return async (files, { asOf, onProgress }) => {
    const dir = await mkdtemp(join(tmpdir(), 'spine-upload-'));
    try {
      onProgress?.(`Reading ${files.length} file${files.length === 1 ? '' : 's'}`);
      for (const file of files) {
        // Names are already reduced to safe relative paths (read-upload.ts); checked again here
        // because this is the line that writes to disk.
        const target = join(dir, file.name);
        const inside = relative(dir, target);
        if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..') {
          throw new SpineError('SPINE_ERR_INVALID_ARGUMENT', `${file.name}: not a path inside the upload`);
        }
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, file.bytes);
      }
      const result = await prepareFromPaths([dir], {
        ...(options.policyPath ? { policyPath: options.policyPath } : {}),
        ...(asOf ? { asOf } : {}),
        ...(options.ocr ? { ocr: options.ocr } : {}),
        ...(onProgress
          ? {
              onOcrProgress: ({ done, total, name }: OcrProgressEvent) =>
                onProgress(`Running OCR on screenshots: ${done} of ${total} done (${name})`),
            }
          : {}),
      });
      return { packet: result.packet, markdown: result.markdown, explanation: result.explanation };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
}
