import { describe, expect, it } from 'vitest';
import { makeFacts } from '../../../test/helpers/make-decide-input.js';
import { item, makeRenderInput, makeSource } from '../../../test/helpers/make-render-input.js';
import type { ChosenArticle } from '../knowledge/consult-knowledge.js';
import type { Decision } from '../model/packet.js';
import { buildCustomerUpdate } from './customer-update.js';
import { buildHandoffNote } from './handoff-note.js';
import { notOurFaultAnswer } from './update-fault.js';
import { gatherMaterial } from './update-material.js';
import { documentedSteps } from './update-steps.js';

const HANDLED: Decision = {
  escalate: false,
  criteria: [{ id: 'handle-in-support', label: 'their setting', cites: ['S2:n1'] }],
  severity: null,
  targets: [],
  owner: null,
  respondBy: null,
  cadence: null,
};

const ASK = item(
  'S1:c1',
  'Since Monday the shift swap button is greyed out for all 9 of our nurses. Is this a bug on your side? Can we get the swaps approved before the weekend?',
  'customer',
);
const NOTE = item(
  'S2:n1',
  'Their ward has "Allow swaps" unticked under Roster rules › Swaps; ticking it brings the button back (tested on sandbox-eu-7).',
  'Marta Oyelaran',
);

function handled(overrides: Parameters<typeof makeRenderInput>[1] = {}) {
  return makeRenderInput([ASK, NOTE], {
    sources: [makeSource('S1', 'ticket'), makeSource('S2', 'note')],
    decision: HANDLED,
    facts: makeFacts({
      problem: { value: 'Shift swap button greyed out', cites: ['S1:c1'] },
      hypotheses: [{ value: NOTE.text, cites: ['S2:n1'] }],
      customerAsks: [
        { value: 'Is this a bug on your side?', cites: ['S1:c1'] },
        { value: 'Can we get the swaps approved before the weekend?', cites: ['S1:c1'] },
      ],
    }),
    ...overrides,
  });
}

function kbArticle(kind: 'customer-side-setting' | 'known-limitation'): ChosenArticle {
  const article = {
    id: 'kb-swaps',
    title: 'Turning shift swaps on for a ward',
    url: 'https://help.example.test/swaps',
    visibility: 'public' as const,
    kind,
    product: null,
    tags: [],
    text: '',
    origin: 'kb/swaps.md',
    sha256: 'b'.repeat(64),
  };
  return {
    article,
    cite: 'S3:kb',
    steps: ['Open Roster rules › Swaps', 'Tick "Allow swaps" for the ward'],
    strong: true,
    considered: {
      id: article.id,
      title: article.title,
      url: article.url,
      kind,
      visibility: 'public',
      score: 400,
      matchedTerms: ['swap', 'shift', 'button'],
      chosen: true,
      why: 'best match',
      cite: 'S3:kb',
      answers: 'covers 3 of 4 words of the problem',
    },
  };
}

describe('customer update for a case support answers, when only internal notes hold the answer', () => {
  const update = buildCustomerUpdate(handled());

  it('leaves the answer to a person, as a placeholder tied to the pending send gate', () => {
    expect(update.text).toContain('Here is what we found and what to do next: {{ANSWER}}');
    expect(update.placeholders).toContainEqual({ token: '{{ANSWER}}', gate: 'G-send' });
  });

  it('never leaks the internal note that holds the answer', () => {
    expect(update.text).not.toMatch(/Allow swaps|Roster rules|sandbox-eu-7|Marta/);
  });

  it('reports each open question once, unquoted, with its own slot, and defers none to a later update', () => {
    expect(update.text).not.toMatch(/"[^"]*\?"/);
    expect(update.text).not.toMatch(/come back to you|next update/i);
    expect(update.text).toContain('You asked whether this is a bug on our side. {{ANSWER}}');
  });
});

describe('a bug-or-fault question the packet already answers', () => {
  it('is answered from the chosen public article of a customer-side kind, pointing to its steps', () => {
    const update = buildCustomerUpdate(handled({ knowledge: [kbArticle('customer-side-setting')] }));
    expect(update.text).toContain(
      'You asked whether this is a bug on our side. This is not a fault in our service: it comes from a setting on your side, and the help article above shows what to do.',
    );
    expect(update.text).toContain('Tick "Allow swaps" for the ward');
    expect(update.text).not.toContain('Here is what we found');
  });

  it('is answered from our assessment when no public article covers it, without blaming the customer', () => {
    expect(notOurFaultAnswer([], 'customer_side', false)).toBe(
      'From what we have checked, this is not a fault in our service.',
    );
    expect(notOurFaultAnswer([kbArticle('known-limitation')], 'none', false)).toBe(
      'This is not a bug: it is a documented limit of the product.',
    );
    expect(notOurFaultAnswer([], 'none', false)).toBeNull();
  });

  it('is left to the next update while the case is escalated', () => {
    const input = handled({ knowledge: [kbArticle('customer-side-setting')] });
    const update = buildCustomerUpdate({ ...input, decision: { ...HANDLED, escalate: true } });
    expect(update.text).not.toContain('not a fault in our service');
    expect(update.text).toContain('Our next update will answer:\n- whether this is a bug on our side');
  });
});

describe('handoff note first move for a case support keeps', () => {
  it('names the help article to answer from', () => {
    const note = buildHandoffNote(handled({ knowledge: [kbArticle('customer-side-setting')] }));
    expect(note).toContain(
      '**First move:** answer in support, do not escalate: give the customer the steps of the help article "Turning shift swaps on for a ward"',
    );
  });

  it('without an article, names the cause our side stated, with its cite', () => {
    const note = buildHandoffNote(handled());
    expect(note).toMatch(/\*\*First move:\*\* answer in support, do not escalate: .*Allow swaps.*\[S2:n1\]/);
  });
});

describe('a side question answered in public is not the answer to the problem', () => {
  it('still leaves the answer to the problem to a person', () => {
    const reply = item(
      'S1:c2',
      'Hi Rosa, last week’s release did not change how shift swaps are approved.',
      'Jun Park',
      { visibility: 'public', author: { name: 'Jun Park', role: 'support', side: 'internal' } },
    );
    const input = handled();
    const update = buildCustomerUpdate({
      ...input,
      evidence: [...input.evidence, reply],
      facts: makeFacts({
        ...input.facts,
        customerAsks: [{ value: 'Did last week’s release change how swaps are approved?', cites: ['S1:c1'] }],
      }),
    });
    expect(update.text).toContain('did not change how shift swaps are approved');
    expect(update.text).toContain('Here is what we found and what to do next: {{ANSWER}}');
  });
});

describe('documentedSteps names release notes as release notes', () => {
  it('introduces steps from a release-notes page with its version, not as a help article', () => {
    const notes = [
      item('S2:L1', 'Tallyhouse 7.4 release notes', 'Marta Oyelaran'),
      item(
        'S2:L3',
        'Shift swaps now need a manager approval before they show on the roster.',
        'Marta Oyelaran',
      ),
      item('S2:L5', 'To approve a shift swap:', 'Marta Oyelaran'),
      item('S2:L6', 'Open Roster rules › Swaps.', 'Marta Oyelaran'),
      item('S2:L7', 'Click Approve next to the shift swap.', 'Marta Oyelaran'),
    ];
    const input = makeRenderInput([ASK, ...notes], {
      sources: [makeSource('S1', 'ticket'), makeSource('S2', 'note', 'release-notes-7.4.md')],
      facts: makeFacts({
        problem: { value: 'Shift swap button greyed out', cites: ['S1:c1'] },
        customerAsks: [{ value: 'Can we get the swaps approved before the weekend?', cites: ['S1:c1'] }],
      }),
    });
    const steps = documentedSteps(input.facts, gatherMaterial(input));
    expect(steps?.intro).toBe('Our release notes for 7.4 describe this change:');
  });
});
