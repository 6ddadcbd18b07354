/** @module Handoffs as the zip a person would drop on the page: the bundled example, generated chat. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { writeSlackExport } from '../../../bench/generate-handoffs.js';
import { zipOf } from '../../helpers/zip-of.js';
import { REPO_ROOT } from './ensure-web-build.js';

export const EXAMPLE_DIR = join(REPO_ROOT, 'examples/northwind-order-sync');

/** Zips a folder (entries named relative to it) into a new temp file; returns its path. */
export async function zipFolder(dir: string, name: string): Promise<string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((file) => ({
      name: relative(dir, file),
      data: new Uint8Array(readFileSync(file)),
      method: 'deflate' as const,
    }));
  const out = join(mkdtempSync(join(tmpdir(), 'spine-web-zip-')), name);
  writeFileSync(out, await zipOf(entries));
  return out;
}

/** A zipped Slack export with `messages` messages: one evidence item each. */
export async function slackExportZip(messages: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'spine-web-slack-'));
  writeSlackExport(join(dir, 'slack-export'), messages);
  return zipFolder(join(dir, 'slack-export'), `slack-${messages}.zip`);
}
