import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsContainment } from './reads-containment.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsContainment(s));

describe('readsContainment: something stopped so that nothing more goes wrong', () => {
  it.each([
    'We paused the reminder job so that it cannot send more texts.',
    'The admin disabled the integration to prevent further double bookings.',
    'I turned the auto-export off so no more files go to the partner.',
    'They put the payout run on hold so nothing else is paid twice.',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    'We paused the import yesterday.',
    'Switching the overlay off fixes it for everyone.',
    'They stopped getting the emails on Monday.',
    'We disabled two-factor so the staff can log in.',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
