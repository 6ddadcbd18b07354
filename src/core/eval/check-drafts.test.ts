import { describe, expect, it } from 'vitest';
import { checkDrafts, DraftGoldSchema } from './check-drafts.js';
import type { PacketLike } from './packet-like.js';

const CUSTOMER = {
  id: 'S1:c1',
  visibility: 'public' as const,
  author: { name: 'Ada', role: 'customer' as const, side: 'external' as const },
  text: 'This is absurd, the importer fails EVERY time on POST /v1/import. We need it before Friday.',
};

function packet(update: string, extra: Partial<PacketLike> = {}): PacketLike {
  return {
    asOf: '2026-05-04T10:00:00.000Z',
    evidence: [CUSTOMER],
    facts: { deadlines: [], hypotheses: [], errors: [] },
    decision: { respondBy: '2026-05-04T12:00:00.000Z' },
    unknowns: [],
    drafts: { customerUpdate: { text: update, placeholders: [] } },
    ...extra,
  } as PacketLike;
}

const gold = DraftGoldSchema.parse({
  updateMustContain: ['rename the header'],
  unknownsNotAsked: ['What is the root cause'],
  notErrors: ['HDR-7'],
});

describe('checkDrafts', () => {
  it('passes a calm update that carries the documented steps', () => {
    expect(
      checkDrafts(packet('Hi Ada,\n\nPlease rename the header to "sku" and upload again.\n'), gold),
    ).toEqual([]);
  });

  it('flags missing steps, stock frame lines, repeated lines, and insults or shouting said back', () => {
    const bad = packet(
      'Hi Ada,\n\nThank you for the detail you sent; it helps us move faster.\nYou told us: "the importer fails"\nWe know this is absurd and fails EVERY time.\nWe know this is absurd and fails EVERY time.\n',
    );
    const problems = checkDrafts(bad, gold);
    expect(problems).toEqual(
      expect.arrayContaining([
        'update lacks the steps: "rename the header"',
        expect.stringMatching(/^frame line: "Thank you for the detail/),
        expect.stringMatching(/^frame line: "You told us/),
        expect.stringMatching(/^repeated line/),
        'insult echoed: "absurd"',
        'shouting echoed: "EVERY"',
      ]),
    );
    // an HTTP method is not shouting
    expect(problems.join(' ')).not.toContain('POST');
    // a label the customer wrote in capitals, quoted back, is not shouting
    const quoted = checkDrafts(
      packet('Hi Ada,\n\nYou asked whether the "EVERY TIME" banner can be hidden.\n'),
      gold,
    );
    expect(quoted.join(' ')).not.toContain('shouting');
  });

  it('flags open-investigation wording in an update for a case that is not escalated, and stock lines the gold forbids', () => {
    const text =
      'Hi Ada,\n\nThe importer works again after our fix.\nOur engineers are investigating it further.\nWe will keep you updated every 4 hours.\n';
    const handled = packet(text, { decision: { escalate: false, respondBy: null } });
    const problems = checkDrafts(handled, DraftGoldSchema.parse({ updateMustNotContain: ['every 4 hours'] }));
    expect(problems).toEqual([
      'update says: "every 4 hours"',
      'not escalated, yet reads as an open investigation: "Our engineers are investigating it further."',
      'not escalated, yet reads as an open investigation: "We will keep you updated every 4 hours."',
    ]);
    // the same lines are right while the case is escalated
    expect(checkDrafts(packet(text, { decision: { escalate: true, respondBy: null } }), null)).toEqual([]);
  });

  it('lets an acronym the customer wrote in capitals be said back', () => {
    const named = { ...CUSTOMER, text: 'Can we tag each job with its CIBSE stage, as our leads do?' };
    const update = packet('Hi Ada,\n\nYou can tag each job with its CIBSE stage.\n', { evidence: [named] });
    expect(checkDrafts(update, null).join(' ')).not.toContain('shouting');
  });

  it('flags respond-by and a suggested next update after the stated deadline', () => {
    const late = packet('Hi Ada,\n', {
      facts: {
        deadlines: [{ at: '2026-05-04T11:00:00.000Z', text: 'before 11', cites: ['S1:c1'] }],
        hypotheses: [],
        errors: [],
      },
      drafts: {
        customerUpdate: {
          text: 'Hi Ada,\n',
          placeholders: [{ token: '{{NEXT_UPDATE}}', gate: 'G-eta', suggested: '2026-05-04T18:00:00.000Z' }],
        },
      },
    } as Partial<PacketLike>);
    expect(checkDrafts(late, null)).toEqual([
      'respond-by falls after the stated deadline',
      '{{NEXT_UPDATE}} suggested after the stated deadline',
    ]);
  });

  it('flags unknowns the thread answers and errors that are not errors', () => {
    const answered = packet('Hi Ada,\n', {
      facts: {
        deadlines: [],
        hypotheses: [{ value: "repro'd: the importer only accepts a lower-case header", cites: ['S2:m1'] }],
        errors: [
          { value: 'HDR-7', cites: ['S1:c1'] },
          { value: 'KB-2210', cites: ['S1:c1'] },
          { value: '0f8e2a11-77c4-4b1e-9a0a-3d2c1b0a9f88', cites: ['S1:c1'] },
          { value: 'missing required column', cites: ['S1:c1'] },
        ],
      },
      unknowns: [{ question: 'What is the root cause?', why: '' }],
    } as Partial<PacketLike>);
    expect(checkDrafts(answered, gold)).toEqual([
      'update lacks the steps: "rename the header"',
      'unknown already answered: "What is the root cause"',
      'asks for the root cause the thread confirms',
      'error list holds a non-error: "HDR-7"',
      'error list holds an article id: "KB-2210"',
      'error list holds a UUID: "0f8e2a11-77c4-4b1e-9a0a-3d2c1b0a9f88"',
    ]);
  });

  it('reads a success line by its outcome, not by an event named after one', () => {
    const errors = packet('Hi Ada,\n', {
      facts: {
        deadlines: [],
        hypotheses: [],
        errors: [
          { value: 'push type=order.succeeded status=403 body="forbidden"', cites: ['S1:c1'] },
          { value: 'sync job succeeded after 3 retries', cites: ['S1:c1'] },
        ],
      },
    } as Partial<PacketLike>);
    expect(checkDrafts(errors, null)).toEqual([
      'error list holds a success line: "sync job succeeded after 3 retries"',
    ]);
  });
});
