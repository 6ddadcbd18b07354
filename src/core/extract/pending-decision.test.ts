import { describe, expect, it } from 'vitest';
import {
  antecedentBefore,
  decisionQuestion,
  readPendingDecision,
  readsAsNounPhrase,
} from './pending-decision.js';

const ask = (s: string) => {
  const d = readPendingDecision(s);
  return d ? decisionQuestion(d) : null;
};

describe('readPendingDecision', () => {
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
