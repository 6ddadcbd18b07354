import { describe, expect, it } from 'vitest';
import type { Evidence } from '../model/evidence.js';
import { earlierAnswer, settledByCustomer } from './update-earlier-answer.js';
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

  it('does not answer from a reply written before the question, a question, or a promise', () => {
    const before = [
      said('The nightly backup keeps deleted folders for 30 days.', '2026-03-01T11:00:00.000Z'),
    ];
    expect(earlierAnswer('How long the nightly backup keeps deleted folders', ASKED, before)).toBeNull();
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
