import { describe, expect, it } from 'vitest';
import { makeFacts } from '../../../test/helpers/make-decide-input.js';
import { item, makeRenderInput } from '../../../test/helpers/make-render-input.js';
import { buildInternalPost } from './internal-post.js';

const NOTE = item(
  'S2:m1',
  'Looks like the rounding change in 2.8.0 broke percentage discounts.',
  'Aiko Brandt',
);

describe('buildInternalPost', () => {
  const post = buildInternalPost(
    makeRenderInput([NOTE], {
      facts: makeFacts({
        account: { value: 'Larkspur Outfitters', cites: ['S2:m1'] },
        problem: { value: 'Discounted orders missing from the ERP', cites: ['S2:m1'] },
        hypotheses: [{ value: 'rounding change in 2.8.0 broke percentage discounts', cites: ['S2:m1'] }],
      }),
      actions: [
        {
          id: 'A1',
          what: 'Post the internal handoff to Engineering',
          owner: 'support',
          due: null,
          gate: 'G-routing',
        },
        {
          id: 'A2',
          what: 'Next internal update from Engineering',
          owner: 'Engineering',
          due: '2026-03-11T16:00:00.000Z',
          gate: null,
        },
        {
          id: 'A3',
          what: 'Find out: How many orders are in the retry queue?',
          owner: 'Engineering',
          due: '2026-03-11T16:00:00.000Z',
          gate: null,
        },
      ],
    }),
  );

  it('heads with the suggested severity, the account and the problem, with cites', () => {
    expect(post.split('\n')[0]).toBe(
      '**[High, pending approval] Larkspur Outfitters: Discounted orders missing from the ERP** [S2:m1]',
    );
  });

  it('asks the target team to own it, with the hypothesis and its open questions by the due time', () => {
    expect(post).toContain(
      'Ask for Engineering: take ownership and confirm the cause; current hypothesis: rounding change in 2.8.0',
    );
    expect(post).toContain(
      'Questions for Engineering (by 2026-03-11T16:00:00.000Z):\n- How many orders are in the retry queue?',
    );
  });

  it('lists the pending gates', () => {
    expect(post).toContain('Gates pending: G-eta, G-send');
  });
});
