import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirFactory } from '../../test/helpers/temp-dir.js';
import { inputBytes } from './tune-regexps-for-handoff.js';

const tempDir = tempDirFactory('spine-input-bytes-');

function handoff(files: Record<string, number>): string {
  const dir = tempDir();
  for (const [name, size] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, 'x'.repeat(size));
  }
  return dir;
}

describe('inputBytes', () => {
  it('adds the files of folders and the files named, without screenshots', () => {
    const dir = handoff({ 'notes.md': 300, 'slack/day.json': 1_200, 'shot.PNG': 50_000, 'log.txt': 40 });
    expect(inputBytes([dir], 1_000_000)).toBe(1_540);
    expect(inputBytes([join(dir, 'notes.md'), join(dir, 'log.txt')], 1_000_000)).toBe(340);
  });

  it('stops counting once past the limit, and skips a path that is not there', () => {
    const dir = handoff({ 'a.txt': 600, 'b.txt': 600, 'c.txt': 600 });
    const counted = inputBytes([dir], 1_000);
    expect(counted).toBeGreaterThan(1_000);
    expect(counted).toBeLessThan(1_800);
    expect(inputBytes([join(dir, 'missing'), join(dir, 'a.txt')], 1_000)).toBe(600);
  });
});
