/**
 * @module Writing an exported eval case: as a zip (for the API, with yazl) or into a folder (for
 * the CLI). Every path is checked again here, on the line that writes, so nothing lands outside the
 * case. Zip entries carry the packet's asOf as their time, so the same case zips to the same bytes.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ZipFile } from 'yazl';
import { SpineError } from '../../core/errors.js';
import { unsafeCasePath } from '../../core/eval/check-case-path.js';

/** One file of a case, relative to the case folder. */
export interface CaseFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

function checked(file: CaseFile): string {
  const unsafe = unsafeCasePath(file.path);
  if (unsafe) throw new SpineError('SPINE_ERR_INVALID_ARGUMENT', `${file.path}: ${unsafe}`);
  return file.path;
}

/** The case as zip bytes: `handoff/…`, `expected.json`, `review.json`. */
export async function zipCase(files: readonly CaseFile[], mtime: Date): Promise<Buffer> {
  const zip = new ZipFile();
  for (const file of files) zip.addBuffer(Buffer.from(file.bytes), checked(file), { mtime, mode: 0o100644 });
  zip.end();
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', fail);
    zip.outputStream.on('end', () => done(Buffer.concat(chunks)));
  });
}

/** Refuses a case folder that already holds something (cases are never mixed). */
export async function requireEmptyDir(dir: string): Promise<void> {
  const existing = await readdir(resolve(dir)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (existing.length > 0) {
    throw new SpineError('SPINE_ERR_CONFLICT', `${dir} is not empty; choose a new folder for the case`);
  }
}

/** Writes the case under `dir`, which must not exist yet or be empty. */
export async function writeCaseDir(dir: string, files: readonly CaseFile[]): Promise<string[]> {
  const root = resolve(dir);
  await requireEmptyDir(dir);
  const written: string[] = [];
  for (const file of files) {
    const target = resolve(root, checked(file));
    const inside = relative(root, target);
    if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`)) {
      throw new SpineError('SPINE_ERR_INVALID_ARGUMENT', `${file.path}: not a path inside ${dir}`);
    }
    await mkdir(dirname(target), { recursive: true });
    // wx: never follow or overwrite something already there
    await writeFile(target, file.bytes, { flag: 'wx' });
    written.push(join(dir, file.path));
  }
  return written;
}
