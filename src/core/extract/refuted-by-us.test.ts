import { describe, expect, it } from 'vitest';
import { type ItemSpec, makeIntake } from '../../../test/helpers/make-evidence.js';
import { extractFacts } from './extract-facts.js';

const ASOF = '2030-07-01T18:00:00Z';
const at = (hour: number) => `2030-07-01T${String(hour).padStart(2, '0')}:00:00Z`;
const signalsOf = (specs: ItemSpec[]) => extractFacts(makeIntake(specs), ASOF);

const claim: ItemSpec = { text: 'My card was double-charged for the June invoice.', at: at(9) };

describe('a claim our side refuted sets no signal', () => {
  it('the customer’s claim alone sets it', () => {
    expect(signalsOf([claim]).signals.dataLoss).toBe(true);
  });

  it('our later "no duplicate" refutes it', () => {
    const { signals } = signalsOf([
      claim,
      {
        text: 'Checked the payment provider: no duplicate charges, a single payment went through.',
        role: 'support',
        at: at(10),
        visibility: 'internal',
      },
    ]);
    expect(signals.dataLoss).toBe(false);
  });

  it('a question from us refutes nothing', () => {
    const { signals } = signalsOf([
      claim,
      { text: 'No duplicate charges on your side, right?', role: 'support', at: at(10) },
    ]);
    expect(signals.dataLoss).toBe(true);
  });

  it('the customer saying no does not refute our finding', () => {
    const { signals } = signalsOf([
      { text: 'Found duplicate orders in the ledger for this account.', role: 'support', at: at(9) },
      { text: 'We see no duplicate orders at all on our end.', at: at(10) },
    ]);
    expect(signals.dataLoss).toBe(true);
  });

  it('a new claim after the refutation still counts', () => {
    const { signals } = signalsOf([
      claim,
      { text: 'There are no duplicate charges, only one payment.', role: 'support', at: at(10) },
      { text: 'Today the July invoice was double-charged as well.', at: at(12) },
    ]);
    expect(signals.dataLoss).toBe(true);
  });
});
