import { describe, expect, it } from 'vitest';
import { isIndignant } from './is-indignant.js';

describe('isIndignant', () => {
  it.each([
    ['Who here is lying to me?'],
    ['So which of your teams lied about the uptime?'],
    ['Is this some kind of scam?'],
    ['Is this how you look after paying customers?'],
    ['Is that what you call an SLA?'],
    ['We pay you 4,000 a month for this?'],
    ['You call that a migration?'],
    ['Why the hell does the invoice double every month?'],
    ['What on earth happened to our calendars?'],
  ])('reads "%s" as indignation', (q) => {
    expect(isIndignant(q)).toBe(true);
  });

  it.each([
    ['Where does the problem lie?'],
    ['Is this expected after the upgrade?'],
    ['Is this how the export is meant to work?'],
    ['Your export is complete?'],
    ['We still need this?'],
    ['Can you tell me how this happened?'],
    ['Who is on call for the API this weekend?'],
    ['Which one of the two invoices should we pay?'],
    ['Nobody is lying, but which number is right'],
  ])('keeps "%s" as a question (or no question)', (q) => {
    expect(isIndignant(q)).toBe(false);
  });
});
