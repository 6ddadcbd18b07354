import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { readsOthersDataShown } from './reads-others-data-shown.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsOthersDataShown(s));

describe("readsOthersDataShown: one party's data shown to another", () => {
  it.each([
    "When I opened my statement it showed someone else's name and address.",
    "Two parents saw another family's invoice in the app this morning.",
    "The export contained a different customer's orders.",
    'Our invoices were visible to other clients after the update.',
    "A nurse was shown the wrong patient's lab results.",
    "Several tenants saw other tenants' payment history on the dashboard.",
    // a suspected exposure is one too
    "Some pupils may have seen another pupil's grades.",
    "The API returned another user's profile for about an hour.",
    // a thing handed to the wrong party, by the product or by us
    'Our agent emailed the payroll export to the wrong client this morning.',
    'The reminder with her test results was sent to the wrong patient.',
    "Another clinic's appointments showed up in our calendar.",
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    // denied, asked, conditional
    "Nobody saw another customer's data.",
    "We found no sign that any resident saw another household's details.",
    "Did anyone see another user's account?",
    "If a user could view another tenant's files, that would be serious.",
    // what may or should happen, or a permission by design
    "Admins can see other users' names in the directory.",
    "You will see another member's name once they accept the invite.",
    // shared things looking as they should; not a party
    "Other users' comments appear in the feed.",
    "The chart showed another day's figures.",
    // no exposure
    "I want to move this seat to another user's account.",
    "Another customer's import failed the same way.",
    // handed to someone else, but not the wrong party; or a wrong party only supposed
    'I sent the same workaround to another customer yesterday.',
    'Make sure the renewal quote is not emailed to the wrong contact.',
    'Could the invoice have been sent to the wrong client?',
    'The wrong customer was charged twice.',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
