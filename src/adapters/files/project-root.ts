/**
 * @module The folder Spine is installed in (the one holding its package.json), found by walking up
 * from this module. Sources run from `src/…` and the bundled CLI from `dist/cli/`, so a fixed
 * number of `../` would be right for one of them only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'spine') return dir;
      } catch {
        // an unreadable package.json further down is not ours: keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Spine's package.json not found above ${start}`);
    dir = parent;
  }
}

let root: string | undefined;

/** An absolute path inside the installed Spine folder: `projectPath('policies', 'default.policy.yaml')`. */
export function projectPath(...parts: string[]): string {
  root ??= findRoot(dirname(fileURLToPath(import.meta.url)));
  return join(root, ...parts);
}
