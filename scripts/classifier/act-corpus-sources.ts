/**
 * @module The public documents the sentence-act corpora are labelled on, read from their mirrors, and
 * how each corpus cuts them into sentences: NLBSE GitHub issues, icco/postmortems write-ups, FARSEC's
 * Chromium and Wicket bug reports, and the comments of InEx-Bug's npm issue threads (people working
 * out a cause together). A committed corpus holds only where each sentence is (source, document,
 * offsets) and its label, not the text (NLBSE states no licence, the postmortems are GPL-3.0, FARSEC
 * EPL-1.0, InEx-Bug MIT), so the text is always read back from the source here.
 *
 * The attempt corpus (`corpora/act-attempt`) reads each mirror's HEAD and cuts with
 * `splitAttemptSentences`; the hypothesis corpus (`corpora/act-hypothesis.tsv`) reads the commits of
 * `ACT_SOURCES` and cuts with `splitHypothesisSentences`. Each corpus's offsets point into its own
 * documents (ids and text differ: title + body or body alone, front matter kept or not).
 */
import { parse } from 'csv-parse/sync';
import { cleanFarsecText, FARSEC, NLBSE } from './read-datasets.js';
import { listFiles, mirrorGitDir, readText, readTexts } from './read-mirror.js';

export interface SentenceSource {
  readonly repo: string;
  readonly commit: string;
}

/** The commits the hypothesis corpus's offsets point into. */
export const ACT_SOURCES: Readonly<Record<'nlbse' | 'icco' | 'farsec' | 'inex', SentenceSource>> = {
  nlbse: { repo: NLBSE, commit: '2927bc67eb42db8affd16eaf3e5a6d74f3063961' },
  icco: { repo: 'icco/postmortems', commit: 'f901e76eb5f41ccd62bbb0eb1bbad705acfa8f4c' },
  farsec: { repo: FARSEC, commit: '52cc953a6b147ed27a366370a788ff8450d7e00d' },
  inex: {
    repo: 'STASER-Lab/InEx-Bug-A-Human-Annotated-Dataset-of-Intrinsic-and-Extrinsic-Bugs-in-the-NPM-Ecosystem',
    commit: '3cf1113f7b375a56ae461c4cbe9823f18d57aee0',
  },
};

export const POSTMORTEMS = ACT_SOURCES.icco.repo;

/** A document of the hypothesis corpus. */
export interface SourceDoc {
  readonly source: keyof typeof ACT_SOURCES;
  /** NLBSE: row index in data/issues_train.csv; icco and FARSEC: the file's path; InEx: `line/comment` */
  readonly doc: string;
  readonly text: string;
}

/** One sentence of a document: `text` is the document's text from `start` to `end`. */
export interface Sentence {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A sentence of the hypothesis corpus, with the source it comes from. */
export interface SentenceSpan extends Sentence {
  readonly source: keyof typeof ACT_SOURCES;
}

// ---- the documents ----

/** The rows of NLBSE's training file (never the test file). */
const nlbseRows = (rev: string): Record<string, string>[] =>
  parse(readText(mirrorGitDir(NLBSE), 'data/issues_train.csv', rev), {
    columns: true,
    relax_quotes: true,
  }) as Record<string, string>[];

/** Attempt corpus: NLBSE training issues as documents (`title\nbody`, id `row:<index>`), as readNlbse builds them. */
export function nlbseDocuments(): Map<string, string> {
  return new Map(
    nlbseRows('HEAD').map((r, index) => [`row:${index}`, `${r.title ?? ''}\n${r.body ?? ''}`] as const),
  );
}

/** Hypothesis corpus: the issue bodies of NLBSE's training file, by row index. */
export function readNlbseBodies(): SourceDoc[] {
  return nlbseRows(ACT_SOURCES.nlbse.commit).map((r, i) => ({
    source: 'nlbse',
    doc: String(i),
    text: r.body ?? '',
  }));
}

const FARSEC_REPORT = /^resources\/data1\/([a-z]+)\/\1-(n?sbr)-(?:new|old)\/(\d+)\.txt$/;

/** FARSEC's report files of `projects` at `rev` (project by project, each sorted) with their raw text. */
function farsecReports(
  rev: string,
  projects: readonly string[],
): { paths: string[]; texts: Map<string, string> } {
  const gitDir = mirrorGitDir(FARSEC);
  const paths = projects.flatMap((p) =>
    listFiles(gitDir, rev, `resources/data1/${p}/`)
      .filter((path) => FARSEC_REPORT.exec(path)?.[1] === p)
      .sort(),
  );
  return { paths, texts: readTexts(gitDir, paths, rev) };
}

/** Attempt corpus: FARSEC Chromium and Wicket reports (cleaned text, id `<project>:<id>`), the projects security trains on. */
export function farsecDocuments(projects: readonly string[] = ['chromium', 'wicket']): Map<string, string> {
  const { paths, texts } = farsecReports('HEAD', projects);
  const out = new Map<string, string>();
  for (const path of paths.sort()) {
    const m = FARSEC_REPORT.exec(path);
    const raw = texts.get(path);
    if (!m || raw === undefined) continue;
    const id = `${m[1]}:${m[3]}`;
    if (!out.has(id)) out.set(id, cleanFarsecText(raw));
  }
  return out;
}

/** Hypothesis corpus: FARSEC's Chromium and Wicket report texts (its held-back projects are never read), by path. */
export function readFarsecReports(): SourceDoc[] {
  const { paths, texts } = farsecReports(ACT_SOURCES.farsec.commit, ['chromium', 'wicket']);
  return paths.map((p) => ({ source: 'farsec', doc: p, text: cleanFarsecText(texts.get(p) ?? '') }));
}

/** The postmortem write-ups (`data/**.md`) at `rev`, sorted by path. */
function postmortems(rev: string): Map<string, string> {
  const gitDir = mirrorGitDir(POSTMORTEMS);
  const paths = listFiles(gitDir, rev, 'data/')
    .filter((p) => p.endsWith('.md'))
    .sort();
  const texts = readTexts(gitDir, paths, rev);
  return new Map(paths.map((p) => [p, texts.get(p) ?? ''] as const));
}

/**
 * Attempt corpus: icco/postmortems incident write-ups (`data/<uuid>.md`, id `<uuid>`, the text after
 * the front matter): what the team did, in an operator's words.
 */
export function postmortemDocuments(): Map<string, string> {
  const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');
  return new Map(
    [...postmortems('HEAD')]
      .filter(([p]) => /^data\/[\w-]+\.md$/.test(p))
      .map(([p, text]) => [p.slice(5, -3), body(text)] as const),
  );
}

/** Hypothesis corpus: the postmortem write-ups as they are (front matter too), by path. */
export function readPostmortems(): SourceDoc[] {
  return [...postmortems(ACT_SOURCES.icco.commit)].map(([doc, text]) => ({ source: 'icco', doc, text }));
}

/** Hypothesis corpus: the comments of InEx-Bug's closed npm issue threads (msrv3_closed.jsonl), by line and comment index. */
export function readIssueComments(): SourceDoc[] {
  const s = ACT_SOURCES.inex;
  const lines = readText(mirrorGitDir(s.repo), 'msrv3_closed.jsonl', s.commit).split('\n').filter(Boolean);
  return lines.flatMap((line, i) => {
    const issue = JSON.parse(line) as { comments?: { body?: string }[] };
    return (issue.comments ?? []).map((c, j) => ({
      source: 'inex' as const,
      doc: `${i}/${j}`,
      text: c.body ?? '',
    }));
  });
}

// ---- the sentence cutters (each chose what its corpus's labellers read) ----

const ATTEMPT_MIN_CHARS = 15;
const ATTEMPT_MAX_CHARS = 300;

/**
 * Attempt corpus: sentences of `text` outside fenced code: lines cut at sentence ends (. ! ? followed
 * by a space and a capital, a quote or a digit). Lines that look like code, logs or markup are skipped.
 */
export function splitAttemptSentences(doc: string, text: string): Sentence[] {
  const out: Sentence[] = [];
  let inFence = false;
  let at = 0;
  for (const line of text.split('\n')) {
    const lineStart = at;
    at += line.length + 1;
    if (/^\s*(?:```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence || /^\s{4,}\S/.test(line) || /^\s*(?:[<#|>]|at\s+\S+\()/.test(line)) continue;
    // a dot inside a word (v1.2, config.yaml) does not end a sentence: only one before a space does
    const cuts = [0];
    for (const m of line.matchAll(/[.!?]+(?=\s+["'(\p{Lu}\d])/gu)) cuts.push(m.index + m[0].length);
    cuts.push(line.length);
    for (let k = 1; k < cuts.length; k++) {
      const raw = line.slice(cuts[k - 1], cuts[k]);
      const lead = raw.length - raw.trimStart().length;
      // template checkboxes ("[x] I have searched the existing issues") are forms, not reports
      if (/^\s*(?:[-*]\s*)?\[[ xX]\]/.test(raw)) continue;
      const body = raw.trim().replace(/^[-*•]\s+|^\d{1,2}[.)]\s+/, '');
      const start = lineStart + (cuts[k - 1] ?? 0) + lead + (raw.trim().length - body.length);
      const end = start + body.length;
      if (body.length < ATTEMPT_MIN_CHARS || body.length > ATTEMPT_MAX_CHARS) continue;
      // code, paths and log lines: few letters for their length
      const letters = (body.match(/\p{L}/gu) ?? []).length;
      if (letters / body.length < 0.6 || !/[a-z]{3}/.test(body)) continue;
      out.push({ doc, start, end, text: text.slice(start, end) });
    }
  }
  return out;
}

// a sentence ends at . ! ? before a space and a capital, a quote or a parenthesis
const SENTENCE_END = /[.!?](?=\s+["'(\p{Lu}])/gu;
const HYPOTHESIS_MIN_CHARS = 25;
const HYPOTHESIS_MAX_CHARS = 300;

/**
 * Hypothesis corpus: the prose sentences of a document with their offsets: lines outside code fences,
 * cut at sentence ends, markdown marks (#, >, -, *, 1.) skipped; code, tables, logs and fragments left out.
 */
export function splitHypothesisSentences(doc: SourceDoc): SentenceSpan[] {
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
      if (text.length < HYPOTHESIS_MIN_CHARS || text.length > HYPOTHESIS_MAX_CHARS) continue;
      const letters = (text.match(/[\p{L}\s]/gu) ?? []).length;
      if (letters / text.length < 0.8 || text.split(/\s+/).length < 5) continue;
      out.push({ source: doc.source, doc: doc.doc, start, end: start + text.length, text });
    }
  }
  return out;
}
