import { describe, expect, it } from 'vitest';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { triedFromAnswers } from './tried-from-answers.js';

const at = (minute: number) => `2026-11-18T10:${String(minute).padStart(2, '0')}:00Z`;

describe('triedFromAnswers', () => {
  it('records what the customer sent when asked, citing the reply and the request', () => {
    const ctx = makeExtractContext([
      {
        text: 'Sorry about this. Could you share the HAR file from the failing upload?',
        role: 'support',
        at: at(0),
      },
      { text: 'Here it is: upload-failure.har, captured in Firefox.', role: 'customer', at: at(5) },
    ]);
    expect(triedFromAnswers(ctx)).toEqual([
      {
        action: 'Customer: sent the HAR file from the failing upload',
        result: 'Here it is: upload-failure.har, captured in Firefox.',
        by: 'customer',
        cites: ['S1:m2', 'S1:m1'],
      },
    ]);
  });

  it("records a colleague's internal answer to a request to check, taking the sentence about it", () => {
    const ctx = makeExtractContext([
      {
        text: 'can someone look at their tenant config?',
        role: 'support',
        visibility: 'internal',
        name: 'Ana',
        at: at(0),
      },
      {
        text: 'on it. the queue is fine. their tenant config still points at the old region, so jobs go to eu-1.',
        role: 'engineering',
        visibility: 'internal',
        name: 'Raj',
        at: at(9),
      },
    ]);
    const [t] = triedFromAnswers(ctx);
    expect(t?.action).toBe(
      'Engineering: checked their tenant config: their tenant config still points at the old region, so jobs go to eu-1.',
    );
    expect(t?.cites).toEqual(['S1:m2', 'S1:m1']);
  });

  it('leaves a request without an answer, or answered only by the asker, out', () => {
    const ctx = makeExtractContext([
      {
        text: 'can someone check the billing job?',
        role: 'support',
        visibility: 'internal',
        name: 'Ana',
        at: at(0),
      },
      {
        text: 'also the invoices look odd to me.',
        role: 'support',
        visibility: 'internal',
        name: 'Ana',
        at: at(1),
      },
    ]);
    expect(triedFromAnswers(ctx)).toEqual([]);
  });
});
