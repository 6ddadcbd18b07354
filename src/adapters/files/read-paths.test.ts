import { createHash } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hostileZip } from '../../../test/helpers/hostile-zip.js';
import { tempDirFactory } from '../../../test/helpers/temp-dir.js';
import { deflatedZeros } from '../../../test/helpers/zip-bomb.js';
import { zipOf } from '../../../test/helpers/zip-of.js';
import { readPaths } from './read-paths.js';

const tempDir = tempDirFactory('spine-files-');
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

function write(root: string, files: Record<string, string | Uint8Array>): string {
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), data);
  }
  return root;
}

describe('readPaths on folders and files', () => {
  it('names files relative to a lone folder, sorted, skipping OS litter', async () => {
    const root = write(tempDir(), {
      'ticket.json': '{"ticket":{}}',
      'slack/general/2026-11-18.json': '[]',
      '.DS_Store': 'junk',
      '__MACOSX/._ticket.json': 'junk',
      'slack/._notes.md': 'junk',
    });
    const { files, rejected, warnings } = await readPaths([root]);
    expect(files.map((f) => f.name)).toEqual(['slack/general/2026-11-18.json', 'ticket.json']);
    expect(text(files[1]?.bytes)).toBe('{"ticket":{}}');
    expect(rejected).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('keeps each of several arguments under its own base name', async () => {
    const root = write(tempDir(), { 'a/notes.md': '- n', 'b/logs/app.log': 'x', 'draft.txt': 'Hi' });
    const { files } = await readPaths([join(root, 'a'), join(root, 'b'), join(root, 'draft.txt')]);
    expect(files.map((f) => f.name)).toEqual(['a/notes.md', 'b/logs/app.log', 'draft.txt']);
  });

  it('keeps two arguments with the same base name apart, with a warning', async () => {
    const root = write(tempDir(), { 'a/notes.md': '- first', 'b/notes.md': '- second' });
    const { files, warnings } = await readPaths([join(root, 'a/notes.md'), join(root, 'b/notes.md')]);
    expect(files.map((f) => [f.name, text(f.bytes)])).toEqual([
      ['notes.md', '- first'],
      ['notes.md (2)', '- second'],
    ]);
    expect(warnings).toEqual([
      'notes.md: another input has the same name; this one is called "notes.md (2)"',
    ]);
  });

  it('does not read a file over the per-file limit but hashes it and says why', async () => {
    const big = 'x'.repeat(3000);
    const root = write(tempDir(), { 'huge.log': big, 'small.txt': 'ok' });
    const { files, rejected } = await readPaths([root], { maxFileBytes: 1000 });
    expect(files.map((f) => f.name)).toEqual(['small.txt']);
    expect(rejected).toEqual([
      {
        name: 'huge.log',
        reason: expect.stringMatching(/larger than the 1000 bytes per-file limit/),
        sha256: sha(big),
      },
    ]);
  });

  it('stops at the file-count and total-size limits with one warning each', async () => {
    const root = write(tempDir(), { 'a.txt': '12345', 'b.txt': '12345', 'c.txt': '12345' });
    const byCount = await readPaths([root], { maxFiles: 2 });
    expect(byCount.files).toHaveLength(2);
    expect(byCount.warnings).toEqual(['handoff: more than 2 files; 1 file(s) were not read']);
    const byTotal = await readPaths([root], { maxTotalBytes: 12 });
    expect(byTotal.files.map((f) => f.name)).toEqual(['a.txt', 'b.txt']);
    expect(byTotal.warnings[0]).toMatch(/over the 12 bytes total limit; 1 file\(s\) were not read/);
  });

  it('does not follow symbolic links', async () => {
    const root = write(tempDir(), { 'real.txt': 'r' });
    symlinkSync('/etc/passwd', join(root, 'passwd'));
    const { files, rejected } = await readPaths([root]);
    expect(files.map((f) => f.name)).toEqual(['real.txt']);
    expect(rejected).toEqual([{ name: 'passwd', reason: 'symbolic link; not followed' }]);
  });

  it('throws a not-found error naming a missing path', async () => {
    await expect(readPaths(['/no/such/handoff'])).rejects.toMatchObject({
      code: 'SPINE_ERR_INTAKE_NOT_FOUND',
      detail: '/no/such/handoff',
    });
  });
});

describe('readPaths on zip archives', () => {
  it('treats a lone zip as the root and unpacks a zip inside a folder into a folder of its name', async () => {
    const zip = await zipOf([
      { name: 'users.json', data: '[]', method: 'deflate' },
      { name: 'general/', data: '' },
      { name: 'general/2026-11-18.json', data: '[{"type":"message"}]', method: 'deflate' },
      { name: '__MACOSX/general/._2026-11-18.json', data: 'junk' },
    ]);
    const root = write(tempDir(), { 'export.zip': zip, 'folder/slack.zip': zip, 'folder/notes.md': '- a' });
    const lone = await readPaths([join(root, 'export.zip')]);
    expect(lone.files.map((f) => f.name)).toEqual(['general/2026-11-18.json', 'users.json']);
    expect(text(lone.files[0]?.bytes)).toBe('[{"type":"message"}]');
    const inFolder = await readPaths([join(root, 'folder')]);
    expect(inFolder.files.map((f) => f.name)).toEqual([
      'notes.md',
      'slack/general/2026-11-18.json',
      'slack/users.json',
    ]);
  });

  it.each([
    ['../../evil.txt', /unsafe path/],
    ['/etc/cron.d/evil', /unsafe path/],
    ['dir/../../evil.txt', /unsafe path/],
  ])('refuses the traversal entry %s and still reads its siblings', async (name, reason) => {
    const root = write(tempDir(), {
      'h.zip': hostileZip([
        { name, data: 'pwned' },
        { name: 'ok.txt', data: 'fine' },
      ]),
    });
    const { files, rejected } = await readPaths([join(root, 'h.zip')]);
    expect(files.map((f) => f.name)).toEqual(['ok.txt']);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.name).toBe(name);
    expect(rejected[0]?.reason).toMatch(reason);
  });

  it('refuses symlink entries', async () => {
    const root = write(tempDir(), {
      'h.zip': await zipOf([{ name: 'link', data: '/etc/shadow', mode: 0o120777 }]),
    });
    const { files, rejected } = await readPaths([join(root, 'h.zip')]);
    expect(files).toEqual([]);
    expect(rejected).toEqual([{ name: 'link', reason: 'symbolic link in archive; not followed' }]);
  });

  it('refuses a 200 MB zip bomb without inflating it', async () => {
    const zeros = await deflatedZeros(200);
    expect(zeros.bytes.length).toBeLessThan(400_000);
    const root = write(tempDir(), {
      'bomb.zip': hostileZip([
        { name: 'zeros.bin', precompressed: zeros },
        { name: 'readme.txt', data: 'hello' },
      ]),
    });
    const before = process.memoryUsage().rss;
    const { files, rejected } = await readPaths([join(root, 'bomb.zip')], {
      maxFileBytes: 500 * 1024 * 1024,
    });
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    expect(files.map((f) => f.name)).toEqual(['readme.txt']);
    expect(rejected[0]).toMatchObject({ name: 'zeros.bin', reason: expect.stringMatching(/zip bomb/) });
  });

  it('refuses an entry whose declared size is over the per-file limit', async () => {
    const root = write(tempDir(), { 'h.zip': await zipOf([{ name: 'big.log', data: 'y'.repeat(5000) }]) });
    const { rejected } = await readPaths([join(root, 'h.zip')], { maxFileBytes: 4000 });
    expect(rejected[0]?.reason).toMatch(/per-file limit/);
  });

  it('refuses an entry that inflates past the size its header declares', async () => {
    const real = new TextEncoder().encode('z'.repeat(100_000));
    const lying = { bytes: new Uint8Array(deflateRawSync(real)), size: 100, crc: crc32(real) };
    const root = write(tempDir(), {
      'h.zip': hostileZip([
        { name: 'small.txt', precompressed: lying },
        { name: 'ok.txt', data: 'fine' },
      ]),
    });
    const { files, rejected } = await readPaths([join(root, 'h.zip')]);
    expect(files.map((f) => f.name)).toEqual(['ok.txt']);
    expect(rejected[0]).toMatchObject({
      name: 'small.txt',
      reason: expect.stringMatching(/^unreadable archive entry/),
    });
  });

  it('names a truncated zip and still reads the other files', async () => {
    const zip = await zipOf([{ name: 'a.txt', data: 'a'.repeat(200), method: 'deflate' }]);
    const root = write(tempDir(), { 'cut.zip': zip.slice(0, Math.floor(zip.length / 2)), 'notes.md': '- n' });
    const { files, rejected, warnings } = await readPaths([root]);
    expect(files.map((f) => f.name)).toEqual(['notes.md']);
    const named = [...rejected.map((r) => `${r.name}: ${r.reason}`), ...warnings];
    expect(named.some((line) => /^cut\.zip: corrupt or truncated zip/.test(line))).toBe(true);
  });

  it('unpacks a nested zip one level deep and refuses the next level', async () => {
    const deepest = await zipOf([{ name: 'x.txt', data: 'x' }]);
    const inner = await zipOf([
      { name: 'inner.txt', data: 'inner' },
      { name: 'deeper.zip', data: deepest },
    ]);
    const root = write(tempDir(), { 'outer.zip': await zipOf([{ name: 'logs/inner.zip', data: inner }]) });
    const { files, rejected } = await readPaths([join(root, 'outer.zip')]);
    expect(files.map((f) => f.name)).toEqual(['logs/inner/inner.txt']);
    expect(rejected).toEqual([
      { name: 'logs/inner/deeper.zip', reason: 'zip nested more than one level deep; not extracted' },
    ]);
  });
});
