// Whether dist/ (built by `npm ci` or `npm run build`) may run instead of the TypeScript sources.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** True when `root/dist/cli/main.js` exists and is at least as new as every source file under `root/src`. */
export function builtIsFresh(root) {
  try {
    return statSync(join(root, 'dist/cli/main.js')).mtimeMs >= newestSource(join(root, 'src'));
  } catch {
    return false;
  }
}
