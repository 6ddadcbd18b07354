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

  it('reads a pronoun subject as the subject of the clause it is joined to', () => {
    expect(read('The seat discount looks fair, but it needs Finance sign-off.')?.thing).toBe(
      'The seat discount',
    );
    expect(read('The migration window is short, and that is a product decision.')?.thing).toBe(
      'The migration window',
    );
    expect(read("The retention change is ready, that's Amara's call.")?.thing).toBe('The retention change');
    // after an action the pronoun stands for its object or the whole clause, not the subject
    expect(read('Gilbert drafted a plan, but it needs Finance sign-off.')?.thing).toBe('');
    // after a bracket or alone, the pronoun points to what the sentence does not show
    expect(read('It needs Finance sign-off.')?.thing).toBe('');
    expect(
      read("Hold the reply until the notice is approved - acknowledge only (that's her DPO's call)."),
    ).toMatchObject({
      approver: 'DPO',
      thing: '',
    });
  });

  it('reads a subject after a clause joined by "and", and a long subject that is a noun phrase', () => {
    expect(read('Marta says the fee is waived and the credit needs Finance sign-off.')?.thing).toBe(
      'the credit',
    );
    expect(read('The refund and the credit need Finance sign-off.')?.thing).toBe('The refund and the credit');
    expect(read('Any change of the retention period for a single tenant needs Legal sign-off.')?.thing).toBe(
      'Any change of the retention period for a single tenant',
    );
    // a long subject with a verb in it is a clause, not the thing
    expect(
      read('The team that built the importer and then moved to billing last spring needs Legal sign-off.')
        ?.thing,
    ).not.toContain('moved');
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

  it('reads the thing from the subject of a possessive need and after "about"', () => {
    expect(read("The goodwill credit still needs Ines's sign-off.")).toMatchObject({
      approver: 'Ines',
      thing: 'The goodwill credit',
    });
    expect(read('We are waiting on a decision from security about the audit export.')).toMatchObject({
      approver: 'security',
      thing: 'the audit export',
    });
  });

  it("declines only with a declining verb in the decision's own clause", () => {
    expect(
      read("We need Finance's approval of the refund because the bank declined the card."),
    ).toMatchObject({
      approver: 'Finance',
      state: 'pending',
    });
    expect(read('Legal rejected the approval of the new clause.')).toMatchObject({ state: 'declined' });
  });

  it('reads a decision left to someone, and a bare present verb as behaviour', () => {
    expect(read('Leaving it to Omar to decide the rollout date.')).toMatchObject({
      approver: 'Omar',
      thing: 'the rollout date',
      state: 'pending',
    });
    expect(read('Outlook decides to block the attachment.')).toBeNull();
    expect(read('Legal decides whether the clause stays.')).toMatchObject({
      approver: 'Legal',
      state: 'pending',
    });
  });

  it('names the decider without what stands before its article or a verb joined to another', () => {
    expect(read('In its wisdom the release board decided to freeze merges.')).toMatchObject({
      approver: 'the release board',
      state: 'given',
    });
    expect(read('Talked it over with Dana and decided to roll back.')).toBeNull();
    // a decision nobody holds and nothing waits for
    expect(read('That was an informed decision about the risk.')).toBeNull();
  });

  it('reads the passive: its agent decides, a wait before it keeps it pending, a present tense states a rule', () => {
    expect(
      read('Nothing goes out until the price change is approved by the pricing committee.'),
    ).toMatchObject({
      approver: 'the pricing committee',
      thing: 'the price change',
      state: 'pending',
      awaited: true,
    });
    expect(read('The banner needs to be signed off by the brand manager.')).toMatchObject({
      approver: 'the brand manager',
      state: 'pending',
    });
    expect(read('The rebate was applied as approved by the CFO.')).toMatchObject({ state: 'given' });
    expect(read('Every waiver is approved by the ops director.')).toMatchObject({
      approver: 'the ops director',
      state: 'pending',
      awaited: false,
    });
    expect(read('No ETA until ops mgmt approves the cutover.')).toMatchObject({
      approver: 'ops mgmt',
      thing: 'the cutover',
    });
  });

  it('reads a policy exception and whom it needs', () => {
    expect(read('Waiving the setup fee is a policy exception and needs Finance.')).toMatchObject({
      approver: 'Finance',
      thing: 'Waiving the setup fee',
      state: 'pending',
    });
    expect(read('That is outside the policy window for returns.')).toBeNull();
  });

  it('reads what an approval with no object approves, and a wait to decide with no one named', () => {
    expect(read('A partial refund is possible but Kenji would have to sign off.')).toMatchObject({
      approver: 'Kenji',
      thing: 'A partial refund',
    });
    expect(read('We still need to decide whether to extend the trial.')).toMatchObject({
      approver: '',
      thing: 'whether to extend the trial',
      state: 'pending',
      awaited: true,
    });
  });

  it('reads a decision the speaker disowns or waits to take, not a help text\'s "until someone approves it"', () => {
    expect(read('Fine by me, but that is not my call.')).toMatchObject({ approver: '', state: 'pending' });
    expect(read('Hold the banner until we decide which logo wins.')).toMatchObject({
      approver: '',
      thing: 'which logo wins',
      state: 'pending',
    });
    expect(read('A draft that is shared stays private until someone approves it.')).toBeNull();
    expect(read('If we decide the banner works we keep it.')).toBeNull();
  });

  it('reads "decide" with a clause of plain fact as a conclusion, not a choice', () => {
    expect(read('Safari decided that the page was a phishing site.')).toBeNull();
    expect(read('Yesterday Linux decided the disk was full.')).toBeNull();
    expect(read('The board decided that we will ship in March.')).toMatchObject({
      approver: 'The board',
      state: 'given',
    });
    expect(read('The board decided to ship in March.')).toMatchObject({ state: 'given' });
  });
});
