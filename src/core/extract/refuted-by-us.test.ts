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

describe('our side saying the loss is no loss', () => {
  const lost: ItemSpec = { text: 'Half our client records were deleted overnight!', at: at(9) };

  it('the claim alone sets data loss', () => {
    expect(signalsOf([lost]).signals.dataLoss).toBe(true);
  });

  it.each([
    'Good news: your records are not lost, they sit in the recycle bin.',
    'Nothing was deleted; an admin filter hides them.',
  ])('our later %j refutes it', (text) => {
    expect(signalsOf([lost, { text, role: 'support', at: at(10) }]).signals.dataLoss).toBe(false);
  });

  it.each([
    // the loss stopped; it happened
    "We haven't lost any records since the patch.",
    // asked, hedged into a condition
    'Are the records not lost after all?',
    'If nothing was deleted, the export will show them.',
    // an instruction, not a finding
    'Do not delete the remaining records yet.',
  ])('our %j does not', (text) => {
    expect(signalsOf([lost, { text, role: 'support', at: at(10) }]).signals.dataLoss).toBe(true);
  });

  it('the customer saying nothing was deleted refutes nothing', () => {
    const claim: ItemSpec = {
      text: 'Confirmed: 40 records were deleted by the sync job.',
      role: 'engineering',
      at: at(9),
    };
    expect(signalsOf([claim, { text: 'Nobody here deleted anything.', at: at(10) }]).signals.dataLoss).toBe(
      true,
    );
  });
});
