/**
 * @module Reading a multipart upload into named files: many files, a zip (kept whole; intake
 * unpacks it safely), or pasted chat/e-mail text. A folder's relative paths are kept (a Slack export
 * needs its layout) but reduced to safe segments: nothing can name a place outside the upload.
 */
import type { FastifyRequest } from 'fastify';
import type { UploadedFile } from '../adapters/storage/packets.js';
import { SpineError } from '../core/errors.js';

export interface UploadLimits {
  readonly maxFileBytes: number;
  readonly maxFiles: number;
  readonly maxTotalBytes: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxFiles: 200,
  maxTotalBytes: 200 * 1024 * 1024,
};

export interface Upload {
  readonly files: UploadedFile[];
  readonly fields: Record<string, string>;
}

const MAX_DEPTH = 8;

function safeSegment(raw: string): string {
  const printable = [...raw].filter((ch) => ch.charCodeAt(0) > 0x1f && ch.charCodeAt(0) !== 0x7f).join('');
  return printable.replace(/^\.+/, '').trim().slice(0, 200);
}

/**
 * `slack/general/2026-03-10.json` stays as it is; `../../etc/passwd` → `etc/passwd`; `C:\\x\\y.txt`
 * → `C:/x/y.txt` as segments; control characters and leading dots go; empty → `upload`.
 */
export function safeFilePath(raw: string): string {
  const segments = raw
    .split(/[\\/]+/)
    .map(safeSegment)
    .filter((segment) => segment !== '');
  return segments.slice(-MAX_DEPTH).join('/') || 'upload';
}

function uniqueName(name: string, taken: Set<string>): string {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export async function readUpload(request: FastifyRequest, limits: UploadLimits): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new SpineError(
      'SPINE_ERR_INVALID_ARGUMENT',
      'files: send multipart/form-data with files or a text field',
    );
  }
  const files: UploadedFile[] = [];
  const fields: Record<string, string> = {};
  const taken = new Set<string>();
  let total = 0;
  for await (const part of request.parts({
    limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles },
  })) {
    if (part.type === 'file') {
      const bytes = new Uint8Array(await part.toBuffer());
      // A form whose file input was left empty sends a nameless, empty part: that is no file. A named
      // empty file is kept, so intake can say it was empty instead of it vanishing.
      if (bytes.length === 0 && !part.filename) continue;
      total += bytes.length;
      if (total > limits.maxTotalBytes) {
        throw new SpineError(
          'SPINE_ERR_UPLOAD_LIMIT',
          `the upload is over ${limits.maxTotalBytes} bytes in total`,
        );
      }
      const name = uniqueName(safeFilePath(part.filename), taken);
      taken.add(name);
      files.push({ name, bytes });
    } else {
      const value = typeof part.value === 'string' ? part.value : String(part.value ?? '');
      if (part.fieldname === 'text') {
        if (!value.trim()) continue;
        const bytes = new TextEncoder().encode(value);
        total += bytes.length;
        const name = uniqueName('pasted.txt', taken);
        taken.add(name);
        files.push({ name, bytes });
      } else {
        fields[part.fieldname] = value;
      }
    }
  }
  if (files.length > limits.maxFiles) {
    throw new SpineError('SPINE_ERR_UPLOAD_LIMIT', `at most ${limits.maxFiles} files per upload`);
  }
  return { files, fields };
}
