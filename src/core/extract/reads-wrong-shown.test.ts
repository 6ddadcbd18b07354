import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsWrongShown } from './reads-wrong-shown.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsWrongShown(s));

describe('readsWrongShown: what the product shows differs from what is true', () => {
  it.each([
    'The invoices are showing the wrong VAT rate.',
    'Since Monday the export prints an incorrect date on every row.',
    'We paid $120, but the statement says $180.',
    'The dashboard shows 120 seats instead of 95.',
    'Members were billed £30 and the confirmation email says £60.',
    // a cause that is not a setting of theirs leaves the reading
    'The statement shows the wrong period because the job rounds dates in UTC.',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    // asked, conditional, denied
    'Does the invoice show the wrong VAT rate?',
    'If the statement shows the wrong total, reissue it.',
    'The statement no longer shows the wrong total.',
    'The receipt does not show the wrong amount any more.',
    // values listed side by side, not set against each other
    'The dashboard shows 120 seats and 15 admins.',
    'The report shows 42 orders for March.',
    // values of different kinds are not set against each other
    'Checked 4 other branches: the rota is showing normally for June.',
    // wrong, but not what is shown
    'I typed the wrong password three times.',
    // the wording of a message to be written, not a statement that the product shows it
    'We could send the auditor a short note: the statements printed the wrong period because the export ran early.',
    // put down to a setting or to the customer's side
    'The tickets printed at the wrong size because of the kiosk printer setting.',
    'The badge shows the wrong name because their directory still has the old one.',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
