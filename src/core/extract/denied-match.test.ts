import { describe, expect, it } from 'vitest';
import { type ItemSpec, makeIntake } from '../../../test/helpers/make-evidence.js';
import { extractFacts } from './extract-facts.js';

const at = (hour: number) => `2026-11-19T${String(hour).padStart(2, '0')}:00:00Z`;
const signalsOf = (specs: ItemSpec[]) => extractFacts(makeIntake(specs), '2026-11-20T12:00:00Z').signals;
const ours = (text: string, hour = 10): ItemSpec => ({
  text,
  role: 'support',
  visibility: 'internal',
  at: at(hour),
});

describe('a claim our side says no to sets no signal', () => {
  it('"Not a how-to" is no documented behaviour; "this is a how-to" is', () => {
    expect(signalsOf([ours('Not a how-to: the import really drops rows.')]).documentedBehavior).toBe(false);
    expect(signalsOf([ours('This is a how-to, the steps are in the admin guide.')]).documentedBehavior).toBe(
      true,
    );
  });

  it('"don\'t mention a refund yet" asks for no compensation; the customer asking for one does', () => {
    expect(signalsOf([ours("Let's not mention a refund until finance answers.")]).compensationRequested).toBe(
      false,
    );
    expect(
      signalsOf([{ text: 'We expect a refund for the two days we lost.', at: at(9) }]).compensationRequested,
    ).toBe(true);
  });

  it('our "ruled out the upgrade" refutes the customer\'s "since the upgrade"; a later report still counts', () => {
    const report = { text: 'Reports have been blank since the upgrade on Monday.', at: at(8) };
    expect(signalsOf([report]).regression).toBe(true);
    expect(
      signalsOf([report, ours('We ruled out the upgrade: the same reports were blank last week.')])
        .regression,
    ).toBe(false);
    const later = { text: 'Since the upgrade the charts are blank too.', at: at(12) };
    expect(signalsOf([report, ours('We ruled out the upgrade.'), later]).regression).toBe(true);
  });
});
