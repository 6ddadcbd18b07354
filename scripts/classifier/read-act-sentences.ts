/**
 * @module Real sentences for the sentence-act classifiers, read from pinned commits of their
 * mirrors: NLBSE GitHub issue bodies, icco/postmortems write-ups, FARSEC's Chromium and Wicket bug
 * reports, and the comments of InEx-Bug's npm issue threads (people working out a cause together).
 * The committed corpus holds only where each sentence is (source, document, offsets) and its label,
 * not the text (NLBSE states no licence, the postmortems are GPL-3.0, FARSEC EPL-1.0, InEx-Bug MIT),
 * so the text is always read back from the source here.
 */
import { execFileSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { cleanFarsecText } from './read-datasets.js';
import { mirrorGitDir } from './read-mirror.js';

export interface SentenceSource {
  readonly repo: string;
  readonly commit: string;
}

/** The commits the corpus offsets point into. */
export const ACT_SOURCES: Readonly<Record<'nlbse' | 'icco' | 'farsec' | 'inex', SentenceSource>> = {
  nlbse: {
    repo: 'nlbse2024/issue-report-classification',
    commit: '2927bc67eb42db8affd16eaf3e5a6d74f3063961',
  },
  icco: { repo: 'icco/postmortems', commit: 'f901e76eb5f41ccd62bbb0eb1bbad705acfa8f4c' },
  farsec: { repo: 'fayola21/farsec', commit: '52cc953a6b147ed27a366370a788ff8450d7e00d' },
  inex: {
    repo: 'STASER-Lab/InEx-Bug-A-Human-Annotated-Dataset-of-Intrinsic-and-Extrinsic-Bugs-in-the-NPM-Ecosystem',
    commit: '3cf1113f7b375a56ae461c4cbe9823f18d57aee0',
  },
};

export interface SourceDoc {
  readonly source: keyof typeof ACT_SOURCES;
  /** NLBSE: row index in data/issues_train.csv; icco and FARSEC: the file's path; InEx: `line/comment` */
  readonly doc: string;
  readonly text: string;
}

export interface SentenceSpan {
  readonly source: keyof typeof ACT_SOURCES;
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const show = (s: SentenceSource, path: string): string =>
  execFileSync('git', ['--git-dir', mirrorGitDir(s.repo), 'show', `${s.commit}:${path}`], {
    maxBuffer: 1 << 28,
  }).toString('utf8');

/** Issue bodies of NLBSE's training file (never the test file), by row index. */
export function readNlbseBodies(): SourceDoc[] {
  const rows = parse(show(ACT_SOURCES.nlbse, 'data/issues_train.csv'), {
    columns: true,
    relax_quotes: true,
  }) as Record<string, string>[];
  return rows.map((r, i) => ({ source: 'nlbse', doc: String(i), text: r.body ?? '' }));
}

/** The postmortem write-ups (`data/*.md`), by path. */
export function readPostmortems(): SourceDoc[] {
  const s = ACT_SOURCES.icco;
  const paths = execFileSync(
    'git',
    ['--git-dir', mirrorGitDir(s.repo), 'ls-tree', '-r', '--name-only', s.commit, 'data/'],
    { maxBuffer: 1 << 26 },
  )
    .toString('utf8')
    .split('\n')
    .filter((p) => p.endsWith('.md'))
    .sort();
  return paths.map((p) => ({ source: 'icco', doc: p, text: show(s, p) }));
}

const listPaths = (s: SentenceSource, under: string): string[] =>
  execFileSync('git', ['--git-dir', mirrorGitDir(s.repo), 'ls-tree', '-r', '--name-only', s.commit, under], {
    maxBuffer: 1 << 28,
  })
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .sort();

/** Many files' text at the pinned commit in one `git cat-file --batch`. */
function showMany(s: SentenceSource, paths: readonly string[]): string[] {
  const out = execFileSync('git', ['--git-dir', mirrorGitDir(s.repo), 'cat-file', '--batch'], {
    input: paths.map((p) => `${s.commit}:${p}\n`).join(''),
    maxBuffer: 1 << 30,
  });
  const texts: string[] = [];
  let at = 0;
  for (const _ of paths) {
    const eol = out.indexOf(10, at);
    const size = Number(out.subarray(at, eol).toString('utf8').split(' ')[2]);
    texts.push(Number.isNaN(size) ? '' : out.subarray(eol + 1, eol + 1 + size).toString('utf8'));
    at = Number.isNaN(size) ? eol + 1 : eol + 1 + size + 1;
  }
  return texts;
}

/** FARSEC's Chromium and Wicket report texts (its held-back projects are never read), by path. */
export function readFarsecReports(): SourceDoc[] {
  const s = ACT_SOURCES.farsec;
  const paths = ['chromium', 'wicket'].flatMap((p) =>
    listPaths(s, `resources/data1/${p}/`).filter((x) => /-n?sbr-(?:new|old)\/\d+\.txt$/.test(x)),
  );
  const texts = showMany(s, paths);
  return paths.map((p, i) => ({ source: 'farsec', doc: p, text: cleanFarsecText(texts[i] ?? '') }));
}

/** The comments of InEx-Bug's closed npm issue threads (msrv3_closed.jsonl), by line and comment index. */
export function readIssueComments(): SourceDoc[] {
  const lines = show(ACT_SOURCES.inex, 'msrv3_closed.jsonl').split('\n').filter(Boolean);
  return lines.flatMap((line, i) => {
    const issue = JSON.parse(line) as { comments?: { body?: string }[] };
    return (issue.comments ?? []).map((c, j) => ({
      source: 'inex' as const,
      doc: `${i}/${j}`,
      text: c.body ?? '',
    }));
  });
}

// a sentence ends at . ! ? before a space and a capital, a quote or a parenthesis
const SENTENCE_END = /[.!?](?=\s+["'(\p{Lu}])/gu;
const MIN_CHARS = 25;
const MAX_CHARS = 300;

/**
 * The prose sentences of a document with their offsets: lines outside code fences, cut at sentence
 * ends, markdown marks (#, >, -, *, 1.) skipped; code, tables, logs and fragments left out.
 */
export function splitSentences(doc: SourceDoc): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let inFence = false;
  let at = 0;
  for (const line of doc.text.split('\n')) {
    const lineStart = at;
    at += line.length + 1;
    if (/^\s*(?:```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    // code, tables, bare labels and front-matter fields other than a postmortem's summary
    if (inFence || /^(?: {4}|\t)|^\s*\||^\s*[\w-]+:\s*$|^(?!summary:)[a-z_]+:\s/.test(line)) continue;
    let from = 0;
    const cuts = [...line.matchAll(SENTENCE_END)].map((m) => (m.index ?? 0) + 1);
    for (const to of [...cuts, line.length]) {
      const raw = line.slice(from, to);
      const lead = /^[\s#>*\-•]*(?:\d{1,2}[.)]\s+)?(?:summary:\s*)?/i.exec(raw)?.[0].length ?? 0;
      const text = raw.slice(lead).trimEnd();
      const start = lineStart + from + lead;
      from = to;
      if (text.length < MIN_CHARS || text.length > MAX_CHARS) continue;
      const letters = (text.match(/[\p{L}\s]/gu) ?? []).length;
      if (letters / text.length < 0.8 || text.split(/\s+/).length < 5) continue;
      out.push({ source: doc.source, doc: doc.doc, start, end: start + text.length, text });
    }
  }
  return out;
}
