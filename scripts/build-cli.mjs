// Bundles the CLI into dist/cli/ with esbuild: one chunk per command plus shared chunks, so a
// command loads a handful of files instead of ~800 modules (most of `spine prepare`'s start-up
// was module resolution). Native addons and packages that locate files beside themselves at run
// time stay external and load from node_modules.
import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const EXTERNAL = [
  'better-sqlite3', // native addon
  'argon2', // native addon
  'tesseract.js', // starts worker scripts by path
  '@tesseract.js-data/eng', // language data read by path
  'pg-native', // optional peer of pg, absent
  'playwright-core', // tests only
  '@napi-rs/canvas', // tests only
];

// A large JSON file (the classifier models, wink's language model) imported as an object literal
// costs V8 a full JavaScript parse at start-up, even inside a function not yet called; JSON.parse
// over one string literal is several times faster. The string is the file minified, or as it is
// when minifying would change a value (-0 becomes 0), so the values are the file's own.
function jsonText(text) {
  let negativeZero = false;
  const value = JSON.parse(text, (_key, v) => {
    if (Object.is(v, -0)) negativeZero = true;
    return v;
  });
  return negativeZero ? text : JSON.stringify(value);
}

const jsonAsParse = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (text.length < 100_000) return undefined;
      return { contents: `module.exports = JSON.parse(${JSON.stringify(jsonText(text))});`, loader: 'js' };
    });
  },
};

// wink-eng-lite-web-model deep-copies its 3 MB core model (JSON.parse(JSON.stringify(model))) each
// time a pipeline is made, so that pipelines never share the lists they grow. Parsing the file's
// minified text gives that same fresh copy without first building the object it is copied from.
// The patch must apply exactly, or the build stops.
const WINK_CORE_REQUIRE = 'const originalModel=require("./languages/cur/models/eng-core-web-model.json")';
const WINK_CORE_COPY = 'JSON.parse(JSON.stringify(originalModel))';
const winkCoreModelCopy = {
  name: 'wink-core-model-copy',
  setup(b) {
    b.onLoad({ filter: /wink-eng-lite-web-model[\\/]dist[\\/]read-core-model\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (source.split(WINK_CORE_REQUIRE).length !== 2 || source.split(WINK_CORE_COPY).length !== 2) {
        throw new Error(
          `${args.path} changed: review the wink-core-model-copy patch in scripts/build-cli.mjs`,
        );
      }
      const modelPath = join(dirname(args.path), 'languages/cur/models/eng-core-web-model.json');
      const copied = JSON.stringify(JSON.parse(await readFile(modelPath, 'utf8')));
      return {
        contents: source
          .replace(WINK_CORE_REQUIRE, `const originalModelText=${JSON.stringify(copied)}`)
          .replace(WINK_CORE_COPY, 'JSON.parse(originalModelText)'),
        loader: 'js',
      };
    });
  },
};

await rm('dist', { recursive: true, force: true });
await build({
  // the prepare thread is started by path (new URL('./prepare-thread.js', import.meta.url)) from a
  // chunk, so it and every chunk sit together in dist/cli/
  entryPoints: ['src/cli/main.ts', 'src/app/review/prepare-thread.ts'],
  entryNames: '[name]',
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // bundled CommonJS packages call require(); give every ESM chunk one
  banner: {
    js: "import { createRequire as __spineRequire } from 'node:module'; const require = __spineRequire(import.meta.url);",
  },
  chunkNames: '[name]-[hash]',
  plugins: [winkCoreModelCopy, jsonAsParse],
  logLevel: 'warning',
});
