/**
 * @module Builds web/dist when it is missing or older than its sources, so browser tests always
 * run the page as the sources say. Staleness is a content hash, not a file time (checkouts reset those).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const WEB = join(REPO_ROOT, 'web');
const STAMP = join(WEB, 'dist', '.source-hash');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A hash of everything that goes into the build: web sources, the core types they import, the lock file. */
export function webSourceHash(): string {
  const files = [
    ...listFiles(join(WEB, 'src')),
    join(WEB, 'index.html'),
    join(WEB, 'vite.config.ts'),
    // the page imports the review rules and shapes from here (roles, views, send blockers …)
    ...listFiles(join(REPO_ROOT, 'src/core/review')).filter((file) => !file.endsWith('.test.ts')),
    join(REPO_ROOT, 'package-lock.json'),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(REPO_ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Runs `npm run build:web` unless web/dist was built from exactly these sources. Returns whether it built. */
export function ensureWebBuild(): boolean {
  const hash = webSourceHash();
  const fresh =
    existsSync(join(WEB, 'dist', 'index.html')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash;
  if (fresh) return false;
  execFileSync(
    process.execPath,
    [join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(WEB, 'vite.config.ts')],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'inherit',
      timeout: 300_000,
    },
  );
  writeFileSync(STAMP, hash);
  return true;
}
