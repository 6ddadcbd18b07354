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
