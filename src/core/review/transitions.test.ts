import { describe, expect, it } from 'vitest';
import { checkTransition, type PacketState } from './transitions.js';

describe('checkTransition', () => {
  it.each([
    ['prepared', 'in_review'],
    ['in_review', 'approved'],
    ['changes_requested', 'in_review'],
    ['approved', 'in_review'],
  ] satisfies [PacketState, PacketState][])('allows %s → %s', (from, to) => {
    expect(checkTransition({ from, to, reason: 'x' })).toEqual({ ok: true });
  });

  it.each([
    ['prepared', 'approved'],
    ['resolved', 'in_review'],
    ['de_escalated', 'prepared'],
    ['changes_requested', 'approved'],
  ] satisfies [PacketState, PacketState][])('refuses %s → %s', (from, to) => {
    expect(checkTransition({ from, to, reason: 'x' }).ok).toBe(false);
  });

  it('needs a reason to request changes or resolve', () => {
    expect(checkTransition({ from: 'in_review', to: 'changes_requested', reason: '  ' }).ok).toBe(false);
    expect(checkTransition({ from: 'in_review', to: 'resolved' }).ok).toBe(false);
  });

  it('needs a reason and who told the receiving team to de-escalate', () => {
    expect(checkTransition({ from: 'in_review', to: 'de_escalated', reason: 'how-to' }).ok).toBe(false);
    expect(
      checkTransition({ from: 'in_review', to: 'de_escalated', reason: 'how-to', toldBy: 'Ana in #eng' }),
    ).toEqual({ ok: true });
  });

  it('refuses approval while gates are pending', () => {
    const check = checkTransition({ from: 'in_review', to: 'approved', pendingGates: 2 });
    expect(check).toEqual({ ok: false, reason: '2 gate(s) are still pending' });
  });
});
