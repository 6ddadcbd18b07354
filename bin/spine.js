#!/usr/bin/env node
// Runs the CLI: the bundled dist/ when it is at least as new as every source file (`npm ci` and
// `npm run build` make it; run-bundle.js runs it with its code cache), else — in a development
// checkout, where tsx is installed — the TypeScript sources, so an edited checkout needs no build step. Either way it runs in this same
// process, so signals (Ctrl-C, a supervisor's SIGTERM) reach the command.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { builtIsFresh } from './fresh-build.js';
import { runBundle } from './run-bundle.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// A command that runs once and exits spends a tenth of its CPU having V8 optimise functions that
// run only a few hundred times; a larger interrupt budget (V8's default 67,584) leaves those to the
// baseline tiers while the truly hot ones are still optimised. Paired whole-process runs: text-only
// `spine prepare` A/B 0.94, a 5,000-message export 0.93. The long-running service keeps V8's
// default. Set after the command's script is compiled: V8 accepts a code cache only under the
// flags it was made with, so the cache-writing run of the build leaves it alone.
const ONE_SHOT_INTERRUPT_BUDGET = '--interrupt-budget=1000000';
const LONG_RUNNING = new Set(['serve', 'worker']);

if (process.env.SPINE_FROM_SOURCE !== '1' && builtIsFresh(root)) {
  const cli = join(root, 'dist/cli');
  if (existsSync(join(cli, 'spine.cjs'))) {
    const writeCache = process.env.SPINE_WRITE_CODE_CACHE === '1';
    // spine.cjs loads a command's own script only when that command runs
    globalThis.spineLoadCommand = (name) => {
      const { exports } = runBundle(join(cli, `command-${name}.cjs`), { writeCache });
      if (!writeCache && !LONG_RUNNING.has(name)) setFlagsFromString(ONE_SHOT_INTERRUPT_BUDGET);
      return exports;
    };
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
