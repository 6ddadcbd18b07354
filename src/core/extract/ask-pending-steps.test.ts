import { describe, expect, it } from 'vitest';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { askThirdPartySteps } from './ask-pending-steps.js';

const none = () => false;

describe('askThirdPartySteps', () => {
  it('asks whether a third party has taken its step, once per party, its latest step', () => {
    const ctx = makeExtractContext([
      { role: 'support', text: 'The acquiring bank has to reverse the duplicate capture.' },
      { role: 'customer', text: 'Thanks. Our accountant is asking daily.' },
      { role: 'support', text: 'Update: the acquiring bank is reviewing the chargeback file.' },
      { role: 'support', text: 'The carrier will re-weigh the pallet at the depot.' },
    ]);
    expect(askThirdPartySteps(ctx, none).map((u) => u.question)).toEqual([
      'Has the acquiring bank reviewed the chargeback file?',
      'Has the carrier re-weighed the pallet at the depot?',
    ]);
  });

  it('asks nothing once a later message reports the step done, or of a sentence another reader asked', () => {
    const ctx = makeExtractContext([
      { role: 'support', text: 'The carrier will re-weigh the pallet at the depot.' },
      { role: 'customer', text: 'The carrier re-weighed the pallet this morning, 412 kg.' },
    ]);
    expect(askThirdPartySteps(ctx, none)).toEqual([]);
    const asked = makeExtractContext([
      { role: 'support', text: 'The carrier will re-weigh the pallet at the depot.' },
    ]);
    expect(askThirdPartySteps(asked, () => true)).toEqual([]);
  });
});
