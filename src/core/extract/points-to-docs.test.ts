import { describe, expect, it } from 'vitest';
import { type ItemSpec, makeIntake } from '../../../test/helpers/make-evidence.js';
import { extractFacts } from './extract-facts.js';

const signalsOf = (specs: ItemSpec[]) => extractFacts(makeIntake(specs), '2026-11-20T12:00:00Z').signals;
const ask: ItemSpec = {
  text: 'Can invoices be sent in Spanish as well? Our auditors need it.',
  role: 'customer',
};
const raised: ItemSpec = {
  text: "Good idea, I'll log it with Product as a feature request.",
  role: 'success',
  visibility: 'public',
};

describe('pointsToDocs: our side shows the customer where the product already does it', () => {
  it.each([
    'Good news, that already exists: Admin → Billing → Invoice language, then pick Spanish.',
    'You can switch it under Settings > Invoices > Language; the steps are in https://help.example.com/invoice-language.',
  ])('reads %j as documented, and answers the feature ask raised before it', (text) => {
    const out = signalsOf([ask, raised, { text, role: 'support', visibility: 'public' }]);
    expect(out.documentedBehavior).toBe(true);
    expect(out.featureRequest).toBe(false);
  });

  it('does not read a setting that only partly gets round a fault as the docs answering it', () => {
    const out = signalsOf([
      {
        text: 'Since this morning every export fails with "Error 500: export worker crashed", all 30 of our planners are stuck.',
        role: 'customer',
      },
      {
        text: 'Reproduced: the export worker crashes on every run since the 6.2 release. Fixing now.',
        role: 'engineering',
      },
      {
        text: 'Until the fix is out, switch the export format under Settings > Exports > Format to CSV, which works but drops the totals row.',
        role: 'support',
        visibility: 'public',
      },
    ]);
    expect(out.documentedBehavior).toBe(false);
  });

  it('keeps a feature ask raised after the pointer', () => {
    const out = signalsOf([
      ask,
      {
        text: 'See Settings > Invoices > Language for the current options.',
        role: 'support',
        visibility: 'public',
      },
      raised,
    ]);
    expect(out.featureRequest).toBe(true);
  });

  it.each([
    // internal repro steps walk menus too; the customer's own path; a question
    {
      text: 'Repro: Admin > Billing > Invoice language, pick Spanish, save, 500.',
      role: 'engineering',
      visibility: 'internal',
    },
    { text: 'I went to Settings > Invoices > Language and there is no Spanish.', role: 'customer' },
    { text: 'Is it under Settings > Invoices > Language for you?', role: 'support', visibility: 'public' },
  ] as ItemSpec[])('does not read %j', (spec) => {
    expect(signalsOf([ask, raised, spec]).featureRequest).toBe(true);
  });
});
