import { describe, expect, it } from 'vitest';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { derivePending } from './derive-pending.js';

const note = (text: string) => ({ text, role: 'support' as const, visibility: 'internal' as const });

describe('derivePending', () => {
  it('names the approvers and the object of a policy exception', () => {
    const qs = derivePending(
      makeExtractContext([
        note('The $45 courier charge and a goodwill voucher are outside policy, need Leadership approval.'),
      ]),
    ).map((u) => u.question);
    expect(qs).toEqual(['Will Leadership approve the $45 courier charge and a goodwill voucher?']);
  });

  it('turns checks under way and promised follow-ups into questions', () => {
    const qs = derivePending(
      makeExtractContext([
        note('pulling access logs for PDF downloads since Nov 18'),
        note("I'll process the refund once the card is confirmed."),
      ]),
    ).map((u) => u.question);
    expect(qs).toContain('Did we pull access logs for PDF downloads since Nov 18, and what did it show?');
    expect(qs.some((q) => /^Has the team done what it said it would: process the refund/.test(q))).toBe(true);
  });

  it('ignores the customer and public replies', () => {
    const ctx = makeExtractContext([
      { text: "I'll process the payroll once this works.", role: 'customer' },
      { text: "We're checking the logs now and will update you.", role: 'support' },
    ]);
    expect(derivePending(ctx)).toEqual([]);
  });

  it('asks whether a pending sign-off will come, read actively or in the passive', () => {
    const ask = (text: string) => derivePending(makeExtractContext([note(text)])).map((u) => u.question);
    // a team named bare in lower case reads with its article in a question
    expect(ask('No date until release mgmt approves the hotfix.')).toEqual([
      'Will the release mgmt approve the hotfix?',
    ]);
    expect(ask('No date until Finance approves the hotfix.')).toEqual(['Will Finance approve the hotfix?']);
    expect(ask('Hold the reply until the hotfix is approved by the release manager.')).toEqual([
      'Will the release manager approve the hotfix?',
    ]);
    // given, not pending
    expect(ask('The hotfix went out as approved by the release manager.')).toEqual([]);
  });

  it('asks a sign-off someone "would need" of what the sentence is about', () => {
    const qs = derivePending(
      makeExtractContext([
        note('a rollback of reports 3.1 is on the table but Tomás would need to sign off.'),
      ]),
    ).map((u) => u.question);
    expect(qs).toEqual(['Will Tomás approve a rollback of reports 3.1?']);
  });

  it('asks a standing rule of this case only when the customer asks for its thing', () => {
    const rule = note('Any goodwill voucher is approved by the Head of Support, not by the agent.');
    const asking = { text: 'Can we get a goodwill voucher for the lost week?', role: 'customer' as const };
    expect(derivePending(makeExtractContext([asking, rule])).map((u) => u.question)).toEqual([
      'Will the Head of Support approve the goodwill voucher?',
    ]);
    expect(derivePending(makeExtractContext([rule]))).toEqual([]);
  });

  it('asks who approves an approval no one is named for, and nothing for a heading', () => {
    const ask = (text: string) => derivePending(makeExtractContext([note(text)])).map((u) => u.question);
    expect(ask('The extra seat discount needs approval.')).toEqual([
      'Who must approve the extra seat discount?',
    ]);
    expect(ask('What needs approval above the team lead')).toEqual([]);
  });

  it('closes a plan a later message of the conversation reports done', () => {
    const open = derivePending(
      makeExtractContext([note("I'm going to re-import the March price list tonight.")]),
    ).map((u) => u.question);
    expect(open).toEqual(['When will the plan to re-import the March price list tonight be done?']);
    const closed = derivePending(
      makeExtractContext([
        note("I'm going to re-import the March price list tonight."),
        { text: 'March price list is back in, 412 rows.', role: 'engineering', visibility: 'internal' },
      ]),
    );
    expect(closed).toEqual([]);
  });

  it('reads consulting a colleague as no check of the case', () => {
    const qs = derivePending(
      makeExtractContext([note('checking with finance about the wording, back soon')]),
    ).map((u) => u.question);
    expect(qs).toEqual([]);
  });

  it('cites the note and traces the rule', () => {
    const [u] = derivePending(
      makeExtractContext([note('querying the audit table for exports since Monday')]),
    );
    expect(u?.cites).toEqual(['S1:m1']);
    expect(u?.trace.rule).toBe('pending-check');
  });

  it('asks a decision left with someone named until a later message records it', () => {
    const open = derivePending(
      makeExtractContext([note('The late-fee waiver is for Finance to decide, by Thursday at the latest.')]),
    ).map((u) => u.question);
    expect(open[0]).toBe('Will Finance decide on the late-fee waiver by Thursday?');
    const closed = derivePending(
      makeExtractContext([
        note('The late-fee waiver is for Finance to decide.'),
        { text: 'Finance approved the waiver this morning.', role: 'success', visibility: 'internal' },
      ]),
    ).map((u) => u.question);
    expect(closed).toEqual([]);
  });

  it('reads no pending decision in a generic rule with nobody named', () => {
    const qs = derivePending(
      makeExtractContext([note('A draft stays hidden until someone approves it or changes its status.')]),
    ).map((u) => u.question);
    expect(qs).toEqual([]);
  });
});
