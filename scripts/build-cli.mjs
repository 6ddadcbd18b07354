// Bundles the CLI into dist/cli/ with esbuild, twice: as ES modules (one chunk per command plus
// shared chunks; the service's prepare thread runs from these) and as one CommonJS script,
// spine.cjs, which bin/spine.js runs with a V8 code cache written here after a sample prepare.
// Either way a command loads a handful of files instead of ~800 modules. Native addons and
// packages that locate files beside themselves at run time stay external and load from node_modules.
import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { build, transformSync } from 'esbuild';

const EXTERNAL = [
  'better-sqlite3', // native addon
  'argon2', // native addon
  'tesseract.js', // starts worker scripts by path
  '@tesseract.js-data/eng', // language data read by path
  'pg-native', // optional peer of pg, absent
  'playwright-core', // tests only
  '@napi-rs/canvas', // tests only
];

// A large JSON file (the classifier models, wink's language models) is not put in the bundle as an
// object literal, which V8 parses as JavaScript at start-up (even inside a function not yet called),
// nor as a string, which the code cache would carry again: it goes to dist/cli/data/ and is read
// and parsed with JSON.parse when first required. The file is minified unless that would change a
// value (-0 becomes 0), so the values are the file's own.
const DATA_DIR = 'dist/cli/data';

function jsonText(text) {
  let negativeZero = false;
  const value = JSON.parse(text, (_key, v) => {
    if (Object.is(v, -0)) negativeZero = true;
    return v;
  });
  return negativeZero ? text : JSON.stringify(value);
}

async function dataFile(path, text) {
  const name = `${basename(path, '.json')}-${createHash('sha256').update(text).digest('hex').slice(0, 8)}.json`;
  await mkdir(DATA_DIR, { recursive: true });
  await writeFile(join(DATA_DIR, name), text);
  // ASCII read as Latin-1 is the same string, for a third less CPU than Node's UTF-8 decoding
  const encoding = isAscii(Buffer.from(text)) ? 'latin1' : 'utf8';
  return `require('node:fs').readFileSync(new URL(${JSON.stringify(name)}, __spineDataUrl), '${encoding}')`;
}

// bytes as they are (binary data), beside the JSON files; the name to read them by
async function rawDataFile(stem, ext, bytes) {
  const name = `${stem}-${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}.${ext}`;
  await mkdir(DATA_DIR, { recursive: true });
  await writeFile(join(DATA_DIR, name), bytes);
  return name;
}

// The two large report classifiers (security, issue-kind: 40,000 features each) are used for a few
// hundred lookups per prepare, but parsing their weights builds a 40,000-key object at every start.
// They ship as their features sorted and their weights in one flat array instead, read in place by
// src/core/classify/sorted-weights.ts; the build keeps the plain JSON for a model whose weights would
// not survive the conversion exactly (a -0, a ragged row).
const SORTED_WEIGHT_MODELS = /src[\\/]core[\\/]classify[\\/]models[\\/](?:security|issue-kind)\.json$/;
const SORTED_WEIGHTS_MODULE = join(process.cwd(), 'src/core/classify/sorted-weights.ts');

// the module itself (it imports nothing), to check the build's output with the code that reads it
let sortedWeightsLoaded;
function sortedWeightsCode() {
  sortedWeightsLoaded ??= readFile(SORTED_WEIGHTS_MODULE, 'utf8').then((ts) => {
    const { code } = transformSync(ts, { loader: 'ts', format: 'esm' });
    return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  });
  return sortedWeightsLoaded;
}

async function sortedWeightsModel(path, text) {
  const model = JSON.parse(text);
  const stride = model.labels.length;
  const keys = Object.keys(model.weights).sort();
  const flat = keys.flatMap((k) => model.weights[k]);
  const exact =
    keys.every((k) => Array.isArray(model.weights[k]) && model.weights[k].length === stride) &&
    flat.every((x) => typeof x === 'number' && !Object.is(x, -0)) &&
    JSON.stringify(JSON.parse(JSON.stringify(flat))) === JSON.stringify(flat);
  if (!exact) return undefined;
  const name = basename(path, '.json');
  const meta = await dataFile(`${name}.json`, JSON.stringify({ ...model, weights: null }));
  // the features one a line, searched in place (keysOfLines), not parsed into 40,000 strings: the
  // text as UTF-16 (a few non-ASCII features make it a two-byte string, which Node copies from
  // UTF-16LE bytes but must decode from UTF-8) and where each line starts, only if the two give
  // every feature back at its row
  const lines = keys.join('\n');
  const { keysOfLines, lineStarts } = await sortedWeightsCode();
  const starts = Uint32Array.from(lineStarts(lines));
  const read = keysOfLines(lines, starts);
  if (read.length !== keys.length || !keys.every((k, i) => read.at(i) === k)) return undefined;
  if (JSON.stringify(read.all()) !== JSON.stringify(keys)) return undefined;
  const linesBytes = Buffer.from(lines, 'utf16le');
  if (linesBytes.toString('utf16le') !== lines) return undefined;
  const linesFile = await rawDataFile(`${name}-features`, 'utf16', linesBytes);
  const startsFile = await rawDataFile(`${name}-feature-starts`, 'u32', Buffer.from(starts.buffer));
  const keysText = `keysOfLines(require('node:fs').readFileSync(new URL(${JSON.stringify(linesFile)}, __spineDataUrl), 'utf16le'), (b => new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)))(require('node:fs').readFileSync(new URL(${JSON.stringify(startsFile)}, __spineDataUrl))))`;
  // the weights as the doubles they parse to (this machine's byte order: dist/ is built where it
  // runs), read, not parsed from 0.6 MB of decimal text
  const doubles = Float64Array.from(flat);
  if (!flat.every((x, i) => Object.is(x, doubles[i]))) return undefined;
  const flatFile = await rawDataFile(`${name}-weights`, 'f64', Buffer.from(doubles.buffer));
  return [
    `const { keysOfLines, sortedWeights } = require(${JSON.stringify(SORTED_WEIGHTS_MODULE)});`,
    `const model = JSON.parse(${meta});`,
    `const bytes = require('node:fs').readFileSync(new URL(${JSON.stringify(flatFile)}, __spineDataUrl));`,
    'const flat = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));',
    `model.weights = sortedWeights(${keysText}, flat, ${stride});`,
    'module.exports = model;',
  ].join('\n');
}

const jsonAsData = {
  name: 'json-as-data',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (SORTED_WEIGHT_MODELS.test(args.path)) {
        const contents = await sortedWeightsModel(args.path, text);
        if (contents) return { contents, loader: 'js', resolveDir: dirname(args.path) };
      }
      if (text.length < 100_000) return undefined;
      return {
        contents: `module.exports = JSON.parse(${await dataFile(args.path, jsonText(text))});`,
        loader: 'js',
      };
    });
  },
};

// wink-eng-lite-web-model deep-copies its 3 MB core model (JSON.parse(JSON.stringify(model))) each
// time a pipeline is made, so that pipelines never share the lists they grow, then decodes the
// model's two base64 arrays one character at a time (atob, then charCodeAt). The built CLI makes the
// same fresh model from data/ instead: the JSON without those arrays, parsed, and the arrays as their
// bytes (read, not decoded). The lexeme list stays JSON: V8 internalizes the short strings JSON.parse
// makes, which the lexeme hash built next needs (a list split from one text made that hash slower by
// more than the parse saved). The build checks that the parts give back the shipped model exactly;
// the patch must apply exactly, or the build stops.
const WINK_CORE_REQUIRE = 'const originalModel=require("./languages/cur/models/eng-core-web-model.json")';
const WINK_CORE_COPY = 'JSON.parse(JSON.stringify(originalModel))';
const WINK_BASE64 = /bufferFromBase64=function\(data\)\{.*?return bytes\.buffer\}/s;
// the arrays arrive as Buffers: a fresh ArrayBuffer of their bytes, as decoding gave
const WINK_BUFFER_COPY =
  'bufferFromBase64=function(b){return b.buffer.slice(b.byteOffset,b.byteOffset+b.byteLength)}';
function sameBytesDecoded(model, original) {
  const decodeAsShipped = new Function(`var ${original}; return bufferFromBase64;`)();
  for (const key of ['lexicon', 'xpansions']) {
    const a = Buffer.from(decodeAsShipped(model[key]));
    if (!a.equals(Buffer.from(model[key], 'base64')))
      throw new Error(`wink model ${key}: Buffer's base64 decoding differs from atob's`);
  }
}

async function winkModelParts(copied) {
  const model = JSON.parse(copied);
  const lexicon = Buffer.from(model.lexicon, 'base64');
  const xpansions = Buffer.from(model.xpansions, 'base64');
  model.lexicon = null;
  model.xpansions = null;
  const slim = JSON.stringify(model);
  // what the built CLI will make, checked against the model as shipped
  const remade = JSON.parse(slim);
  remade.lexicon = lexicon.toString('base64');
  remade.xpansions = xpansions.toString('base64');
  if (JSON.stringify(remade) !== copied) throw new Error('wink core model: its parts do not give it back');
  const bytes = async (stem, data) =>
    `require("node:fs").readFileSync(new URL(${JSON.stringify(await rawDataFile(stem, 'bin', data))}, __spineDataUrl))`;
  return [
    `const originalModelText=${await dataFile('eng-core-web-model.json', slim)}`,
    `lexiconBytes=${await bytes('eng-core-web-lexicon', lexicon)}`,
    `xpansionBytes=${await bytes('eng-core-web-xpansions', xpansions)}`,
    'freshModel=function(){const m=JSON.parse(originalModelText);m.lexicon=lexiconBytes;m.xpansions=xpansionBytes;return m}',
  ].join(',');
}

// wink's lexeme hash (87,593 words → their index) is built at each start as a null-prototype
// object: 70–100 ms CPU, most of it adding the keys one by one to a growing dictionary; a Map of the
// same entries builds in about half that. The built CLI makes a Map, and every read and write of
// that hash (wink-nlp's cache.js, the model's feature.js; the only two readers) goes through get and
// set. Its keys are always strings (the words of a text), for which the two agree. Each patch must
// apply exactly, and no other access to the lexeme hash may be left, or the build stops.
const WINK_LEXEME_HASH_OBJECT =
  'featuresData.lexeme.hash=Object.create(null);for(let k=0;k<featuresData.lexeme.list.length;k+=1)featuresData.lexeme.hash[featuresData.lexeme.list[k]]=k;';
const WINK_LEXEME_HASH_MAP =
  'featuresData.lexeme.hash=new Map;for(let k=0;k<featuresData.lexeme.list.length;k+=1)featuresData.lexeme.hash.set(featuresData.lexeme.list[k],k);';
// fd.lexeme.hash[<expression with at most one level of brackets>], never assigned in feature.js
const FEATURE_LEXEME_READ = /fd\.lexeme\.hash\[((?:[^[\]]|\[[^[\]]*\])*)\]/g;
const CACHE_LEXEME_PATCHES = [
  ['var index = lexemesHash[ text ];', 'var index = lexemesHash.get( text );'],
  ['var index = h[ value ];', 'var index = h instanceof Map ? h.get( value ) : h[ value ];'],
  [
    'index = h[ value ] = f.index;',
    'index = f.index; if ( h instanceof Map ) h.set( value, index ); else h[ value ] = index;',
  ],
];
const winkLexemeMap = {
  name: 'wink-lexeme-map',
  setup(b) {
    b.onLoad({ filter: /wink-eng-lite-web-model[\\/]dist[\\/]feature\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const reads = [...source.matchAll(FEATURE_LEXEME_READ)];
      const patched = source.replace(FEATURE_LEXEME_READ, 'fd.lexeme.hash.get($1)');
      if (
        reads.length !== 7 ||
        reads.some((m) => /^\s*=(?!=)/.test(source.slice(m.index + m[0].length))) ||
        patched.split('lexeme.hash').length - 1 !== reads.length
      ) {
        throw new Error(`${args.path} changed: review the wink-lexeme-map patch in scripts/build-cli.mjs`);
      }
      return { contents: patched, loader: 'js' };
    });
    b.onLoad({ filter: /wink-nlp[\\/]src[\\/]cache\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      let patched = source;
      for (const [from, to] of CACHE_LEXEME_PATCHES) {
        if (patched.split(from).length !== 2) {
          throw new Error(`${args.path} changed: review the wink-lexeme-map patch in scripts/build-cli.mjs`);
        }
        patched = patched.replace(from, to);
      }
      // lexemesHash is read only by the patched line; f.hash only by getFeaturesIndex
      if (
        source.split('lexemesHash').length !== 3 ||
        source.split('.hash').length !== 4 ||
        source.split(/\bh\[/).length !== 3
      ) {
        throw new Error(`${args.path} changed: review the wink-lexeme-map patch in scripts/build-cli.mjs`);
      }
      return { contents: patched, loader: 'js' };
    });
  },
};

const winkCoreModelCopy = {
  name: 'wink-core-model-copy',
  setup(b) {
    b.onLoad({ filter: /wink-eng-lite-web-model[\\/]dist[\\/]read-core-model\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const decoding = source.match(WINK_BASE64);
      if (
        source.split(WINK_CORE_REQUIRE).length !== 2 ||
        source.split(WINK_CORE_COPY).length !== 2 ||
        !decoding
      ) {
        throw new Error(
          `${args.path} changed: review the wink-core-model-copy patch in scripts/build-cli.mjs`,
        );
      }
      const modelPath = join(dirname(args.path), 'languages/cur/models/eng-core-web-model.json');
      const copied = JSON.stringify(JSON.parse(await readFile(modelPath, 'utf8')));
      sameBytesDecoded(JSON.parse(copied), decoding[0]);
      if (source.split(WINK_LEXEME_HASH_OBJECT).length !== 2) {
        throw new Error(`${args.path} changed: review the wink-lexeme-map patch in scripts/build-cli.mjs`);
      }
      return {
        contents: source
          .replace(WINK_CORE_REQUIRE, await winkModelParts(copied))
          .replace(WINK_CORE_COPY, 'freshModel()')
          .replace(WINK_BASE64, WINK_BUFFER_COPY)
          .replace(WINK_LEXEME_HASH_OBJECT, WINK_LEXEME_HASH_MAP),
        loader: 'js',
      };
    });
  },
};

// wink-eng-lite-web-model reads its sentiment model (0.4 MB) when the package is first required;
// Spine never runs sentiment (src/core/language/load-nlp.ts hands wink an empty machine), so the
// model is read only if load-sa-model's function is called. The patch must apply exactly.
const WINK_SA_EAGER =
  'machines=require("./languages/cur/models/eng-sa-model.json"),loadSAModel=function(){return{machines:machines,setter:setter}}';
const WINK_SA_LAZY =
  'loadSAModel=function(){return{machines:require("./languages/cur/models/eng-sa-model.json"),setter:setter}}';
const winkSentimentOnCall = {
  name: 'wink-sentiment-on-call',
  setup(b) {
    b.onLoad({ filter: /wink-eng-lite-web-model[\\/]dist[\\/]load-sa-model\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (source.split(WINK_SA_EAGER).length !== 2) {
        throw new Error(
          `${args.path} changed: review the wink-sentiment-on-call patch in scripts/build-cli.mjs`,
        );
      }
      return { contents: source.replace(WINK_SA_EAGER, WINK_SA_LAZY), loader: 'js' };
    });
  },
};

// mailparser sets up linkify-it with every top-level domain (~1,500, compiled into its patterns) when
// it is first required, though it links text only when asked for HTML from plain text, which
// src/core/intake/eml.ts turns off. The instance is made on first use instead: its configuration
// calls (tlds, add, set) are recorded and replayed in order then. The build stops unless every use of
// the instance in the file is one of those or pretest/match.
const MAILPARSER_LINKIFY = 'const linkify = linkifyIt();';
const LINKIFY_USES = new Set(['tlds', 'add', 'set', 'pretest', 'match']);
const DEFERRED_LINKIFY = `const linkify = (() => {
  const calls = [];
  let made = null;
  const use = () => {
    if (made === null) {
      made = linkifyIt();
      for (const [name, args] of calls) made[name](...args);
    }
    return made;
  };
  const recorder = {
    tlds: (...args) => (calls.push(['tlds', args]), recorder),
    add: (...args) => (calls.push(['add', args]), recorder),
    set: (...args) => (calls.push(['set', args]), recorder),
    pretest: (text) => use().pretest(text),
    match: (text) => use().match(text),
  };
  return recorder;
})();`;
const mailparserLinkifyOnUse = {
  name: 'mailparser-linkify-on-use',
  setup(b) {
    b.onLoad({ filter: /mailparser[\\/]dist[\\/]esm[\\/]mail-parser\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const code = source.replace(/\/\/.*$/gm, '');
      // every use of the name: the declaration, then member calls only
      const uses = [...code.matchAll(/\blinkify\b(?![-\w])(\s*\.\s*(\w+))?/g)].map((m) => m[2] ?? '');
      const [declared, ...members] = uses;
      if (
        source.split(MAILPARSER_LINKIFY).length !== 2 ||
        declared !== '' ||
        !members.every((name) => LINKIFY_USES.has(name))
      ) {
        throw new Error(
          `${args.path} changed: review the mailparser-linkify-on-use patch in scripts/build-cli.mjs`,
        );
      }
      return { contents: source.replace(MAILPARSER_LINKIFY, DEFERRED_LINKIFY), loader: 'js' };
    });
  },
};

// libmime (both its CommonJS and ES-module builds are bundled: mailsplit requires one, mailparser
// imports the other) makes iconv-lite's GBK codec when it is first loaded, only to compare a codec's
// decoder class with the one every double-byte codec shares (~25 ms CPU building GBK's tables). The
// codec is made at that comparison instead, the first time a charset is decoded; iconv-lite caches
// codecs, so later uses are as before. The patch must apply exactly.
const LIBMIME_DBCS = /^const DBCS_DECODER = ([\w.]+)\.getCodec\('gbk'\)\.decoder;$/m;
const LIBMIME_DBCS_USE = 'codec.decoder === DBCS_DECODER';
const libmimeDbcsOnUse = {
  name: 'libmime-dbcs-on-use',
  setup(b) {
    b.onLoad({ filter: /libmime[\\/]dist[\\/](?:cjs|esm)[\\/]charset\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const declared = source.match(LIBMIME_DBCS);
      if (
        !declared ||
        source.split(LIBMIME_DBCS_USE).length !== 2 ||
        source.split('DBCS_DECODER').length !== 3
      ) {
        throw new Error(
          `${args.path} changed: review the libmime-dbcs-on-use patch in scripts/build-cli.mjs`,
        );
      }
      return {
        contents: source
          .replace(
            LIBMIME_DBCS,
            `let DBCS_DECODER_MADE;\nconst DBCS_DECODER = () => (DBCS_DECODER_MADE ??= ${declared[1]}.getCodec('gbk').decoder);`,
          )
          .replace(LIBMIME_DBCS_USE, 'codec.decoder === DBCS_DECODER()'),
        loader: 'js',
      };
    });
  },
};

// franc-min turns the trigram lists of all its 82 languages into lookup objects when it is first
// loaded (~15 ms CPU); Spine asks it about 23 (src/core/render/detect-customer-language.ts). Each
// language's object is made the first time it is read instead, by a getter on the same key in the
// same order, from the same code. The patch must apply exactly.
const FRANC_EAGER = `        const model = languages[name].split('|')
        /** @type {Record<string, number>} */
        const trigrams = {}
        let weight = model.length

        while (weight--) {
          trigrams[model[weight]] = weight
        }

        numericData[script][name] = trigrams`;
const FRANC_LAZY = `        const list = languages[name]
        /** @type {Record<string, number> | undefined} */
        let trigrams
        Object.defineProperty(numericData[script], name, {
          enumerable: true,
          configurable: true,
          get() {
            if (trigrams === undefined) {
              const model = list.split('|')
              trigrams = {}
              let weight = model.length

              while (weight--) {
                trigrams[model[weight]] = weight
              }
            }
            return trigrams
          }
        })`;
const francTrigramsOnUse = {
  name: 'franc-trigrams-on-use',
  setup(b) {
    b.onLoad({ filter: /franc-min[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      // numericData is written only by the loop patched here
      if (
        source.split(FRANC_EAGER).length !== 2 ||
        source.split(/numericData\[[^\]]+\]\[[^\]]+\]\s*=/).length !== 2
      ) {
        throw new Error(
          `${args.path} changed: review the franc-trigrams-on-use patch in scripts/build-cli.mjs`,
        );
      }
      return { contents: source.replace(FRANC_EAGER, FRANC_LAZY), loader: 'js' };
    });
  },
};

// The default policy, parsed and validated once here (scripts/snapshot-default-policy.ts): the
// built CLI uses it for that exact text instead of parsing the YAML and compiling its conditions at
// every start. The snapshot goes to data/ and is parsed when a command loads the default policy.
const snapshotRun = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/snapshot-default-policy.ts'], {
  encoding: 'utf8',
  maxBuffer: 16 * 1024 * 1024,
});
if (snapshotRun.status !== 0) {
  throw new Error(`snapshot-default-policy failed:\n${snapshotRun.stderr}`);
}
const defaultPolicySnapshot = {
  name: 'default-policy-snapshot',
  setup(b) {
    b.onLoad({ filter: /src[\\/]app[\\/]default-policy-snapshot\.ts$/ }, async () => {
      const { sha256, policy } = JSON.parse(snapshotRun.stdout);
      const read = await dataFile('default-policy.json', JSON.stringify(policy));
      return {
        contents: `export const DEFAULT_POLICY_SNAPSHOT = { sha256: ${JSON.stringify(sha256)}, policy: () => JSON.parse(${read}) };`,
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
    js: "import { createRequire as __spineRequire } from 'node:module'; const require = __spineRequire(import.meta.url); const __spineDataUrl = new URL('./data/', import.meta.url);",
  },
  chunkNames: '[name]-[hash]',
  plugins: [
    winkCoreModelCopy,
    winkLexemeMap,
    winkSentimentOnCall,
    mailparserLinkifyOnUse,
    libmimeDbcsOnUse,
    francTrigramsOnUse,
    defaultPolicySnapshot,
    jsonAsData,
  ],
  logLevel: 'warning',
});

// The same CLI as CommonJS scripts, which bin/spine.js runs through vm.Script with V8's code cache
// (Node 20 has no compile cache for ES modules): spine.cjs (the command list) and one script per
// command, command-<name>.cjs, loaded only when that command runs.
// the commands main.ts lists, by their import('./commands/<name>.js')
const COMMANDS = [
  ...(await readFile('src/cli/main.ts', 'utf8')).matchAll(/import\('\.\/commands\/([\w-]+)\.js'\)/g),
].map((m) => m[1]);
const commandsAsScripts = {
  name: 'commands-as-scripts',
  setup(b) {
    b.onResolve({ filter: /^\.\/commands\/[\w-]+\.js$/ }, (args) =>
      args.importer.endsWith(join('src', 'cli', 'main.ts'))
        ? { path: basename(args.path, '.js'), namespace: 'spine-command' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'spine-command' }, (args) => ({
      contents: `module.exports = globalThis.spineLoadCommand(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};
await build({
  entryPoints: {
    spine: 'src/cli/main.ts',
    ...Object.fromEntries(COMMANDS.map((name) => [`command-${name}`, `src/cli/commands/${name}.ts`])),
  },
  outdir: 'dist/cli',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  define: { 'import.meta.url': '__spineModuleUrl' },
  // every script sits in dist/cli/ beside the ES modules, so import.meta.url finds what they find
  // (the prepare thread, data/, the project root)
  banner: {
    js: "const __spineModuleUrl = require('node:url').pathToFileURL(__filename).href; const __spineDataUrl = new URL('./data/', __spineModuleUrl);",
  },
  // import.meta.resolve is only reached when running from the TypeScript sources (prepare-pool.ts)
  logOverride: { 'empty-import-meta': 'silent' },
  plugins: [
    commandsAsScripts,
    winkCoreModelCopy,
    winkLexemeMap,
    winkSentimentOnCall,
    mailparserLinkifyOnUse,
    libmimeDbcsOnUse,
    francTrigramsOnUse,
    defaultPolicySnapshot,
    jsonAsData,
  ],
  logLevel: 'warning',
});

// esbuild writes ASCII except inside comments, regular-expression literals and tagged templates'
// raw text; one non-ASCII character makes V8 hold a 5 MB script as two bytes a character, and Node
// decode it as UTF-8 at each start (~80 ms CPU for command-prepare.cjs, against ~40 ms to copy ASCII
// as Latin-1; bin/run-bundle.js reads an ASCII script that way). So each script's non-ASCII
// characters become \uXXXX escapes, which mean the same character in a regular expression (with or
// without the u flag) and change nothing in a comment; a character escaped by a backslash (`\–`, an
// identity escape) loses that backslash. That is not so in a tagged template's raw text or between
// tokens, so the rewrite is kept only when esbuild, with comments dropped, strings escaped and
// templates lowered to strings (raw text included), prints the same script either way, up to the
// same escapes inside what it prints verbatim (regular expressions); otherwise the script stays as built.
function asciiEscaped(text) {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    let backslashes = 0;
    while (text[i - 1 - backslashes] === '\\') backslashes++;
    out += `${text.slice(from, backslashes % 2 === 1 ? i - 1 : i)}\\u${code.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return out + text.slice(from);
}
function printedPlain(code) {
  return transformSync(code, {
    charset: 'ascii',
    minifyWhitespace: true,
    supported: { 'template-literal': false },
    logLevel: 'silent',
  }).code;
}
for (const name of (await readdir('dist/cli')).filter((n) => n.endsWith('.cjs'))) {
  const file = join('dist/cli', name);
  const text = await readFile(file, 'utf8');
  if (isAscii(Buffer.from(text))) continue;
  const escaped = asciiEscaped(text);
  let same = false;
  try {
    same = asciiEscaped(printedPlain(text)) === printedPlain(escaped);
  } catch {}
  if (same) await writeFile(file, escaped);
  else
    process.stderr.write(
      `build-cli: ${name} kept its non-ASCII characters (escaping them would change it)\n`,
    );
}

// The code cache holds what a sample text-only `spine prepare` compiled: start-up, intake, the
// pipeline and rendering. Written by this Node, so the Node that runs the CLI accepts it.
const example = 'examples/northwind-order-sync';
if (existsSync(example)) {
  const work = await mkdtemp(join(tmpdir(), 'spine-code-cache-'));
  try {
    await cp(example, join(work, 'handoff'), {
      recursive: true,
      filter: (path) => !/\.(?:png|jpe?g|webp)$/i.test(path),
    });
    spawnSync(
      process.execPath,
      ['bin/spine.js', 'prepare', join(work, 'handoff'), '--out', join(work, 'out')],
      {
        env: { ...process.env, SPINE_FROM_SOURCE: '0', SPINE_WRITE_CODE_CACHE: '1' },
        stdio: 'ignore',
      },
    );
    if (!existsSync('dist/cli/command-prepare.cjs.cache')) {
      process.stderr.write(
        'build-cli: the sample prepare wrote no code cache; the CLI will compile at each start\n',
      );
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
