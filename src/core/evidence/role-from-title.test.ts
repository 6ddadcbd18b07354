import { describe, expect, it } from 'vitest';
import type { Role } from '../model/evidence.js';
import { roleFromTitle } from './role-from-title.js';

describe('roleFromTitle', () => {
  it.each([
    ['Senior Support Engineer', 'support'],
    ['Support Lead', 'support'],
    ['CX Specialist', 'support'],
    ['Customer Care Agent', 'support'],
    ['Staff Engineer, Integrations', 'engineering'],
    ['Engineering Manager, Integrations', 'engineering'],
    ['SRE (on-call this week)', 'engineering'],
    ['Backend Developer', 'engineering'],
    ['Platform team', 'engineering'],
    ['Customer Success Manager', 'success'],
    ['CSM, EMEA', 'success'],
    ['Senior Account Manager', 'success'],
    ['Customer Success Engineer', 'success'],
    ['VP Customer Success', 'leadership'],
    ['VP, Security & Compliance', 'leadership'],
    ['Head of Support', 'leadership'],
    ['Director of Engineering', 'leadership'],
    ['Chief Information Officer', 'leadership'],
    ['CTO & co-founder', 'leadership'],
  ] satisfies [string, Role][])('reads %j as %s', (title, role) => {
    expect(roleFromTitle(title)).toBe(role);
  });

  it.each(['', '   ', 'Group Product Manager, Compliance', 'Office Manager', 'Designer'])(
    'returns null for %j, which names no known role',
    (title) => {
      expect(roleFromTitle(title)).toBeNull();
    },
  );

  it('does not match role words inside other words', () => {
    expect(roleFromTitle('Conductor')).toBeNull();
    expect(roleFromTitle('Supportive colleague')).toBeNull();
    expect(roleFromTitle('Vpn administrator')).toBeNull();
  });
});
