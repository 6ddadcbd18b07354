import { statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript next to the bin script, without types
import { runBundle } from '../../bin/run-bundle.js';
import { tempDirFactory } from '../helpers/temp-dir.js';

const tempDir = tempDirFactory('spine-bundle-');

interface Ran {
  filename: string;
  dirname: string;
  joined: string;
  exportsIsModuleExports: boolean;
}

function bundle(): string {
  const file = join(tempDir(), 'bundle.cjs');
  writeFileSync(
    file,
    `globalThis.spineBundleRan = { filename: __filename, dirname: __dirname,
      joined: require('node:path').join('a', 'b'), exportsIsModuleExports: exports === module.exports };`,
  );
  return file;
}

const ran = () => (globalThis as { spineBundleRan?: Ran }).spineBundleRan;

describe('bin/run-bundle.js', () => {
  it('runs a script as a CommonJS module: require, module, __filename and __dirname', () => {
    const file = bundle();
    runBundle(file);
    expect(ran()).toEqual({
      filename: file,
      dirname: join(file, '..'),
      joined: join('a', 'b'),
      exportsIsModuleExports: true,
    });
  });

  it('uses the code cache made from this script, and no other', () => {
    const file = bundle();
    const first = runBundle(file).script;
    expect(first.cachedDataRejected).toBeUndefined();
    const cache = first.createCachedData();
    const { size, mtimeMs } = statSync(file);
    writeFileSync(`${file}.cache`, Buffer.concat([Buffer.from(`${size}:${mtimeMs}\n`), cache]));
    expect(runBundle(file).script.cachedDataRejected).toBe(false);

    // the same length, so V8 alone would take the cache; the script's time tells them apart
    const other = "globalThis.spineBundleRan = { filename: 'other' };";
    writeFileSync(file, other.padEnd(size, ' '));
    utimesSync(file, 1000, 1000);
    expect(runBundle(file).script.cachedDataRejected).toBeUndefined();
    expect(ran()?.filename).toBe('other');
  });

  it('reads a script with non-ASCII text as UTF-8, and an ASCII one to the same strings', () => {
    const text = 'naïve café – “quoted” 😀';
    const file = join(tempDir(), 'text.cjs');
    writeFileSync(file, `module.exports = { text: ${JSON.stringify(text)}, dash: /\\s–\\s/.test('a – b') };`);
    expect(runBundle(file).exports).toEqual({ text, dash: true });
    const escaped = join(tempDir(), 'escaped.cjs');
    // code unit by code unit, as the build writes them (scripts/build-cli.mjs)
    const ascii = JSON.stringify(text).replace(
      /[^\x20-\x7e]/g,
      (u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    writeFileSync(escaped, `module.exports = { text: ${ascii} };`);
    expect(runBundle(escaped).exports).toEqual({ text });
  });
});
