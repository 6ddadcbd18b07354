/** @module Operating-system litter in folders and archives that is not part of a handoff. */

const JUNK_NAMES = new Set(['.ds_store', 'thumbs.db', 'desktop.ini', '.git', '.svn', '__macosx']);

/** True for `.DS_Store`, `__MACOSX/…`, AppleDouble `._x` files, `Thumbs.db` and VCS folders. */
export function isJunkPath(path: string): boolean {
  return path.split(/[\\/]/).some((part) => JUNK_NAMES.has(part.toLowerCase()) || part.startsWith('._'));
}
