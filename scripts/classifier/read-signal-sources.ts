/**
 * @module The public texts the signal-sentence corpus is sampled from, split into sentences with
 * stable ids and character offsets, so the corpus can name a sentence without copying its text.
 *
 * - `danluu`: danluu/post-mortems README.md (one-paragraph incident summaries; no licence stated)
 * - `icco`: icco/postmortems data/*.md bodies (GPL-3.0)
 * - `nlbse`: nlbse2024/issue-report-classification data/issues_train.csv title and body (no licence stated)
 * - `farsec`: fayola21/farsec Chromium and Wicket reports (EPL-1.0), never the held-back projects
 */
import { parse } from 'csv-parse/sync';
import { cleanFarsecText, FARSEC, NLBSE } from './read-datasets.js';
import { listFiles, mirrorGitDir, readText, readTexts } from './read-mirror.js';

export interface SourceSentence {
  /** `<source>:<document>@<start>-<end>`: offsets into the document's text as read here */
  readonly id: string;
  readonly source: 'danluu' | 'icco' | 'nlbse' | 'farsec';
  readonly text: string;
}

const MIN_WORDS = 4;
const MAX_WORDS = 60;

/** Sentences of `text` with their offsets: a full stop, "!" or "?" then space and a capital or a digit. */
export function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n.!?]+(?:[.!?](?=\S)[^\n.!?]*)*[.!?]*/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    out.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

function sentencesOf(source: SourceSentence['source'], doc: string, text: string): SourceSentence[] {
  return splitSentences(text)
    .map(({ start, end }) => ({
      id: `${source}:${doc}@${start}-${end}`,
      source,
      text: text.slice(start, end),
    }))
    .filter((s) => {
      const words = s.text.split(/\s+/).length;
      return (
        words >= MIN_WORDS && words <= MAX_WORDS && /[a-z]/.test(s.text) && !/[{}<>=;]{2}|```/.test(s.text)
      );
    });
}

/** The documents each source is read from: document key → text. */
export function readSourceDocuments(source: SourceSentence['source']): Map<string, string> {
  const docs = new Map<string, string>();
  if (source === 'danluu') {
    docs.set('README.md', readText(mirrorGitDir('danluu/post-mortems'), 'README.md'));
  } else if (source === 'icco') {
    const git = mirrorGitDir('icco/postmortems');
    const paths = listFiles(git).filter((p) => /^data\/[0-9a-f-]+\.md$/.test(p));
    for (const [path, text] of readTexts(git, paths)) docs.set(path, text);
  } else if (source === 'nlbse') {
    const rows = parse(readText(mirrorGitDir(NLBSE), 'data/issues_train.csv'), {
      columns: true,
      relax_quotes: true,
    }) as Record<string, string>[];
    rows.forEach((r, i) => {
      docs.set(`train:${i}:title`, r.title ?? '');
      docs.set(`train:${i}:body`, r.body ?? '');
    });
  } else {
    const git = mirrorGitDir(FARSEC);
    const paths = listFiles(git).filter((p) =>
      /^resources\/data1\/(chromium|wicket)\/\1-n?sbr-(?:new|old)\/\d+\.txt$/.test(p),
    );
    for (const [path, raw] of readTexts(git, paths)) docs.set(path, cleanFarsecText(raw));
  }
  return docs;
}

/** The text a corpus id names, read from its source document. */
export function textOf(id: string, docs: ReadonlyMap<string, string>): string | undefined {
  const m = /^[a-z]+:(.*)@(\d+)-(\d+)$/.exec(id);
  if (!m) return undefined;
  return docs.get(m[1] ?? '')?.slice(Number(m[2]), Number(m[3]));
}

/** Every candidate sentence of a source. */
export function readSourceSentences(source: SourceSentence['source']): SourceSentence[] {
  const out: SourceSentence[] = [];
  for (const [doc, text] of readSourceDocuments(source)) {
    // icco: the body after the front matter; danluu: the summaries after each "[Company](url)."
    const body = source === 'icco' ? text.replace(/^---[\s\S]*?\n---\n/, '') : text;
    const offset = text.length - body.length;
    for (const s of sentencesOf(source, doc, body)) {
      const m = /@(\d+)-(\d+)$/.exec(s.id);
      const start = Number(m?.[1]) + offset;
      const end = Number(m?.[2]) + offset;
      const clean = source === 'danluu' ? s.text.replace(/^\[[^\]]*\]\([^)]*\)\.?\s*/, '') : s.text;
      const cut = s.text.length - clean.length;
      if (source === 'danluu' && !/^\[/.test(text.slice(text.lastIndexOf('\n', start) + 1))) continue;
      out.push({ id: `${source}:${doc}@${start + cut}-${end}`, source, text: clean });
    }
  }
  return out;
}
