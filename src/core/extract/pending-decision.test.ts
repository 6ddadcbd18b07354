import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import type { Sentence } from '../language/types.js';
import {
  antecedentBefore,
  decisionQuestion,
  readPendingDecision,
  readsAsNounPhrase,
  recordsDecision,
} from './pending-decision.js';

const ask = (s: string) => {
  const d = readPendingDecision(s);
  return d ? decisionQuestion(d) : null;
};

describe('readPendingDecision', () => {
  it('reads a body that sits ahead as a decision pending, asked by when it sits', () => {
    expect(ask('The pricing committee meets on Friday to review the discount.')).toBe(
      'Will the pricing committee approve the discount when it meets on Friday?',
    );
    expect(ask('Our review board meets Monday.')).toBe(
      'What will the review board approve when it meets Monday?',
    );
    expect(ask('The risk council will convene tomorrow to decide whether we pause payouts.')).toBe(
      'Will the risk council decide whether we pause payouts when it meets tomorrow?',
    );
    // a habit or a sitting past waits on nothing; a team meeting decides nothing
    expect(readPendingDecision('The review board meets every Monday.')).toBeNull();
    expect(readPendingDecision('The advisory board will meet four times a year.')).toBeNull();
    expect(readPendingDecision('The pricing committee met on Friday.')).toBeNull();
    expect(readPendingDecision('The support team meets on Friday.')).toBeNull();
  });

  it("takes a sitting body's decision as recorded once it approves or gives its OK, not while it still has to", () => {
    const d = readPendingDecision('The pricing committee meets on Friday to review the discount.');
    if (!d) throw new Error('no decision read');
    const said = (text: string): boolean => recordsDecision(analyze(text).sentences[0] as Sentence, d);
    expect(said('The pricing committee approved the discount.')).toBe(true);
    expect(said('The pricing committee gave its OK this morning.')).toBe(true);
    expect(said('The pricing committee still has to approve the discount.')).toBe(false);
  });

  it('reads an approval awaited from a role, a function or another company, however it is worded', () => {
    expect(ask('We are still waiting on compliance to sign off on the retention change.')).toBe(
      'Will compliance approve the retention change?',
    );
    expect(ask("The schema migration needs the DBA lead's OK.")).toBe(
      'Will the DBA lead approve the schema migration?',
    );
    expect(ask('Procurement still has to green-light the seat upgrade.')).toBe(
      'Will Procurement approve the seat upgrade?',
    );
    expect(ask('Nothing moves until the issuer approves the chargeback reversal.')).toBe(
      'Will the issuer approve the chargeback reversal?',
    );
    expect(ask('The steering board has to review and approve the data export.')).toBe(
      'Will the steering board approve the data export?',
    );
    expect(
      readPendingDecision('Pending sign-off from their privacy team, the export stays paused.')?.decider,
    ).toBe('privacy team');
    // "OK" alone replies; a deliberation verb is not any verb ("file and decide")
    expect(readPendingDecision('OK, the board can have the report on Monday.')).toBeNull();
    expect(readPendingDecision('We will put it in our QA file and decide later.')).toBeNull();
  });

  it('names the decider and keeps a numbered list as the options', () => {
    expect(
      ask('Needs the CFO and legal to decide (1) which refund we offer (2) whether we waive the fee.'),
    ).toBe('Will the CFO and legal decide which refund we offer; whether we waive the fee?');
  });

  it('reads the subject as the thing when it is for someone to decide', () => {
    expect(ask('Keep quiet for now; the goodwill voucher is for the account director to decide.')).toBe(
      'Will the account director decide on the goodwill voucher?',
    );
    expect(ask('Whether to roll back is up to the release manager.')).toBe(
      'Will the release manager decide whether to roll back?',
    );
    expect(ask("Whether we backport it is Omar's call.")).toBe('Will Omar decide whether we backport it?');
  });

  it('keeps the deadline and a label that names the thing', () => {
    expect(ask('Legal will decide by Monday whether this is reportable.')).toBe(
      'Will Legal decide whether this is reportable by Monday?',
    );
    expect(ask('Rollout: Hannah decides tomorrow once the canary is green.')).toBe(
      'Will Hannah decide on rollout tomorrow?',
    );
    expect(ask("Still waiting on Priya's approval of the credit note before Friday.")).toBe(
      'Will Priya approve the credit note before Friday?',
    );
  });

  it('reads sign-offs as approvals', () => {
    expect(ask('Waiting for Finance to sign off the refund of the duplicate charge.')).toBe(
      'Will Finance approve the refund of the duplicate charge?',
    );
    expect(ask('Unless Leo approves an early release, this waits for the train.')).toBe(
      'Will Leo approve an early release?',
    );
  });

  it('leaves out decisions made, pronoun deciders and things it cannot name', () => {
    expect(ask('Product approved the change yesterday.')).toBeNull();
    expect(ask('We need to decide if we revert.')).toBeNull();
    expect(ask('The parser decides which branch to take.')).toBeNull();
    expect(ask('I left it in place, Compliance should decide first since it is a record.')).toBeNull();
    expect(ask('It stays in review until someone approves it.')).toBeNull();
  });

  it('asks about a sign-off or a decision someone waits for, not one that only says whose it is', () => {
    expect(ask('The credit note still needs Finance sign-off.')).toBe(
      'Will Finance approve the credit note?',
    );
    expect(ask("The refund still needs Marta's sign-off.")).toBe('Will Marta approve the refund?');
    expect(ask('We are waiting on a decision from Legal about the retention clause.')).toBe(
      'Will Legal decide on the retention clause?',
    );
    expect(ask('Changing the export format is a product decision.')).toBeNull();
  });
});

describe('readsAsNounPhrase', () => {
  it('keeps a noun phrase, a participle before its noun, a misread noun after a determiner and an alternative', () => {
    expect(readsAsNounPhrase('an exception to the 30-day policy')).toBe(true);
    expect(readsAsNounPhrase('written approval')).toBe(true);
    expect(readsAsNounPhrase('the revert')).toBe(true);
    expect(readsAsNounPhrase('the rollback or fix forward')).toBe(true);
  });

  it('refuses a clause the reading ran into', () => {
    expect(readsAsNounPhrase('his manager thinks a discount')).toBe(false);
    expect(readsAsNounPhrase('the script checked by them after the import')).toBe(false);
  });
});

describe('decisionQuestion on a garbled object', () => {
  it('asks nothing of an approval whose object is a clause, but still asks a choice', () => {
    expect(
      decisionQuestion({
        decider: 'Finance',
        act: 'approve',
        thing: 'his manager thinks a discount',
        deadline: '',
      }),
    ).toBeNull();
    expect(
      decisionQuestion({ decider: 'Finance', act: 'approve', thing: 'the discount', deadline: '' }),
    ).toBe('Will Finance approve the discount?');
  });
});

describe('antecedentBefore', () => {
  it('finds the phrase an approval of "it" stands for, before the decider', () => {
    expect(
      antecedentBefore(
        'The plan allows a temporary rate increase but only their partner manager can approve it.',
        'partner manager',
      ),
    ).toBe('a temporary rate increase');
  });

  it('keeps a hyphenated modifier whole, and stops at a dash set apart by spaces', () => {
    expect(
      antecedentBefore(
        'Policy permits a short-term exemption but only the regional director can approve it.',
        'regional director',
      ),
    ).toBe('a short-term exemption');
    expect(
      antecedentBefore('We could run a second pass - only the DBA lead can approve it.', 'DBA lead'),
    ).toBe('a second pass');
  });

  it('finds nothing when the approval names no pronoun or nothing comes before the decider', () => {
    expect(
      antecedentBefore(
        'The plan allows a temporary rate increase and the partner manager must approve.',
        'partner manager',
      ),
    ).toBe('');
    expect(antecedentBefore('Only the VP can approve it.', 'the VP')).toBe('');
  });
});
