// Runs the CLI bundled as one CommonJS script (dist/cli/spine.cjs) with V8's code cache beside it
// (spine.cjs.cache, written by `npm run build` after a sample `spine prepare`): the functions that
// run compiled are read back instead of being parsed and compiled again, which was a third of a
// one-shot command's CPU. V8 ignores a cache made by another Node version or with other V8 flags,
// and the cache names the size and time of the script it was made from (V8 itself checks only the
// length), so a rebuilt script never runs with an old cache; without one it compiles as usual.
import { isAscii } from 'node:buffer';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

const NEWLINE = 0x0a;

function readCache(cacheFile, key) {
  let bytes;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const end = bytes.indexOf(NEWLINE);
  return end > 0 && bytes.subarray(0, end).toString() === key ? bytes.subarray(end + 1) : undefined;
}

/**
 * Runs `file` as Node runs a CommonJS module; returns its exports and its vm.Script. With
 * `writeCache`, saves the script's code cache when the process exits, with all it compiled by then.
 */
export function runBundle(file, { writeCache = false } = {}) {
  const cacheFile = `${file}.cache`;
  const { size, mtimeMs } = statSync(file);
  const key = `${size}:${mtimeMs}`;
  // the build escapes the scripts' non-ASCII characters (scripts/build-cli.mjs): ASCII copied as
  // Latin-1 gives the same string as decoding UTF-8, for half the CPU of Node's UTF-8 decoder
  const bytes = readFileSync(file);
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData: writeCache ? undefined : readCache(cacheFile, key),
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (writeCache) {
    process.once('exit', () => {
      const partial = `${cacheFile}.${process.pid}`;
      writeFileSync(partial, Buffer.concat([Buffer.from(`${key}\n`), script.createCachedData()]));
      renameSync(partial, cacheFile);
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script };
}
