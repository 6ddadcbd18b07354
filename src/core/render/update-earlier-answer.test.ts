import { describe, expect, it } from 'vitest';
import type { Evidence } from '../model/evidence.js';
import { earlierAnswer, settledByCustomer, settledByUs } from './update-earlier-answer.js';
import type { Said } from './update-material.js';

const said = (text: string, at: string): Said => ({
  text,
  item: { id: at, source: 'S1', at, text } as unknown as Evidence,
});
const ASKED = '2026-03-02T09:00:00.000Z';

describe('earlierAnswer', () => {
  it('answers from a later statement of ours that shares the question words', () => {
    const ours = [said('The nightly backup keeps deleted folders for 30 days.', '2026-03-02T11:00:00.000Z')];
    expect(earlierAnswer('How long the nightly backup keeps deleted folders', ASKED, ours)).toBe(
      'As we wrote in our reply of 2 March, the nightly backup keeps deleted folders for 30 days.',
    );
  });

  it('answers what to do from a later recommendation, without its framing clause', () => {
    const ours = [
      said(
        'While we look into it, we recommend exporting the report as CSV instead.',
        '2026-03-02T11:00:00.000Z',
      ),
    ];
    expect(earlierAnswer('What you should do in the meantime', ASKED, ours)).toBe(
      'As we wrote in our reply of 2 March, we recommend exporting the report as CSV instead.',
    );
  });

  it('takes no bare instruction that names nothing, nor a lead-in ending in a colon, as the answer', () => {
    const bare = [said('Please check them afterwards.', '2026-03-02T11:00:00.000Z')];
    expect(earlierAnswer('What you should do with the old exports', ASKED, bare)).toBeNull();
    const lead = [
      said('Before we restore the deleted folders, one thing first:', '2026-03-02T11:00:00.000Z'),
    ];
    expect(earlierAnswer('Whether we can restore the deleted folders', ASKED, lead)).toBeNull();
  });

  it('answers a question asked again from our last reply before it, not from an older one', () => {
    const last = [said('The nightly backup keeps deleted folders for 30 days.', '2026-03-01T11:00:00.000Z')];
    expect(earlierAnswer('How long the nightly backup keeps deleted folders', ASKED, last)).toBe(
      'As we wrote in our reply of 1 March, the nightly backup keeps deleted folders for 30 days.',
    );
    const older = [
      said('The nightly backup keeps deleted folders for 30 days.', '2026-02-27T11:00:00.000Z'),
      said('Thanks, we have the screenshots now.', '2026-03-01T11:00:00.000Z'),
    ];
    expect(earlierAnswer('How long the nightly backup keeps deleted folders', ASKED, older)).toBeNull();
    const scripted = [
      {
        ...said('The nightly backup keeps deleted folders for 30 days.', '2026-03-01T11:00:00.000Z'),
        scripted: true,
      },
    ];
    expect(earlierAnswer('How long the nightly backup keeps deleted folders', ASKED, scripted)).toBeNull();
  });

  it('reads "send … again" as the re- verb our reply used, past a leading phrase', () => {
    const last = [
      said(
        'Nothing was lost, and the warehouse does not need to reship anything.',
        '2026-03-01T11:00:00.000Z',
      ),
    ];
    expect(
      earlierAnswer('Once it is fixed, does the warehouse have to ship them all again?', ASKED, last),
    ).toBe('As we wrote in our reply of 1 March, the warehouse does not need to reship anything.');
    expect(
      earlierAnswer('Once it is fixed, does the warehouse have to ship them all?', ASKED, last),
    ).toBeNull();
  });

  it('takes no supposition from the reply before the question, and lowers the first word after the comma', () => {
    const guess = [
      said(
        'A manual sync of one folder would tell us whether the backup kept it.',
        '2026-03-01T11:00:00.000Z',
      ),
    ];
    expect(earlierAnswer('Whether the nightly backup kept the folders', ASKED, guess)).toBeNull();
    const stated = [
      said('As a precaution we now keep deleted folders in the nightly backup.', '2026-03-01T11:00:00.000Z'),
    ];
    expect(earlierAnswer('Does the nightly backup keep deleted folders?', ASKED, stated)).toBe(
      'As we wrote in our reply of 1 March, as a precaution we now keep deleted folders in the nightly backup.',
    );
  });

  it('does not answer from a question, or a promise', () => {
    const asking = [
      said('Could you check whether the nightly backup kept the folders?', '2026-03-02T11:00:00.000Z'),
    ];
    expect(earlierAnswer('Whether the nightly backup kept the folders', ASKED, asking)).toBeNull();
    const promise = [
      said('We will check whether the nightly backup kept the folders.', '2026-03-02T11:00:00.000Z'),
    ];
    expect(earlierAnswer('Whether the nightly backup kept the folders', ASKED, promise)).toBeNull();
  });

  it('leaves out the day when the guard would read it as a promised date', () => {
    const ours = [said('The nightly backup keeps deleted folders for 30 days.', '2026-03-02T11:00:00.000Z')];
    expect(
      earlierAnswer(
        'How long the nightly backup keeps deleted folders',
        ASKED,
        ours,
        (s) => !s.includes('March'),
      ),
    ).toBe('The nightly backup keeps deleted folders for 30 days.');
  });

  it('answers from a line our side worded for the customer inside, undated, only when the guard passes it', () => {
    const script: Said = {
      ...said('The nightly backup kept the deleted folders.', '2026-03-02T11:00:00.000Z'),
      scripted: true,
    };
    expect(earlierAnswer('Whether the nightly backup kept the folders', ASKED, [script])).toBe(
      'The nightly backup kept the deleted folders.',
    );
    expect(
      earlierAnswer(
        'Whether the nightly backup kept the folders',
        ASKED,
        [script],
        (s) => !s.includes('backup'),
      ),
    ).toBeNull();
  });
});

describe('earlierAnswer, by meaning', () => {
  const AFTER = '2026-03-02T11:00:00.000Z';

  it('ties an indirect question without counting its frame ("whether", "you") as words to share', () => {
    const ours = [said('No setting was changed on your workspace.', AFTER)];
    expect(earlierAnswer('Whether you changed a setting', ASKED, ours)).toBe(
      'As we wrote in our reply of 2 March, no setting was changed on your workspace.',
    );
  });

  it('answers from a sentence whose subject is the thing asked about and which shares one more word', () => {
    const ours = [
      said('The payslips arrived at our end, but the ones from 06:00 were never passed to your bank.', AFTER),
    ];
    expect(earlierAnswer('Whether the payslips you uploaded at 06:00 reached anyone', ASKED, ours)).toBe(
      'As we wrote in our reply of 2 March, the payslips arrived at our end, but the ones from 06:00 were never passed to your bank.',
    );
    // the same noun, not as the subject of a clause, does not tie with one other word
    const aside = [said('We checked the list of payslips for the upload.', AFTER)];
    expect(
      earlierAnswer('Whether the payslips you uploaded at 06:00 reached anyone', ASKED, aside),
    ).toBeNull();
  });

  it('leaves out a thanks clause before the answer', () => {
    const ours = [said('That makes sense, and no setting was changed on your workspace.', AFTER)];
    expect(earlierAnswer('Did you change a setting?', ASKED, ours)).toBe(
      'As we wrote in our reply of 2 March, no setting was changed on your workspace.',
    );
  });

  it('answers whether they need to do anything from our instruction, not from a request for something', () => {
    const asking = [said('Please send us two of the affected invoice numbers.', AFTER)];
    expect(earlierAnswer('Is there anything we need to do on our side?', ASKED, asking)).toBeNull();
    const told = [said('Please keep printing labels from the backup station for now.', AFTER)];
    expect(earlierAnswer('Is there anything we need to do on our side?', ASKED, told)).toBe(
      'As we wrote in our reply of 2 March, please keep printing labels from the backup station for now.',
    );
  });
});

describe('earlierAnswer, on fault or cause', () => {
  const LATER = '2026-03-02T11:00:00.000Z';

  it('answers a fault or cause question from a later verdict of ours that shares few of its words', () => {
    const ours = [said('We checked the sync: this is not caused by the new mapping on your side.', LATER)];
    expect(earlierAnswer('Could the mapping we changed have shifted the columns', ASKED, ours)).toBe(
      'As we wrote in our reply of 2 March, we checked the sync: this is not caused by the new mapping on your side.',
    );
  });

  it('takes no guess for a verdict, and no verdict for a question about something else', () => {
    const guess = [said('The cause is probably the mapping on your side.', LATER)];
    expect(earlierAnswer('Could the mapping we changed have shifted the columns', ASKED, guess)).toBeNull();
    const verdict = [said('This is not a bug: the list is capped by design.', LATER)];
    expect(earlierAnswer('How do we export the archived rows', ASKED, verdict)).toBeNull();
  });
});

describe('settledByCustomer', () => {
  it('is settled by the customer stating it later, not by a request or one shared word', () => {
    const later = [
      said('The missing invoices showed up in the ledger this morning.', '2026-03-03T08:00:00.000Z'),
    ];
    expect(settledByCustomer('Will the missing invoices show up in the ledger?', ASKED, later)).toBe(true);
    const request = [
      said('Please confirm the missing invoices will show up in the ledger.', '2026-03-03T08:00:00.000Z'),
    ];
    expect(settledByCustomer('Will the missing invoices show up in the ledger?', ASKED, request)).toBe(false);
    expect(
      settledByCustomer('Can you confirm?', ASKED, [
        said('I confirm it works now.', '2026-03-03T08:00:00.000Z'),
      ]),
    ).toBe(false);
  });
});

describe('settledByUs', () => {
  const LATER = '2026-03-02T11:00:00.000Z';
  it('settles a question a later statement of ours speaks to with two shared content lemmas', () => {
    const ours = [said('The shipping labels you printed yesterday remain valid with the carrier.', LATER)];
    expect(settledByUs('Are the printed shipping labels still ok to use?', ASKED, ours)).toBe(true);
  });

  it('does not settle on one shared word, a promise, a question, an earlier reply or a script', () => {
    const one = [said('The carrier collects at noon.', LATER)];
    expect(settledByUs('Are the printed shipping labels still ok to use?', ASKED, one)).toBe(false);
    const promise = [said('We will confirm whether the printed shipping labels stay valid.', LATER)];
    expect(settledByUs('Are the printed shipping labels still ok to use?', ASKED, promise)).toBe(false);
    const asking = [said('Were the shipping labels printed before noon?', LATER)];
    expect(settledByUs('Are the printed shipping labels still ok to use?', ASKED, asking)).toBe(false);
    const before = [said('The shipping labels you printed remain valid.', '2026-03-02T08:00:00.000Z')];
    expect(settledByUs('Are the printed shipping labels still ok to use?', ASKED, before)).toBe(false);
    const scripted = [{ ...said('The shipping labels you printed remain valid.', LATER), scripted: true }];
    expect(settledByUs('Are the printed shipping labels still ok to use?', ASKED, scripted)).toBe(false);
  });
});
