import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeCaseDir, zipCase } from './write-case.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'feedback-write-case-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('writeCaseDir', () => {
  it('writes nested handoff files and the gold under a new folder', async () => {
    const out = join(tempDir(), 'case');
    await writeCaseDir(out, [
      { path: 'handoff/slack/general/2026-11-18.json', bytes: bytes('[]') },
      { path: 'expected.json', bytes: bytes('{}') },
    ]);
    expect(readFileSync(join(out, 'handoff/slack/general/2026-11-18.json'), 'utf8')).toBe('[]');
    expect(readFileSync(join(out, 'expected.json'), 'utf8')).toBe('{}');
  });

  it.each(['handoff/../../escape.txt', '/tmp/escape.txt', 'handoff\\..\\escape.txt'])(
    'refuses %s and writes nothing outside the folder',
    async (path) => {
      const parent = tempDir();
      const out = join(parent, 'case');
      await expect(writeCaseDir(out, [{ path, bytes: bytes('x') }])).rejects.toThrow(
        /refus|absolute|backslash|"\.\."/,
      );
      expect(existsSync(join(parent, 'escape.txt'))).toBe(false);
    },
  );

  it('refuses a folder that already holds something', async () => {
    const out = join(tempDir(), 'case');
    mkdirSync(out);
    writeFileSync(join(out, 'old.txt'), 'x');
    await expect(writeCaseDir(out, [{ path: 'expected.json', bytes: bytes('{}') }])).rejects.toThrow(
      /is not empty/,
    );
  });
});

describe('zipCase', () => {
  it('gives the same bytes for the same case', async () => {
    const files = [{ path: 'handoff/notes.md', bytes: bytes('notes') }];
    const at = new Date('2026-11-18T12:00:00Z');
    expect((await zipCase(files, at)).equals(await zipCase(files, at))).toBe(true);
  });

  it('refuses an entry that would unpack outside the case', async () => {
    await expect(zipCase([{ path: '../x', bytes: bytes('x') }], new Date())).rejects.toThrow(/"\.\."/);
  });
});
