import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDirFactory } from '../helpers/temp-dir.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const samples = resolve(repoRoot, '../shared/formats/samples');
const tempDir = tempDirFactory('spine-cli-intake-');

function spine(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [join(repoRoot, 'bin/spine.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A handoff as people really send it: good exports next to broken and empty files. */
function messyHandoff(): string {
  const dir = tempDir();
  copyFileSync(join(samples, 'acme-zendesk-ticket-48219.json'), join(dir, 'ticket-48219.json'));
  copyFileSync(join(samples, 'sync-status.png'), join(dir, 'sync-status.png'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'core.dump'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 3, 0]));
  writeFileSync(
    join(dir, 'latin1-notes.txt'),
    Buffer.concat([
      Buffer.from('Kunde meldet: Synchronisation f'),
      Buffer.from([0xfc]),
      Buffer.from('r alle Filialen tot\n'),
    ]),
  );
  writeFileSync(
    join(dir, 'intercom-export.json'),
    '{"type": "conversation", "id": "1911", "conversation_parts": [',
  );
  const png = readFileSync(join(samples, 'sync-status.png'));
  writeFileSync(join(dir, 'dialog.png'), Buffer.concat([png.subarray(0, 40), Buffer.alloc(500, 0x41)]));
  return dir;
}

describe('spine intake', () => {
  it('reads the good files, names every bad one with its reason, and exits 1', () => {
    const dir = messyHandoff();
    const { code, stdout, stderr } = spine(['intake', dir], {
      SPINE_OCR_CACHE: join(dir, '..', 'ocr-cache'),
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(/ticket-48219\.json +ticket\/\S+ +\d+ item\(s\) +parsed/);
    expect(stdout).toMatch(/sync-status\.png +screenshot\/png +\d+ item\(s\) +parsed/);
    expect(stdout).toContain('empty.txt: unknown format (empty)');
    expect(stdout).toContain('core.dump: unknown format (binary content)');
    // decoded in the encoding its bytes are in, and said
    expect(stdout).toMatch(
      /latin1-notes\.txt: not UTF-8: read as (?:windows-1252|ISO-8859-\d+) \(detected from its bytes\)/,
    );
    expect(stdout).toContain('Synchronisation für alle Filialen tot');
    expect(stdout).toMatch(/intercom-export\.json: .*(JSON|json)/);
    expect(stdout).toMatch(/dialog\.png: OCR failed: the image could not be read/);
    expect(stdout).toMatch(/S\d+:ocr\d+ +- +\(unknown, internal\) +.*ERR_BRIDGE_413/);
    expect(stdout).toMatch(/^7 source\(s\): .*warning\(s\)$/m);
    expect(stderr).toContain('OCR 2/2');
  }, 120_000);

  it('prints {sources, evidence, warnings} with --json and exits 0 when everything parsed', () => {
    const dir = tempDir();
    copyFileSync(join(samples, 'acme-zendesk-ticket-48219.json'), join(dir, 'ticket.json'));
    const { code, stdout } = spine(['intake', '--json', dir]);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as {
      sources: { id: string; status: string }[];
      evidence: { id: string }[];
      warnings: string[];
    };
    expect(Object.keys(parsed)).toEqual(['sources', 'evidence', 'warnings']);
    expect(parsed.sources).toMatchObject([{ id: 'S1', status: 'parsed' }]);
    expect(parsed.evidence.length).toBeGreaterThan(0);
    expect(parsed.evidence.every((item) => item.id.startsWith('S1:'))).toBe(true);
  }, 60_000);

  it('skips a file over --max-file-mb without failing the run', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.log'), `${'2026-11-18T09:12:00Z ERROR bridge timeout\n'.repeat(30_000)}`);
    const { code, stdout } = spine(['intake', '--max-file-mb', '1', dir]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/big\.log: larger than the 1 MB per-file limit/);
  }, 60_000);

  it.each([
    [['intake', '/no/such/handoff'], /\/no\/such\/handoff/],
    [['intake', '--max-total-mb', 'lots', '.'], /--max-total-mb must be a positive number/],
  ])(
    'exits 2 with a clear message for %j',
    (args, message) => {
      const { code, stderr } = spine(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
    },
    60_000,
  );
});
