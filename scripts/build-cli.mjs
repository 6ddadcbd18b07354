// Bundles the CLI into dist/cli/ with esbuild: one chunk per command plus shared chunks, so a
// command loads a handful of files instead of ~800 modules (most of `spine prepare`'s start-up
// was module resolution). Native addons and packages that locate files beside themselves at run
// time stay external and load from node_modules.
import { readFile, rm } from 'node:fs/promises';
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

// A large JSON file (the classifier models) imported as an object literal costs V8 a full JavaScript
// parse at start-up; JSON.parse over one string literal is several times faster.
const jsonAsParse = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /[/]src[/].*\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (text.length < 100_000) return undefined;
      return {
        contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`,
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
  plugins: [jsonAsParse],
  logLevel: 'warning',
});
