import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IntakeFile } from '../model/intake.js';
import { groupUnits } from './group-units.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLES = path.resolve(repoRoot, '../shared/formats/samples');
const CASES = path.resolve(repoRoot, '../shared/eval/cases');

const DAY = readFileSync(path.join(SAMPLES, 'acme-slack-export/esc-order-sync/2026-11-18.json'));
const USERS = readFileSync(path.join(SAMPLES, 'acme-slack-export/users.json'));
const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const file = (name: string, bytes: Uint8Array = text('x')): IntakeFile => ({ name, bytes });

function shape(files: IntakeFile[]): [string, string[]][] {
  return groupUnits(files).map((unit) => [unit.name, unit.files.map((f) => f.name)]);
}

describe('groupUnits', () => {
  it('makes the export in a subfolder one unit beside the other files, ordered by name', () => {
    const files = [
      file('notes.md'),
      file('slack-export/esc-x/2026-11-19.json', DAY),
      file('slack-export/users.json', USERS),
      file('draft-reply.txt'),
      file('slack-export/esc-x/2026-11-18.json', DAY),
      file('slack-export/channels.json', text('[]')),
    ];
    expect(shape(files)).toEqual([
      ['draft-reply.txt', ['draft-reply.txt']],
      ['notes.md', ['notes.md']],
      [
        'slack-export',
        [
          'slack-export/channels.json',
          'slack-export/esc-x/2026-11-18.json',
          'slack-export/esc-x/2026-11-19.json',
          'slack-export/users.json',
        ],
      ],
    ]);
  });

  it('names an export at the handoff root slack-export and leaves the other root files alone', () => {
    const files = [
      file('users.json', USERS),
      file('esc-order-sync/2026-11-18.json', DAY),
      file('integration_logs.json', text('[]')),
      file('zendesk-ticket.json', text('{"ticket":{}}')),
      file('notes.md'),
      file('zendesk/ticket-1.json', text('{}')),
    ];
    expect(shape(files)).toEqual([
      ['notes.md', ['notes.md']],
      ['slack-export', ['esc-order-sync/2026-11-18.json', 'integration_logs.json', 'users.json']],
      ['zendesk-ticket.json', ['zendesk-ticket.json']],
      ['zendesk/ticket-1.json', ['zendesk/ticket-1.json']],
    ]);
  });

  it('recognises an export with day files but no users.json or channels.json', () => {
    const files = [file('case/slack/ops/2026-10-13.json', DAY), file('case/auth.log')];
    expect(shape(files)).toEqual([
      ['case/auth.log', ['case/auth.log']],
      ['case/slack', ['case/slack/ops/2026-10-13.json']],
    ]);
  });

  it('keeps a lone day file at the root as its own unit', () => {
    expect(shape([file('2026-11-18.json', DAY), file('a.txt')])).toEqual([
      ['2026-11-18.json', ['2026-11-18.json']],
      ['a.txt', ['a.txt']],
    ]);
  });

  it('does not take a date-named JSON file that is not Slack messages for an export', () => {
    const files = [file('reports/2026-11-18.json', text('{"rows": 3}')), file('reports/summary.md')];
    expect(shape(files)).toEqual([
      ['reports/2026-11-18.json', ['reports/2026-11-18.json']],
      ['reports/summary.md', ['reports/summary.md']],
    ]);
  });

  it('keeps two exports of one handoff apart (the deeper folder wins)', () => {
    const files = [
      file('a/users.json', USERS),
      file('a/general/2026-11-18.json', DAY),
      file('b.zip/users.json', USERS),
      file('b.zip/esc/2026-11-18.json', DAY),
    ];
    expect(shape(files).map(([name, members]) => [name, members.length])).toEqual([
      ['a', 2],
      ['b.zip', 2],
    ]);
  });

  it('groups every eval handoff so each Slack export folder is exactly one unit', () => {
    for (const caseDir of readdirSync(CASES).filter((c) => statSync(path.join(CASES, c)).isDirectory())) {
      const root = path.join(CASES, caseDir, 'handoff');
      const files = walk(root, root);
      const units = groupUnits(files);
      expect(units.flatMap((u) => u.files).length).toBe(files.length);
      const slackDirs = new Set(
        files
          .filter((f) => f.name.endsWith('/users.json'))
          .map((f) => f.name.slice(0, -'/users.json'.length)),
      );
      for (const dir of slackDirs) {
        const unit = units.find((u) => u.name === dir);
        expect(unit?.files.length).toBe(files.filter((f) => f.name.startsWith(`${dir}/`)).length);
      }
    }
  });

  it('returns no units for no files', () => {
    expect(groupUnits([])).toEqual([]);
  });
});

function walk(dir: string, root: string): IntakeFile[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return walk(full, root);
      return [{ name: path.relative(root, full).split(path.sep).join('/'), bytes: readFileSync(full) }];
    });
}
