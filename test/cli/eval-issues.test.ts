import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'spine-eval-issues-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function spine(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin/spine.js'), 'eval-issues', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// reports written for this test, one of each kind plus an unlabelled row
const CSV = `title,body,label
"Save button throws an exception","Clicking Save gives a 500 error and a stack trace: NullPointerException in OrderService. It worked last week.",bug
"Add export to Excel","It would be great to have a new option to export the report as an Excel file. Feature request.",feature
"How do I change my password?","Where in the settings can I change my password? I could not find it in the docs.",question
"Unlabelled row","This row has no usable label.",
`;

describe('spine eval-issues', () => {
  it('scores each row through prepare, prints accuracy, per-label figures and the keyword baseline, and writes JSON', () => {
    const csv = path.join(work, 'issues.csv');
    const json = path.join(work, 'out.json');
    writeFileSync(csv, CSV);
    const run = spine(csv, '--json', json);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Spine decision: accuracy [\d.]+% of 3/);
    expect(run.stdout).toMatch(/Ten-word keyword baseline: accuracy [\d.]+% of 3/);
    expect(run.stdout).toMatch(/confusion \(rows: labelled, columns: predicted\)/);
    expect(run.stderr).toMatch(/1 rows skipped/);
    const result = JSON.parse(readFileSync(json, 'utf8'));
    expect(result.rows.map((r: { gold: string }) => r.gold)).toEqual(['bug', 'feature', 'question']);
    expect(result.rows[0].row).toBe(2);
    const kinds = result.rows.map(
      (r: { traces: { signal: string; label: string }[] }) =>
        r.traces.find((t) => t.signal === 'reportKind')?.label,
    );
    expect(kinds).toEqual(['bug', 'feature', 'question']);
    expect(result.spine.accuracy).toBe(1);
  });

  it('scores the security signal with --security', () => {
    const csv = path.join(work, 'security.csv');
    writeFileSync(
      csv,
      'summary,security\n"SQL injection in the search box lets an attacker dump the users table including password hashes.",1\n"Typo in the footer text of the about page.",0\n',
    );
    const run = spine(csv, '--security', '--text', 'summary');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Spine security incident signal: accuracy 100\.0% of 2/);
    expect(run.stdout).toMatch(/Spine security found \(incident or concern[^)]*\): accuracy 100\.0% of 2/);
    expect(run.stdout).toMatch(/Security concern \(Security asked to confirm\) on \d of 2 rows/);
  });

  it('names the file and the missing column, exit 2', () => {
    const csv = path.join(work, 'bad.csv');
    writeFileSync(csv, 'text,kind\nhello,bug\n');
    const run = spine(csv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${csv}: no column "title" (columns: text, kind)`);
  });
});
