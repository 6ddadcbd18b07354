// Whether dist/ (built by `npm ci` or `npm run build`) may run instead of the TypeScript sources.
import { readdirSync, statSync } from 'node:fs';

// what the build compiles: TypeScript sources (not tests) and the few CommonJS modules beside them
const isSource = (name) => (name.endsWith('.ts') && !name.endsWith('.test.ts')) || name.endsWith('.cjs');

// One readdir per folder and a stat per source file, walked by hand: readdir's own `recursive`
// option plus a path join per file cost twice the CPU (~25 against ~12 ms for ~550 files), paid at
// every start of the CLI.
function newerSource(dir, builtMs) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (newerSource(path, builtMs)) return true;
    } else if (entry.isFile() && isSource(entry.name) && statSync(path).mtimeMs > builtMs) {
      return true;
    }
  }
  return false;
}

/** True when `root/dist/cli/main.js` exists and is at least as new as every source file under `root/src`. */
export function builtIsFresh(root) {
  try {
    return !newerSource(`${root}/src`, statSync(`${root}/dist/cli/main.js`).mtimeMs);
  } catch {
    return false;
  }
}
