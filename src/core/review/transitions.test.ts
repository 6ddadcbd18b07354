import { describe, expect, it } from 'vitest';
import { checkGateChange, checkTransition, MANUAL_STATES, type PacketState } from './transitions.js';

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
    expect(check).toEqual({
      ok: false,
      code: 'SPINE_ERR_GATES_PENDING',
      reason: '2 gate(s) are still pending',
    });
  });
});

describe('sending in the transition table', () => {
  it('goes to sent only from approved', () => {
    expect(checkTransition({ from: 'approved', to: 'sent' })).toEqual({ ok: true });
    for (const from of ['prepared', 'in_review', 'changes_requested'] satisfies PacketState[]) {
      expect(checkTransition({ from, to: 'sent' })).toMatchObject({
        ok: false,
        code: 'SPINE_ERR_NOT_APPROVED',
      });
    }
  });

  it('sends once: sent → sent is refused as already sent', () => {
    expect(checkTransition({ from: 'sent', to: 'sent' })).toMatchObject({
      ok: false,
      code: 'SPINE_ERR_ALREADY_SENT',
    });
  });

  it('never goes back to review or approval after sending, only to closing', () => {
    for (const to of ['prepared', 'in_review', 'changes_requested', 'approved'] satisfies PacketState[]) {
      expect(checkTransition({ from: 'sent', to, reason: 'x' }).ok).toBe(false);
    }
    expect(checkTransition({ from: 'sent', to: 'resolved', reason: 'fixed' })).toEqual({ ok: true });
  });

  it('freezes gates after sending and on closed packets', () => {
    expect(checkGateChange('approved')).toEqual({ ok: true });
    expect(checkGateChange('sent')).toMatchObject({ ok: false, code: 'SPINE_ERR_GATES_FROZEN' });
    expect(checkGateChange('resolved')).toMatchObject({ ok: false, code: 'SPINE_ERR_CONFLICT' });
  });

  it('leaves sent out of the states a person picks by hand', () => {
    expect(MANUAL_STATES).not.toContain('sent');
    expect(MANUAL_STATES).not.toContain('prepared');
  });
});
