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

/** Every path in the mirror at `rev` (HEAD unless a corpus pins a commit), or every path `under` a folder. */
export function listFiles(gitDir: string, rev = 'HEAD', under?: string): string[] {
  return execFileSync(
    'git',
    ['--git-dir', gitDir, 'ls-tree', '-r', rev, '--name-only', ...(under ? [under] : [])],
    {
      maxBuffer: 1 << 28,
    },
  )
    .toString('utf8')
    .split('\n')
    .filter(Boolean);
}

/** One file's text at `rev`. */
export function readText(gitDir: string, path: string, rev = 'HEAD'): string {
  return execFileSync('git', ['--git-dir', gitDir, 'show', `${rev}:${path}`], {
    maxBuffer: 1 << 28,
  }).toString('utf8');
}

/** Many files' text at `rev` in one `git cat-file --batch` (path → text; a missing path is left out). */
export function readTexts(gitDir: string, paths: readonly string[], rev = 'HEAD'): Map<string, string> {
  const out = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], {
    input: paths.map((p) => `${rev}:${p}\n`).join(''),
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
