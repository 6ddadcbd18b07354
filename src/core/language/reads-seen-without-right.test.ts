import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { readsSeenWithoutRight } from './reads-seen-without-right.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsSeenWithoutRight(s));

describe('readsSeenWithoutRight: someone saw or got at what is not theirs to see', () => {
  it.each([
    "Users can see passwords they're not allowed to.",
    'Yesterday he opened a patient file that is not his.',
    "Members see messages in channels they don't belong to.",
    "He downloaded reports he shouldn't have access to.",
    "Two agents viewed tickets they shouldn't.",
    'She accessed the payroll folder without permission.',
    'I received a message that was not meant for me.',
    'Our trainee saw invoices and a salary summary on an account that is not hers.',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    // denied, wished, asked, conditional, only foreseen
    "Please make sure nobody sees records they shouldn't.",
    "Users shouldn't see records they don't own.",
    'If someone sees files they are not allowed to, tell us.',
    "Did anyone see data they shouldn't?",
    'Next week agents will see tickets they are not assigned to.',
    // a right to do something else, an inability, a message quoted
    'They can view dashboards they are not allowed to edit.',
    'I cannot access the page and it does not open.',
    'When we open the page it says "you do not have rights to view this".',
    'When we open the page it shows a note (you do not have rights to edit profiles).',
    // what was seen is a clause, or the thing is no one's
    'I saw that the user was not allowed to log in.',
    "We saw the error on pages that aren't cached.",
    "Open the settings page; it doesn't open and I see an error.",
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
