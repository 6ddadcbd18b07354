#!/usr/bin/env node
// Runs the CLI: the bundled dist/ when it is at least as new as every source file (`npm ci` and
// `npm run build` make it; run-bundle.js runs it with its code cache), else — in a development
// checkout, where tsx is installed — the TypeScript sources, so an edited checkout needs no build step. Either way it runs in this same
// process, so signals (Ctrl-C, a supervisor's SIGTERM) reach the command.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtIsFresh } from './fresh-build.js';
import { runBundle } from './run-bundle.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

if (process.env.SPINE_FROM_SOURCE !== '1' && builtIsFresh(root)) {
  const cli = join(root, 'dist/cli');
  if (existsSync(join(cli, 'spine.cjs'))) {
    const writeCache = process.env.SPINE_WRITE_CODE_CACHE === '1';
    // spine.cjs loads a command's own script only when that command runs
    globalThis.spineLoadCommand = (name) =>
      runBundle(join(cli, `command-${name}.cjs`), { writeCache }).exports;
    runBundle(join(cli, 'spine.cjs'), { writeCache });
  } else {
    await import(pathToFileURL(join(cli, 'main.js')).href);
  }
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write(
      'spine: dist/ is missing or older than src/, and tsx (a development dependency) is not installed.\n' +
        'Build it with `npm run build` in ' +
        root +
        ', or install the development dependencies with `npm ci`.\n',
    );
    process.exit(2);
  }
  register();
  await import('../src/cli/main.ts');
}
