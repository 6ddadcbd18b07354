import { describe, expect, it } from 'vitest';
import { displayNameOf, readChannels, readUsers } from './directory.js';

describe('displayNameOf', () => {
  it.each([
    [{ name: 'h', real_name: 'R', profile: { display_name: 'D', real_name: 'P' } }, 'D'],
    [{ name: 'h', real_name: 'R', profile: { display_name: '', real_name: 'P' } }, 'P'],
    [{ name: 'h', real_name: 'R', profile: { display_name: ' ' } }, 'R'],
    [{ name: 'h', profile: {} }, 'h'],
    [{ display_name: '', real_name: 'Tomás Ruiz', name: 'tomas.ruiz' }, 'Tomás Ruiz'],
  ])('follows display_name → profile.real_name → real_name → name for %j', (entry, expected) => {
    expect(displayNameOf(entry)).toBe(expected);
  });
});

describe('readUsers', () => {
  it('keeps title, lower-cased e-mail, bot and deleted flags, and skips malformed entries', () => {
    const users = readUsers([
      {
        id: 'U1',
        real_name: 'Ana Ruiz',
        profile: { display_name: 'ana', title: 'SRE', email: 'Ana@X.example' },
      },
      { id: 'U2', profile: { real_name: 'Deploy Bot', bot_id: 'B1' } },
      { id: 'U3', deleted: true, profile: { real_name: 'Gone' } },
      { name: 'no id' },
      null,
    ]);
    expect([...users.keys()]).toEqual(['U1', 'U2', 'U3']);
    expect(users.get('U1')).toEqual({
      id: 'U1',
      name: 'ana',
      realName: 'Ana Ruiz',
      title: 'SRE',
      email: 'ana@x.example',
      isBot: false,
      deleted: false,
      teamId: '',
      isStranger: false,
    });
    expect(users.get('U2')?.isBot).toBe(true);
    expect(users.get('U3')?.deleted).toBe(true);
  });
});

describe('readChannels', () => {
  it('reads named channels and groups, not nameless DMs', () => {
    const names = new Map<string, string>();
    readChannels([{ id: 'C1', name: 'general' }, { id: 'D1', members: ['U1'] }, 'x'], names);
    expect([...names]).toEqual([['C1', 'general']]);
  });
});
