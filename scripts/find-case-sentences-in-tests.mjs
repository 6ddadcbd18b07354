#!/usr/bin/env node
// Lists runs of 8 or more words that a test file shares with an eval case handoff (the shared dev cases
// and eval/holdout), so unit tests keep their own sentences. Usage:
//   node scripts/find-case-sentences-in-tests.mjs [--min 8] [caseDir ...]
// Exit code 1 when a run is found. Words are compared lower-cased, punctuation ignored; JSON files
// are read through their decoded string values, binaries are skipped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const minAt = args.indexOf('--min');
const MIN = minAt >= 0 ? Number(args.splice(minAt, 2)[1]) : 8;
const caseDirs =
  args.length > 0 ? args : [path.resolve(root, '../shared/eval/cases'), path.join(root, 'eval/holdout')];

function walk(dir, keep, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, keep, out);
    else if (keep(p)) out.push(p);
  }
  return out;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

function words(text) {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/g, "'"));
}

/** The line number (1-based) of each word of `text`, in order. */
function wordLines(text) {
  const lines = [];
  let line = 1;
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    for (let i = last; i < m.index; i++) if (text[i] === '\n') line++;
    last = m.index;
    lines.push(line);
  }
  return lines;
}

// mail headers, HTML markup and export field names: shared by any two files of the same format
const FORMAT_WORDS = new Set(
  'content type text plain html charset utf 8 mime version 1 0 transfer encoding quoted printable base64 div class p br gt lt blockquote gmail quote attr dir auto zd comment pre styled span href mailto ltr'.split(
    ' ',
  ),
);
const isBoilerplate = (ws) => ws.filter((w) => FORMAT_WORDS.has(w)).length * 2 >= ws.length;

function strings(value, out) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

function caseTexts(file) {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8192).includes(0)) return [];
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return strings(JSON.parse(text), []);
  } catch {
    // quoted-printable soft breaks would split words across lines
    return [text.replace(/=\r?\n/g, '')];
  }
}

// every MIN-word window of every handoff text → where it came from
const windows = new Map();
for (const dir of caseDirs) {
  for (const file of walk(dir, (p) => p.includes(`${path.sep}handoff${path.sep}`))) {
    for (const text of caseTexts(file)) {
      const w = words(text);
      for (let i = 0; i + MIN <= w.length; i++) {
        const slice = w.slice(i, i + MIN);
        if (isBoilerplate(slice)) continue;
        const key = slice.join(' ');
        if (!windows.has(key)) windows.set(key, path.relative(path.dirname(dir), file));
      }
    }
  }
}

const testFiles = [
  ...walk(path.join(root, 'src'), (p) => /\.test\.tsx?$/.test(p)),
  ...walk(path.join(root, 'test'), (p) => /\.(tsx?|mjs|js|json|txt|md|eml|csv|yaml|log)$/.test(p)),
];
let found = 0;
for (const file of testFiles) {
  const text = readFileSync(file, 'utf8');
  const w = words(text);
  const at = wordLines(text);
  let i = 0;
  while (i + MIN <= w.length) {
    const key = w.slice(i, i + MIN).join(' ');
    const source = windows.get(key);
    if (!source) {
      i++;
      continue;
    }
    let end = i + MIN; // extend the run while the next window is also shared
    while (end < w.length && windows.has(w.slice(end - MIN + 1, end + 1).join(' '))) end++;
    console.log(`${path.relative(root, file)}:${at[i]}: "${w.slice(i, end).join(' ')}"  (${source})`);
    found++;
    i = end;
  }
}
console.error(`${found} shared run(s) of ${MIN}+ words`);
process.exitCode = found > 0 ? 1 : 0;
