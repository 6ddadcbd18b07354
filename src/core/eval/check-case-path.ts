/**
 * @module Whether a stored input name may become a file under an exported case's `handoff/`: a
 * relative path of plain segments, so that neither a zip entry nor a written file can land outside
 * the case folder. Pure.
 */

const MAX_LENGTH = 1000;
const MAX_DEPTH = 16;

/** null when `name` is a safe relative path, else why it is not. */
export function unsafeCasePath(name: string): string | null {
  if (name === '') return 'the name is empty';
  if (name.length > MAX_LENGTH) return `the name is over ${MAX_LENGTH} characters`;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'the name holds control characters';
  if (name.includes('\\')) return 'the name holds a backslash';
  if (name.startsWith('/')) return 'the name is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'the name starts with a drive letter';
  const segments = name.split('/');
  if (segments.length > MAX_DEPTH) return `the name is over ${MAX_DEPTH} folders deep`;
  if (segments.some((s) => s === '' || s === '.' || s === '..'))
    return 'the name has an empty, "." or ".." segment';
  return null;
}
