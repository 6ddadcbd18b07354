import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { exceedsAuthority, readsWithinAuthority } from './reads-compensation-authority.js';

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
