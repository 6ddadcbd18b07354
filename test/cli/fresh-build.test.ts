import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript next to the bin script, without types
import { builtIsFresh } from '../../bin/fresh-build.js';
import { tempDirFactory } from '../helpers/temp-dir.js';

const tempDir = tempDirFactory('spine-fresh-');

function tree(times: { source: number; test: number; built?: number }): string {
  const root = tempDir();
  mkdirSync(join(root, 'src/core'), { recursive: true });
  writeFileSync(join(root, 'src/core/a.ts'), 'export {}');
  writeFileSync(join(root, 'src/core/a.test.ts'), 'export {}');
  utimesSync(join(root, 'src/core/a.ts'), times.source, times.source);
  utimesSync(join(root, 'src/core/a.test.ts'), times.test, times.test);
  if (times.built !== undefined) {
    mkdirSync(join(root, 'dist/cli'), { recursive: true });
    writeFileSync(join(root, 'dist/cli/main.js'), '');
    utimesSync(join(root, 'dist/cli/main.js'), times.built, times.built);
  }
  return root;
}

describe('bin/spine.js: compiled dist/ or the sources', () => {
  it('runs dist/ when it is at least as new as every source file', () => {
    expect(builtIsFresh(tree({ source: 1000, test: 1000, built: 2000 }))).toBe(true);
  });

  it('falls back to the sources when one was edited after the build', () => {
    expect(builtIsFresh(tree({ source: 3000, test: 1000, built: 2000 }))).toBe(false);
  });

  it('ignores test files, which the build does not compile', () => {
    expect(builtIsFresh(tree({ source: 1000, test: 3000, built: 2000 }))).toBe(true);
  });

  it('falls back to the sources when a CommonJS module beside them was edited after the build', () => {
    const root = tree({ source: 1000, test: 1000, built: 2000 });
    mkdirSync(join(root, 'src/core/deeper'), { recursive: true });
    writeFileSync(join(root, 'src/core/deeper/b.cjs'), 'module.exports = 1;');
    utimesSync(join(root, 'src/core/deeper/b.cjs'), 3000, 3000);
    expect(builtIsFresh(root)).toBe(false);
  });

  it('looks into nested folders', () => {
    const root = tree({ source: 1000, test: 1000, built: 2000 });
    mkdirSync(join(root, 'src/core/deeper/still'), { recursive: true });
    writeFileSync(join(root, 'src/core/deeper/still/c.ts'), 'export {}');
    utimesSync(join(root, 'src/core/deeper/still/c.ts'), 3000, 3000);
    expect(builtIsFresh(root)).toBe(false);
  });

  it('falls back to the sources when there is no build', () => {
    expect(builtIsFresh(tree({ source: 1000, test: 1000 }))).toBe(false);
  });
});
