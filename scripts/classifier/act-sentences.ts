/**
 * @module Sentences of public issue reports with their offsets, for the sentence-act corpora: a
 * labelled sentence is stored as (document id, start, end) and read back from the same mirror commit.
 */
import { parse } from 'csv-parse/sync';
import { cleanFarsecText, FARSEC, NLBSE } from './read-datasets.js';
import { listFiles, mirrorGitDir, readText, readTexts } from './read-mirror.js';

/** One sentence of a document: `text` is `doc.slice(start, end)`. */
export interface Sentence {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const MIN_CHARS = 15;
const MAX_CHARS = 300;

/**
 * Sentences of `text` outside fenced code: lines cut at sentence ends (. ! ? followed by a space
 * and a capital, a quote or a digit). Lines that look like code, logs or markup are skipped.
 */
export function splitSentences(doc: string, text: string): Sentence[] {
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
      if (body.length < MIN_CHARS || body.length > MAX_CHARS) continue;
      // code, paths and log lines: few letters for their length
      const letters = (body.match(/\p{L}/gu) ?? []).length;
      if (letters / body.length < 0.6 || !/[a-z]{3}/.test(body)) continue;
      out.push({ doc, start, end, text: text.slice(start, end) });
    }
  }
  return out;
}

/** NLBSE training issues as documents (`title\nbody`, id `row:<index>`), as readNlbse builds them. */
export function nlbseDocuments(): Map<string, string> {
  const rows = parse(readText(mirrorGitDir(NLBSE), 'data/issues_train.csv'), {
    columns: true,
    relax_quotes: true,
  }) as Record<string, string>[];
  return new Map(rows.map((r, index) => [`row:${index}`, `${r.title ?? ''}\n${r.body ?? ''}`] as const));
}

/** FARSEC Chromium and Wicket reports (cleaned text, id `<project>:<id>`), the projects security trains on. */
export function farsecDocuments(projects: readonly string[] = ['chromium', 'wicket']): Map<string, string> {
  const gitDir = mirrorGitDir(FARSEC);
  const pattern = /^resources\/data1\/([a-z]+)\/\1-(n?sbr)-(?:new|old)\/(\d+)\.txt$/;
  const paths = listFiles(gitDir).filter((p) => projects.includes(pattern.exec(p)?.[1] ?? ''));
  const texts = readTexts(gitDir, paths);
  const out = new Map<string, string>();
  for (const path of paths.sort()) {
    const m = pattern.exec(path);
    const raw = texts.get(path);
    if (!m || raw === undefined) continue;
    const id = `${m[1]}:${m[3]}`;
    if (!out.has(id)) out.set(id, cleanFarsecText(raw));
  }
  return out;
}

export const POSTMORTEMS = 'icco/postmortems';

/**
 * icco/postmortems incident write-ups (`data/<uuid>.md`, id `<uuid>`, the text after the front
 * matter): what the team did, in an operator's words.
 */
export function postmortemDocuments(): Map<string, string> {
  const gitDir = mirrorGitDir(POSTMORTEMS);
  const paths = listFiles(gitDir).filter((p) => /^data\/[\w-]+\.md$/.test(p));
  const texts = readTexts(gitDir, paths);
  const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');
  return new Map(paths.sort().map((p) => [p.slice(5, -3), body(texts.get(p) ?? '')] as const));
}
