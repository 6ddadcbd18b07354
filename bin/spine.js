#!/usr/bin/env node
// Runs the CLI: the compiled dist/ when it is at least as new as every source file (`npm ci` builds
// it), else the TypeScript sources through tsx — so an edited checkout needs no build step. Either
// way it runs in this same process, so signals (Ctrl-C, a supervisor's SIGTERM) reach the command.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtIsFresh } from './fresh-build.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

if (process.env.SPINE_FROM_SOURCE !== '1' && builtIsFresh(root)) {
  await import(pathToFileURL(join(root, 'dist/cli/main.js')).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
