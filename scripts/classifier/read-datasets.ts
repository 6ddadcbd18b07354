/** @module The labelled corpora the classifiers learn from, read from their mirrors. */
import { parse } from 'csv-parse/sync';
import { listFiles, mirrorGitDir, readText, readTexts } from './read-mirror.js';

export interface Example {
  /** stable id: `repo#created_at` or `project:id` */
  readonly id: string;
  readonly text: string;
  readonly label: string;
  /** the project the example comes from (for per-project folds and held-back checks) */
  readonly group: string;
}

export const NLBSE = 'nlbse2024/issue-report-classification';
export const FARSEC = 'fayola21/farsec';
/** FARSEC projects held back for the external check: never trained on. */
export const FARSEC_HELD_BACK = ['ambari', 'camel', 'derby'] as const;

/** NLBSE rows of `data/issues_train.csv` (never the test file) as title + body examples. */
export function readNlbse(file: 'data/issues_train.csv' | 'data/issues_test.csv'): Example[] {
  const rows = parse(readText(mirrorGitDir(NLBSE), file), { columns: true, relax_quotes: true }) as Record<
    string,
    string
  >[];
  return rows.map((r, index) => ({
    id: `${r.repo}#${r.created_at}#${index}`,
    text: `${r.title ?? ''}\n${r.body ?? ''}`,
    label: r.label ?? '',
    group: r.repo ?? '',
  }));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/** A FARSEC report file's text without its Google Code page wrapper, HTML tags and entities. */
export function cleanFarsecText(raw: string): string {
  return (
    raw
      .replace(/<title>\s*Issue\s+\d+\s*-\s*chromium\s*-\s*/i, '')
      .replace(/\s*-\s*Project Hosting on Google Code\s*<\/title>/i, '. ')
      .replace(/<[^>]{1,40}>/g, ' ')
      .replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, e: string) => ENTITIES[e] ?? ' ')
      // the Chromium tracker prefixes its security reports' titles with the label itself
      .replace(/^\s*security\s*:\s*/i, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * FARSEC reports of `projects` labelled '1' (security) or '0', from the per-report text files
 * (`<project>-sbr-*` / `<project>-nsbr-*` under resources/data1). Sorted by id.
 */
export function readFarsec(
  projects: readonly string[],
  keepNonSecurity: (id: string) => boolean = () => true,
): Example[] {
  const gitDir = mirrorGitDir(FARSEC);
  const paths = listFiles(gitDir).filter((p) => {
    const m = /^resources\/data1\/([a-z]+)\/\1-(n?sbr)-(?:new|old)\/(\d+)\.txt$/.exec(p);
    if (m === null || !projects.includes(m[1] ?? '')) return false;
    return m[2] === 'sbr' || keepNonSecurity(`${m[1]}:${m[3]}`);
  });
  const texts = readTexts(gitDir, paths);
  const seen = new Set<string>();
  const out: Example[] = [];
  for (const path of paths) {
    const m = /^resources\/data1\/([a-z]+)\/\1-(n?sbr)-(?:new|old)\/(\d+)\.txt$/.exec(path);
    const raw = texts.get(path);
    if (!m || raw === undefined) continue;
    const id = `${m[1]}:${m[3]}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ id, text: cleanFarsecText(raw), label: m[2] === 'sbr' ? '1' : '0', group: m[1] ?? '' });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** FARSEC's `<project>-rest.csv` (id, summary, security) for a held-back project. */
export function readFarsecCsv(project: string): Example[] {
  const gitDir = mirrorGitDir(FARSEC);
  const rows = parse(readText(gitDir, `resources/data1/${project}/${project}-rest.csv`), {
    columns: true,
    relax_quotes: true,
  }) as Record<string, string>[];
  return rows.map((r) => ({
    id: `${project}:${r.id}`,
    text: (r.summary ?? '').replace(/\s+/g, ' ').trim(),
    label: r.security === '1' ? '1' : '0',
    group: project,
  }));
}
