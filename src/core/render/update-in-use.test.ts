import { describe, expect, it } from 'vitest';
import type { Evidence } from '../model/evidence.js';
import { inUseByCustomer, labelsIn, stopgapInUse } from './update-in-use.js';
import type { Said } from './update-material.js';

const said = (text: string): Said => ({
  text,
  item: { id: 'S1:c2', source: 'S1', text } as unknown as Evidence,
});

describe('labelsIn', () => {
  it('reads quoted options, the last place of a menu path, and a switch position in capitals', () => {
    expect(labelsIn('Open Reports › Saved exports and pick "Full history".').loose).toEqual([
      'Full history',
      'Saved exports',
    ]);
    expect(labelsIn('Set the dial on each pump to MANUEL.').exact).toEqual(['MANUEL']);
  });

  it('takes no one-word place, acronym or shout for a label', () => {
    expect(labelsIn('Go to Settings > Billing and check the HTTPS box, URGENT.')).toEqual({
      loose: [],
      exact: [],
    });
  });
});

describe('inUseByCustomer', () => {
  const advice = 'Until then, you can download the scans under Inbox > Raw scans (filter by date).';

  it('is true once a statement of theirs names the same label', () => {
    expect(inUseByCustomer(advice, [said('Thanks, the raw scans page works and we print from it.')])).toBe(
      true,
    );
    expect(
      inUseByCustomer('Set the dial on each pump to MANUEL.', [said('We set four pumps to MANUEL already.')]),
    ).toBe(true);
  });

  it('is false for a question about it, or a statement that does not name it', () => {
    expect(inUseByCustomer(advice, [said('Where do we find the Raw scans page?')])).toBe(false);
    expect(inUseByCustomer(advice, [said('We are still re-typing every scan by hand.')])).toBe(false);
  });
});

describe('stopgapInUse', () => {
  const used = [said('We set four pumps to MANUEL already and they run.')];

  it('drops a stopgap they already use, but keeps the fix itself though they tried it on some', () => {
    expect(stopgapInUse('In the meantime, set the dial on each pump to MANUEL.', used)).toBe(true);
    expect(stopgapInUse('Each pump needs its dial set to MANUEL, which your installer can do.', used)).toBe(
      false,
    );
  });
});
