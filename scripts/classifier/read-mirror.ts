/** @module Reads files from a `fetch` mirror (a bare git dir under /work/.mirror) without a work tree. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Root of the mirrors; SPINE_MIRROR overrides it. */
export const MIRROR_ROOT = process.env.SPINE_MIRROR ?? '/work/.mirror';

/** The git dir of `owner/name`'s mirror, or a clear error saying how to get it. */
export function mirrorGitDir(repo: string): string {
  const base = join(MIRROR_ROOT, repo.replace('/', '+'), 'repo');
  for (const dir of [join(base, '.git'), base]) if (existsSync(join(dir, 'HEAD'))) return dir;
  throw new Error(`mirror of ${repo} not found under ${MIRROR_ROOT} (fetch github:${repo} first)`);
}

/** Every path in the mirror's HEAD. */
export function listFiles(gitDir: string): string[] {
  return execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', 'HEAD', '--name-only'], {
    maxBuffer: 1 << 28,
  })
    .toString('utf8')
    .split('\n')
    .filter(Boolean);
}

/** One file's text at HEAD. */
export function readText(gitDir: string, path: string): string {
  return execFileSync('git', ['--git-dir', gitDir, 'show', `HEAD:${path}`], { maxBuffer: 1 << 28 }).toString(
    'utf8',
  );
}

/** Many files' text at HEAD in one `git cat-file --batch` (path → text). */
export function readTexts(gitDir: string, paths: readonly string[]): Map<string, string> {
  const out = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], {
    input: paths.map((p) => `HEAD:${p}\n`).join(''),
    maxBuffer: 1 << 30,
  });
  const texts = new Map<string, string>();
  let at = 0;
  for (const path of paths) {
    const eol = out.indexOf(10, at);
    const header = out.subarray(at, eol).toString('utf8');
    const size = Number(header.split(' ')[2]);
    if (header.endsWith('missing') || Number.isNaN(size)) {
      at = eol + 1;
      continue;
    }
    texts.set(path, out.subarray(eol + 1, eol + 1 + size).toString('utf8'));
    at = eol + 1 + size + 1;
  }
  return texts;
}
