import { describe, expect, it } from 'vitest';
import type { Evidence } from '../model/evidence.js';
import type { Said } from './update-material.js';
import { declinedSteps } from './update-step-declined.js';

const said = (text: string, at: string): Said => ({
  text,
  item: { id: at, source: 'S1', at, text } as unknown as Evidence,
});
const STEPS = [
  'Export the report by hand: Reports › Payroll summary › Download PDF',
  'Email the PDF to your accountant from the Share dialog',
];
const TOPIC = new Set<string>();
const OUR_ADVICE = said(
  'In the meantime you can export the payroll summary by hand.',
  '2026-03-02T10:00:00.000Z',
);

describe('declinedSteps', () => {
  it('reads steps the customer says they already did with the steps’ own verb', () => {
    const did = said(
      'We exported the payroll summary by hand this morning and sent it on.',
      '2026-03-02T12:00:00.000Z',
    );
    expect(declinedSteps(STEPS, TOPIC, [did], [OUR_ADVICE])).toBe(true);
  });

  it('reads steps our side or the customer later says cannot be used', () => {
    const ours = said(
      'I am sorry the PDF route does not work for your accountant.',
      '2026-03-02T12:00:00.000Z',
    );
    expect(declinedSteps(STEPS, TOPIC, [], [OUR_ADVICE, ours])).toBe(true);
  });

  it('keeps steps when the negation is about something else, or the customer did another thing', () => {
    const other = [
      said('We have not changed the payroll summary settings in months.', '2026-03-02T12:00:00.000Z'),
      said('Our accountant has reports we do not have in the PDF.', '2026-03-02T12:00:00.000Z'),
      said('We switched the report template to see if the PDF changes.', '2026-03-02T12:00:00.000Z'),
      said('Did you mean we should email the PDF to the accountant?', '2026-03-02T12:00:00.000Z'),
    ];
    expect(declinedSteps(STEPS, TOPIC, other, [OUR_ADVICE])).toBe(false);
  });

  it('leaves out the things the problem itself is about', () => {
    const did = said('We exported the payroll summary by hand this morning.', '2026-03-02T12:00:00.000Z');
    expect(declinedSteps(STEPS, new Set(['payroll', 'summary', 'hand']), [did], [OUR_ADVICE])).toBe(false);
  });
});
