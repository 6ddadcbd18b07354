import { describe, expect, it } from 'vitest';
import type { EvidenceDraft } from '../../model/evidence.js';
import type { IntakeUnit, ParseResult } from '../../model/intake.js';
import { ManifestSchema } from '../../model/manifest.js';
import { slackExportParsers } from '../slack-export.js';

const parser = slackExportParsers[0]!;
const enc = new TextEncoder();

function exportUnit(files: Record<string, unknown>): IntakeUnit {
  return {
    name: 'export',
    files: Object.entries(files).map(([name, value]) => ({
      name: `export/${name}`,
      bytes: enc.encode(JSON.stringify(value)),
    })),
  };
}

const staff = (id: string, name: string, title: string, team = 'TOURS') => ({
  id,
  team_id: team,
  name: name.toLowerCase(),
  real_name: name,
  profile: { real_name: name, display_name: name.split(' ')[0], title, team },
});

const msg = (ts: string, user: string, text: string, team: string, realName?: string) => ({
  type: 'message',
  ts,
  user,
  text,
  team,
  user_team: team,
  source_team: team,
  ...(realName ? { user_profile: { real_name: realName, display_name: realName, team } } : {}),
});

async function parse(files: Record<string, unknown>, manifest?: unknown): Promise<EvidenceDraft[]> {
  const context = manifest === undefined ? {} : { manifest: ManifestSchema.parse(manifest) };
  const result = (await parser.parse(exportUnit(files), context)) as ParseResult;
  return [...result.items];
}

function by(items: readonly EvidenceDraft[], needle: string): EvidenceDraft {
  const found = items.find((item) => item.text.includes(needle));
  if (!found) throw new Error(`no item with ${needle}`);
  return found;
}

describe('Slack Connect channels', () => {
  const users = [
    staff('U1', 'Marta Oliveira', 'Support Engineer'),
    staff('U2', 'Jonas Berg', 'Backend Engineer'),
  ];

  it('makes a customer posting from their own workspace customer/external and the shared channel public', async () => {
    const items = await parse({
      'users.json': users,
      'shared-acme/2026-06-01.json': [
        msg(
          '1780300000.000100',
          'UEXT9',
          'Our exports fail since this morning, can you look?',
          'TCUSTOMER',
          'Rosa Pérez',
        ),
        msg('1780300100.000200', 'U1', 'Looking into it now, Rosa.', 'TOURS'),
      ],
      'eng-only/2026-06-01.json': [msg('1780300200.000300', 'U2', 'export worker is OOM-looping', 'TOURS')],
    });
    expect(by(items, 'exports fail')).toMatchObject({
      visibility: 'public',
      author: { name: 'Rosa Pérez', role: 'customer', side: 'external' },
    });
    // what our staff write in a shared channel is seen by the customer
    expect(by(items, 'Looking into it')).toMatchObject({
      visibility: 'public',
      author: { side: 'internal' },
    });
    expect(by(items, 'OOM-looping').visibility).toBe('internal');
  });

  it('reads the stranger flag and a channel marked as externally shared', async () => {
    const items = await parse({
      'users.json': [...users, { ...staff('U9', 'Li Wei', 'Ops Lead', 'TOURS'), is_stranger: true }],
      'channels.json': [{ id: 'C1', name: 'partner-ops', creator: 'U1', is_ext_shared: true }],
      'partner-ops/2026-06-02.json': [
        msg('1780390000.000100', 'U9', 'Still seeing the 429s on our side.', ''),
        msg('1780390100.000200', 'U2', 'Raising your limit now.', 'TOURS'),
      ],
    });
    expect(by(items, '429s')).toMatchObject({
      visibility: 'public',
      author: { role: 'customer', side: 'external' },
    });
    expect(by(items, 'Raising your limit')).toMatchObject({
      visibility: 'public',
      author: { role: 'engineering' },
    });
  });

  it('finds the home workspace from the manifest when there is no users.json', async () => {
    const items = await parse(
      {
        'ext-globex/2026-06-03.json': [
          msg('1780480000.000100', 'UA', 'Is the API down for you too?', 'TGLOBEX', 'Kai Müller'),
          msg('1780480100.000200', 'UB', 'Checking, one moment.', 'THOME', 'Ana Lima'),
        ],
      },
      { people: [{ name: 'Ana Lima', role: 'support' }] },
    );
    expect(by(items, 'API down')).toMatchObject({
      visibility: 'public',
      author: { role: 'customer', side: 'external' },
    });
    expect(by(items, 'Checking')).toMatchObject({ author: { role: 'support', side: 'internal' } });
  });

  it('makes a channel public when a person the manifest names as customer writes in it', async () => {
    const items = await parse(
      {
        'users.json': [...users, { ...staff('U7', 'Tomás Rey', '', 'TOURS'), is_restricted: true }],
        'guests-rey/2026-06-05.json': [
          msg('1780660000.000100', 'U7', 'Invoices still show the old VAT rate.', 'TOURS'),
          msg('1780660100.000200', 'U1', 'Thanks Tomás, checking with billing.', 'TOURS'),
        ],
        'billing-internal/2026-06-05.json': [
          msg('1780660200.000300', 'U2', 'VAT table cache is stale', 'TOURS'),
        ],
      },
      { people: [{ name: 'Tomás Rey', role: 'customer' }] },
    );
    expect(by(items, 'old VAT rate')).toMatchObject({ visibility: 'public', author: { role: 'customer' } });
    expect(by(items, 'checking with billing').visibility).toBe('public');
    expect(by(items, 'cache is stale').visibility).toBe('internal');
  });

  it('keeps a single-workspace export internal', async () => {
    const items = await parse({
      'users.json': users,
      'support/2026-06-04.json': [
        msg('1780570000.000100', 'U1', 'customer says exports fail', 'TOURS'),
        msg('1780570100.000200', 'U2', 'on it', 'TOURS'),
      ],
    });
    for (const item of items)
      expect(item).toMatchObject({ visibility: 'internal', author: { side: 'internal' } });
  });
});

describe('Slack team evidence (another organisation only on evidence for it)', () => {
  const users = [
    staff('U1', 'Marta Oliveira', 'Support Engineer', 'TOURS'),
    staff('U2', 'Jonas Berg', 'Backend Engineer', 'TOURS'),
  ];

  async function result(files: Record<string, unknown>): Promise<ParseResult> {
    return (await parser.parse(exportUnit(files), {})) as ParseResult;
  }

  it('never makes a member of users.json a customer because the message carries another user_team', async () => {
    // Exports stamp messages with the workspace they were posted from (Grid, migrated workspaces).
    const r = await result({
      'users.json': users,
      'channels.json': [{ id: 'C1', name: 'support', creator: 'U1' }],
      'support/2026-06-04.json': [
        msg('1780570000.000100', 'U1', 'customer says exports fail', 'TWORKSPACE2'),
        msg('1780570100.000200', 'U2', 'on it', 'TWORKSPACE2'),
      ],
    });
    for (const item of r.items)
      expect(item).toMatchObject({ visibility: 'internal', author: { side: 'internal' } });
    expect(r.items.some((i) => i.author?.role === 'customer')).toBe(false);
    expect(r.warnings.join('\n')).not.toMatch(/another organisation/);
  });

  it('makes a member of users.json from another team the customer in a Slack Connect channel', async () => {
    const r = await result({
      'users.json': [...users, staff('U5', 'Rosa Pérez', 'IT Manager', 'TACME')],
      'channels.json': [{ id: 'C2', name: 'acme-shared', creator: 'U1', is_ext_shared: true }],
      'acme-shared/2026-06-04.json': [
        msg('1780570000.000100', 'U5', 'Exports fail for all our users', 'TACME'),
        msg('1780570100.000200', 'U1', 'Looking now', 'TOURS'),
      ],
    });
    expect(by([...r.items], 'Exports fail')).toMatchObject({
      author: { role: 'customer', side: 'external' },
    });
    expect(by([...r.items], 'Looking now')).toMatchObject({ author: { side: 'internal' } });
    expect(r.warnings.join('\n')).not.toMatch(/check who they are/);
  });

  it('does not take an Enterprise Grid org-shared channel as another organisation', async () => {
    const r = await result({
      'users.json': [...users, staff('U6', 'Ines Sato', 'Account Executive', 'TSALES')],
      'channels.json': [{ id: 'C3', name: 'grid-wide', creator: 'U1', is_shared: true, is_org_shared: true }],
      'grid-wide/2026-06-04.json': [msg('1780570000.000100', 'U6', 'Renewal call moved to Friday', 'TSALES')],
    });
    expect(by([...r.items], 'Renewal call')).toMatchObject({ author: { side: 'internal' } });
  });

  it('reads an author outside users.json from a foreign team as another organisation, and warns it is a guess', async () => {
    const r = await result({
      'users.json': users,
      'channels.json': [{ id: 'C4', name: 'escalation', creator: 'U1' }],
      'escalation/2026-06-04.json': [
        msg('1780570000.000100', 'UX1', 'Still broken on our side', 'TFOREIGN', 'Kai Müller'),
      ],
    });
    expect(by([...r.items], 'Still broken')).toMatchObject({
      author: { role: 'customer', side: 'external' },
    });
    expect(r.warnings.join('\n')).toMatch(
      /1 message\(s\) by people outside users\.json, from Slack team TFOREIGN, read as another organisation .* check who they are/,
    );
  });

  it('reads the stranger flag on a message profile snapshot', async () => {
    const r = await result({
      'users.json': users,
      'channels.json': [{ id: 'C5', name: 'help', creator: 'U1' }],
      'help/2026-06-04.json': [
        {
          ...msg('1780570000.000100', 'UZ', 'Any update?', 'TOURS'),
          user_profile: { real_name: 'Eli Park', is_stranger: true },
        },
      ],
    });
    expect(by([...r.items], 'Any update')).toMatchObject({ author: { role: 'customer', side: 'external' } });
  });
});

describe('Slack API message lists', () => {
  it('reads a conversations.history response like a day file', async () => {
    const bytes = enc.encode(
      JSON.stringify({
        ok: true,
        messages: [{ type: 'message', ts: '1780570000.000100', user: 'U1', text: 'deploy rolled back' }],
        has_more: false,
      }),
    );
    const unit = { name: 'history.json', files: [{ name: 'history.json', bytes }] };
    expect(parser.detect(unit)).toBeGreaterThan(0.5);
    const r = (await parser.parse(unit, {})) as ParseResult;
    expect(r.items.map((i) => i.text)).toEqual(['deploy rolled back']);
  });
});

describe('Slack teams with nothing to tell which is ours', () => {
  it('reads everyone as our side and says several teams could not be placed', async () => {
    const r = (await parser.parse(
      exportUnit({
        'ops/2026-06-04.json': [
          msg('1780570000.000100', 'UA', 'Is the API down?', 'TGLOBEX', 'Kai Müller'),
          msg('1780570100.000200', 'UB', 'Checking.', 'THOME', 'Ana Lima'),
        ],
      }),
      {},
    )) as ParseResult;
    expect(r.items.every((i) => i.author?.side === 'internal')).toBe(true);
    expect(r.warnings.join('\n')).toMatch(
      /messages come from 2 Slack teams \(TGLOBEX, THOME\) but nothing says which is ours/,
    );
  });
});
