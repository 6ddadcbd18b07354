import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { readsEveryoneFails } from './reads-everyone-fails.js';

const reads = (text: string): boolean => analyze(text).sentences.some(readsEveryoneFails);

describe('readsEveryoneFails: a failure that holds for everyone named', () => {
  it.each([
    'Nobody in the warehouse can sign in since the update.',
    'No one can open the mobile app.',
    'All 25 of our agents are locked out.',
    'Every one of our drivers is blocked at the login screen.',
    'None of our tutors receive the booking e-mails.',
    'The scheduler is down for everyone in the Madrid office.',
    'Card payments are failing for all our stores.',
    // a clause after a verb of knowing or saying keeps its subject
    'We noticed every user is locked out of the dashboard.',
    'I think all our kiosks are offline.',
    'Everybody on the night shift can’t reach the portal.',
    // a span of time after the noun dates it and leaves the predicate to the phrase
    'Every parcel since just after nine has been rejected.',
    'All refunds after the 3 March release have failed.',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    // a quantifier over time or over one person's attempts, not over people
    'Every time I press save the page fails.',
    'It takes an hour every day and we cannot keep doing that.',
    'We lose bookings every minute this stays broken.',
    'Each store pays a penalty every weekend the feed is not fixed.',
    'Every nightly run since the 4th fails at the upload step.',
    // the quantified phrase is what a verb acts on, or its noun carries a relative clause
    'The cleanup job resets every counter that is not listed to zero.',
    'Yesterday the importer flagged all rows as failed.',
    'We will retry every payment whose capture failed.',
    // a denial of impact, a question, a condition
    'None of the other schools are affected.',
    'Are all clinics affected?',
    'If all the renewals fail we lose the quarter.',
    // the quantifier modifies what failed, with no one named
    'Please resend all failed.',
    'Every failed upload is kept for a week.',
    // an answer nobody has, not people kept out
    'Nobody could explain why the invoice total changed.',
    // a span of time that opens a clause of its own is not skipped over
    'Every ticket since we moved offices has failed to print.',
    'No one can help us with this.',
    'All other tenants look fine.',
    // affected by a problem is not kept out
    'All of our branches are affected by the duplicate invoices.',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
