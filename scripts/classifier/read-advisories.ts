/**
 * @module Security advisories in ordinary English, read from their `fetch` mirrors, as positive
 * examples for the security model: what a vulnerability looks like when people describe it, in
 * many projects' words rather than one tracker's.
 *
 * | mirror | files | text | licence |
 * | --- | --- | --- | --- |
 * | pypa/advisory-database | vulns/<pkg>/PYSEC-*.yaml | summary + details | CC-BY-4.0 |
 * | golang/vulndb | data/reports/GO-*.yaml | summary + description | CC-BY-4.0 (database entries) |
 * | rustsec/advisory-db | crates/<crate>/RUSTSEC-*.md (not `informational`) | title + body | CC0-1.0 |
 * | nodejs/security-wg | vuln/npm/*.json, vuln/core/*.json | title + overview | MIT |
 *
 * Only the weights learned from them are committed, never their text.
 */
import { parse as parseYaml } from 'yaml';
import type { Example } from './read-datasets.js';
import { listFiles, mirrorGitDir, readTexts } from './read-mirror.js';

export const ADVISORY_SOURCES = [
  'pypa/advisory-database',
  'golang/vulndb',
  'rustsec/advisory-db',
  'nodejs/security-wg',
] as const;

type Source = (typeof ADVISORY_SOURCES)[number];

const str = (x: unknown): string => (typeof x === 'string' ? x : '');

/** Markdown and link noise out: the words stay. */
function plain(text: string): string {
  return text
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[`*#>]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function textOf(source: Source, path: string, raw: string): string | null {
  try {
    if (source === 'pypa/advisory-database' || source === 'golang/vulndb') {
      const doc = parseYaml(raw) as Record<string, unknown> | null;
      if (!doc || doc.withdrawn) return null;
      const body =
        source === 'golang/vulndb'
          ? [str(doc.summary), str(doc.description)]
          : [str(doc.summary), str(doc.details)];
      return plain(body.filter(Boolean).join('. '));
    }
    if (source === 'rustsec/advisory-db') {
      const front = /^```toml\n([\s\S]*?)\n```/.exec(raw)?.[1] ?? '';
      // "unmaintained" and "notice" advisories are not vulnerabilities
      if (/^\s*informational\s*=/m.test(front) || /^\s*withdrawn\s*=/m.test(front)) return null;
      return plain(raw.replace(/^```toml\n[\s\S]*?\n```/, ''));
    }
    const doc = JSON.parse(raw) as Record<string, unknown>;
    return plain([str(doc.title), str(doc.overview)].filter(Boolean).join('. '));
  } catch {
    console.warn(`${source}: ${path}: not parseable, skipped`);
    return null;
  }
}

function wanted(source: Source, path: string): boolean {
  switch (source) {
    case 'pypa/advisory-database':
      return /^vulns\/[^/]+\/PYSEC-[^/]+\.yaml$/.test(path);
    case 'golang/vulndb':
      return /^data\/reports\/GO-[^/]+\.yaml$/.test(path);
    case 'rustsec/advisory-db':
      return /^(crates|rust)\/[^/]+\/RUSTSEC-[^/]+\.md$/.test(path);
    case 'nodejs/security-wg':
      return /^vuln\/(npm|core)\/\d+\.json$/.test(path);
  }
}

/**
 * Every advisory of `sources` as a security example ('1'), one per distinct text (the same CVE is
 * often filed for several packages), sorted by id. Texts under 40 characters say too little.
 */
export function readAdvisories(sources: readonly Source[] = ADVISORY_SOURCES): Example[] {
  const out: Example[] = [];
  const seen = new Set<string>();
  for (const source of sources) {
    const gitDir = mirrorGitDir(source);
    const paths = listFiles(gitDir).filter((p) => wanted(source, p));
    const texts = readTexts(gitDir, paths);
    for (const path of paths) {
      const raw = texts.get(path);
      const text = raw === undefined ? null : textOf(source, path, raw);
      if (text === null || text.length < 40 || seen.has(text)) continue;
      seen.add(text);
      out.push({ id: `${source}:${path}`, text, label: '1', group: source });
    }
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
