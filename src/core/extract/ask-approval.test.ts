import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../../test/helpers/make-evidence.js';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { askApproval } from './ask-approval.js';

const note = (text: string): ItemSpec => ({ text, role: 'support', visibility: 'internal', name: 'Lead' });

describe('askApproval', () => {
  it('names the approver and the compensation', () => {
    const u = askApproval(
      makeExtractContext([note('The $900 refund is above my limit, it needs approval from Finance.')]),
    );
    expect(u?.question).toBe('Will Finance approve the $900 refund?');
    expect(u?.trace.rule).toBe('ask-approval');
  });

  it('asks nothing when our side says no approval is needed', () => {
    expect(
      askApproval(makeExtractContext([note('A month of credit is within my limit, fine without approval.')])),
    ).toBeNull();
  });

  it('asks nothing when nobody on our side speaks of an approval', () => {
    expect(askApproval(makeExtractContext([{ text: 'I want a refund for this month.' }]))).toBeNull();
  });

  it('asks nothing when the approval is of something other than compensation, with nobody named', () => {
    expect(
      askApproval(makeExtractContext([note('I will send the approved wording for the banner tomorrow.')])),
    ).toBeNull();
  });

  it('asks nothing once our side has declined the compensation: that decision is the answer', () => {
    const ctx = makeExtractContext([
      { text: 'I expect a refund of the setup fee and a free month.' },
      note('The setup fee refund would need approval from Finance.'),
      note('Decided with Finance: no refund and no free month, the fee was billed correctly.'),
    ]);
    expect(askApproval(ctx)).toBeNull();
    // …and without the decision the same thread still asks
    expect(
      askApproval(makeExtractContext([note('The setup fee refund would need approval from Finance.')]))
        ?.question,
    ).toBe('Will Finance approve the refund?');
  });
});
