import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import {
  declinesCompensation,
  exceedsAuthority,
  grantsAmends,
  readsWithinAuthority,
} from './reads-compensation-authority.js';

const within = (text: string): boolean => analyze(text).sentences.some((s) => readsWithinAuthority(s));
const beyond = (text: string): boolean => analyze(text).sentences.some((s) => exceedsAuthority(s));

describe('readsWithinAuthority: support may settle the credit itself', () => {
  it.each([
    'Agents can issue a refund of up to $150 without manager approval.',
    'Per the runbook, support may give a goodwill credit up to €80 per customer.',
    'That comes to $96 in total, so within my limit.',
    'We are allowed to waive the late fee once per account.',
  ])('reads %j', (text) => expect(within(text)).toBe(true));

  it.each([
    // a bare offer states no authority
    'We can offer you a credit for the downtime.',
    // denied, asked, conditional
    "Support can't give credits, that needs finance.",
    'Can support give a refund of up to $100?',
    'If it is under $50 we can refund it without approval.',
    // a limit that is not about money
    'The request is within our rate limit.',
    // exceeded
    "That's $900, well over our limit, so it goes to finance.",
  ])('does not read %j', (text) => expect(within(text)).toBe(false));

  it('reads a limit exceeded as the opposite', () => {
    expect(beyond("That's $900, well over our limit, so it goes to finance.")).toBe(true);
    expect(beyond('That comes to $96 in total, so within my limit.')).toBe(false);
  });
});

describe('declinesCompensation: our side says no within its own remit', () => {
  const declines = (text: string): boolean => analyze(text).sentences.some((s) => declinesCompensation(s));

  it.each([
    'No refund and no discount on this one.',
    'We are not going to waive the setup fee.',
    "We're not offering a credit for the weekend.",
    "We won't reimburse the courier costs.",
    "Don't offer credits for this, it was their change.",
    'There is no compensation for scheduled maintenance.',
    // vakyansh/cucom (synthetic agent replies, Apache-2.0), e-commerce conversations
    'Unfortunately, we do not offer cleaning services or partial refunds in these situations.',
  ])('reads %j', (text) => expect(declines(text)).toBe(true));

  it.each([
    // a state, not a decision
    'No refund was issued yet.',
    'We did not refund the first order.',
    'The customer has not received the credit.',
    // an inability says who may decide, not what was decided
    "I can't refund that without my manager.",
    "Agents aren't allowed to give credits.",
    // asked, conditional, doubted
    'Can we offer no credit here?',
    "If it's on their side, no refund.",
    'I might not offer a credit.',
    // a thing judged, another thing denied, or the word naming something else
    'The voucher does not compensate for a lost weekend.',
    'No credit card is needed for the trial.',
    // vakyansh/cucom: the denial is of something else; the refund is granted
    'While we do not directly offer cleaning services, we will certainly expedite a full refund.',
    'This does not guarantee a faster refund, but it will flag your return for priority attention.',
  ])('does not read %j', (text) => expect(declines(text)).toBe(false));
});

describe('a limit held as a sum, and amends support gives itself', () => {
  const first = (text: string) => {
    const s = analyze(text).sentences[0];
    if (!s) throw new Error('no sentence');
    return s;
  };

  it('reads an owner’s sum as the limit the amends fall within', () => {
    expect(readsWithinAuthority(first('Waived the £9 late fee (inside my £40).'))).toBe(true);
    expect(exceedsAuthority(first('A £120 credit is over your £40, ask the lead.'))).toBe(true);
  });

  it('reads a bare sum after "over" as a rule, not this case beyond a limit', () => {
    expect(exceedsAuthority(first('Anything over £40 is for the lead.'))).toBe(false);
  });

  it.each([
    'Refunded the £9 late fee.',
    'I have credited her account with one month.',
    'You can waive the delivery fee.',
  ])('reads %j as amends our side gives', (text) => expect(grantsAmends(first(text))).toBe(true));

  it.each([
    'She wants a refund of the delivery fee.',
    'We will not refund the fees.',
    'Can you refund the fee?',
  ])('does not read %j as amends our side gives', (text) => expect(grantsAmends(first(text))).toBe(false));
});
