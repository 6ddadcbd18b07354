import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readApproval } from './read-approval.js';

const read = (text: string) => {
  const [s] = analyze(text).sentences;
  if (!s) throw new Error(`no sentence in ${text}`);
  const r = readApproval(s);
  return r && { approver: r.approver, state: r.state, act: r.act, thing: r.thing, awaited: r.awaited };
};

describe('readApproval', () => {
  it.each([
    ['Lowering the minimum term needs procurement sign-off.', 'procurement', 'approve'],
    ['We are waiting on a decision from compliance about the retention period.', 'compliance', 'decide'],
    ['Moving the cutover date is for the programme director to decide.', 'the programme director', 'decide'],
    ['I sent the waiver to Legal for approval.', 'Legal', 'approve'],
    ['Whether we reopen the beta is up to the board.', 'the board', 'decide'],
    ["The extension still needs Tomasz's approval.", 'Tomasz', 'approve'],
    ['Our CFO has to approve the goodwill payment.', 'CFO', 'approve'],
  ])('reads a pending decision with its approver: %j', (text, approver, act) => {
    expect(read(text)).toMatchObject({ approver, act, state: 'pending' });
  });

  it('reads the thing from the subject of a need', () => {
    expect(read('The fee waiver needs finance approval.')).toMatchObject({
      approver: 'finance',
      thing: 'The fee waiver',
      awaited: true,
    });
  });

  it('tells a decision given from one pending', () => {
    expect(read('Procurement approved the new terms this morning.')).toMatchObject({ state: 'given' });
    expect(read('We got sign-off from the Head of Sales yesterday.')).toMatchObject({ state: 'given' });
    expect(read('Finance has not approved the write-off yet.')).toMatchObject({ state: 'pending' });
  });

  it('reads a wait with no one named, and whose a decision is without a wait', () => {
    expect(read('Honestly it is not mine to approve.')).toMatchObject({ approver: '', state: 'pending' });
    expect(read('Moving the payout date is a Risk decision.')).toMatchObject({
      approver: 'Risk',
      awaited: false,
    });
  });

  it.each([
    'The approval workflow page times out for admins.',
    'This does not need finance approval, it is under the limit.',
    'Can legal approve this today?',
    'The parser decides which branch to take.',
    'She signed the contract on Monday.',
    'The product decides the order of the columns.',
  ])('reads no pending approval in %j', (text) => {
    const r = read(text);
    expect(r === null || (r.state === 'pending' && r.approver !== '') ? r : null).toBeNull();
  });
});
