/**
 * The review API with the real pipeline behind it: a folder upload keeps its layout (the Slack
 * export stays an export), OCR runs, the packet is the one `spine prepare` makes, and every input
 * can be downloaded byte for byte.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePrepareUpload } from '../../src/app/review/prepare-upload.js';
import { DIALECTS } from '../helpers/dialects.js';
import { type multipart, type ReviewApp, startReviewApp, uploadAndPrepare } from '../helpers/review-app.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/northwind-order-sync', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe.each(DIALECTS)('the review API preparing real uploads on %s', (dialect) => {
  let svc: ReviewApp;
  const progress: string[] = [];
  const stored: Array<string | null> = [];

  beforeAll(async () => {
    const real = makePrepareUpload({});
    svc = await startReviewApp(dialect, {
      // the real pipeline, also noting what it reported and what the store held when it finished
      prepare: async (files, options) => {
        const result = await real(files, {
          ...options,
          onProgress: (message) => {
            progress.push(message);
            options.onProgress?.(message);
          },
        });
        await new Promise((resolve) => setTimeout(resolve, 100));
        const row = await svc.db
          .selectFrom('packet_versions')
          .select('progress')
          .where('status', '=', 'running')
          .executeTakeFirst();
        stored.push(row?.progress ?? null);
        return result;
      },
    });
  });
  afterAll(async () => svc.close());

  async function upload(parts: Parameters<typeof multipart>[0]) {
    const id = await uploadAndPrepare(svc, parts);
    const { cookie } = await svc.login('support');
    const view = await svc.app.inject({ method: 'GET', url: `/api/packets/${id}`, headers: { cookie } });
    return { id, cookie, view: view.json() };
  }

  it('prepares the example handoff uploaded as a folder, layout and screenshot included', async () => {
    const paths = filesUnder(EXAMPLE);
    const { id, cookie, view } = await upload(
      paths.map((path) => ({
        name: 'files',
        value: new Uint8Array(readFileSync(path)),
        filename: `northwind-order-sync/${relative(EXAMPLE, path)}`,
      })),
    );
    expect(view.jobStatus).toBe('ready');
    expect(view.progress).toBeNull();
    expect(progress).toEqual([
      `Reading ${paths.length} files`,
      'Running OCR on screenshots: 1 of 1 done (northwind-order-sync/connector-error.png)',
    ]);
    expect(stored).toEqual([progress.at(-1)]);
    expect(view.packet.facts.account.value).toMatch(/Larkspur Outfitters/);
    expect(view.headline).toBe(view.packet.facts.problem.value);
    const formats = view.packet.sources.map((s: { format: string }) => s.format);
    expect(formats).toContain('slack-export');
    expect(formats).toContain('png');
    expect(view.packet.evidence.some((e: { id: string }) => /^S\d+:ocr\d+$/.test(e.id))).toBe(true);

    expect(view.inputs).toHaveLength(paths.length);
    for (const path of paths) {
      const bytes = new Uint8Array(readFileSync(path));
      const input = view.inputs.find((i: { sha256: string }) => i.sha256 === sha256(bytes));
      expect(input, relative(EXAMPLE, path)).toBeDefined();
      const download = await svc.app.inject({
        method: 'GET',
        url: `/api/packets/${id}/inputs/${input.sha256}`,
        headers: { cookie },
      });
      expect(download.statusCode).toBe(200);
      expect(sha256(download.rawPayload)).toBe(input.sha256);
    }
  });

  it('keeps an empty file and says so, and prepares the rest of the upload', async () => {
    const { view } = await upload([
      { name: 'files', value: '', filename: 'empty.txt' },
      { name: 'files', value: 'Dana  9:40 AM\nsync is broken again since Tuesday', filename: 'thread.txt' },
    ]);
    expect(view.jobStatus).toBe('ready');
    expect(view.inputs.map((i: { name: string }) => i.name).sort()).toEqual(['empty.txt', 'thread.txt']);
    const empty = view.packet.sources.find((s: { name: string }) => s.name === 'empty.txt');
    expect(empty.status).not.toBe('parsed');
    expect(empty.warnings.join(' ')).toMatch(/empty\.txt/);
    expect(view.packet.evidence.some((e: { text: string }) => e.text.includes('sync is broken'))).toBe(true);
  });

  it('keeps a traversal-named file inside the upload and never writes outside it', async () => {
    const marker = `spine-escape-${randomBytes(6).toString('hex')}.txt`;
    const { view } = await upload([
      {
        name: 'files',
        value: 'Dana  9:40 AM\nsync is broken again since Tuesday',
        filename: `../../../../../../${tmpdir().slice(1)}/${marker}`,
      },
    ]);
    expect(view.jobStatus).toBe('ready');
    expect(view.inputs.map((i: { name: string }) => i.name)).toEqual([`${tmpdir().slice(1)}/${marker}`]);
    expect(existsSync(join(tmpdir(), marker))).toBe(false);
  });
});
