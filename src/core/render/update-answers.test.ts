import { describe, expect, it } from 'vitest';
import type { Evidence } from '../model/evidence.js';
import { listedUnder, planAsks } from './update-answers.js';
import type { UpdateMaterial } from './update-material.js';

const article: Evidence = {
  id: 'S2:L5',
  source: 'S2',
  at: null,
  author: null,
  visibility: 'internal',
  text: 'Invoices are sent on the first working day of the month.',
  meta: { unit: 'note' },
};
const material: UpdateMaterial = {
  publicIds: new Set(['S1:c1']),
  customer: [],
  ours: [],
  scripted: [],
  screens: [],
  articles: [{ text: article.text, item: article }],
  vocabulary: new Set(),
  publicText: '',
  articleIds: new Set([article.id]),
  names: new Set(),
};
const ask = (value: string) => ({ value, cites: ['S1:c1'] });

describe('planAsks with a published article', () => {
  it('does not answer a one-word question with an article sentence that shares that word', () => {
    const plan = planAsks([ask('Who was that sent to?')], material);
    expect(plan.answered).toEqual([]);
    expect(plan.open).toHaveLength(1);
  });

  it('does not answer a one-word question with a sentence of ours that shares that word', () => {
    const reply: Evidence = {
      ...article,
      id: 'S1:c2',
      visibility: 'public',
      text: 'The new reader works alongside the old one.',
    };
    const ours = {
      ...material,
      articles: [],
      articleIds: new Set<string>(),
      ours: [{ text: reply.text, item: reply }],
    };
    expect(planAsks([ask('Will it work by then?')], ours).answered).toEqual([]);
  });

  it('answers a question the article sentence speaks to', () => {
    const plan = planAsks([ask('Which day of the month are invoices sent?')], material);
    expect(plan.answered[0]).toContain('Invoices are sent on the first working day of the month.');
  });
});

describe('planAsks gives one answer once', () => {
  it('answers two questions one sentence of ours speaks to with one line', () => {
    const reply: Evidence = {
      ...article,
      id: 'S1:c2',
      visibility: 'public',
      text: 'Deleted invoices stay in the archive folder for 30 days.',
    };
    const ours = {
      ...material,
      articles: [],
      articleIds: new Set<string>(),
      ours: [{ text: reply.text, item: reply }],
    };
    const plan = planAsks(
      [
        ask('Which folder do deleted invoices stay in?'),
        ask('Do deleted invoices stay in the archive folder?'),
      ],
      ours,
    );
    expect(plan.answered).toHaveLength(1);
    expect(plan.open).toEqual([]);
  });
});

describe('planAsks with a verdict on fault', () => {
  const verdict = 'This is not a bug: it is how the product is documented to work.';
  const none = { ...material, articles: [], articleIds: new Set<string>() };
  it('answers a question whether the fault is ours with the verdict', () => {
    expect(planAsks([ask('Is this a bug on your side?')], none, verdict).answered[0]).toContain(verdict);
  });

  it('does not answer a request that we act on our side with the verdict', () => {
    const plan = planAsks([ask('Can you change the label size from your side?')], none, verdict);
    expect(plan.answered.join(' ')).not.toContain(verdict);
  });
});

describe('an ask that leads in to a list', () => {
  const message: Evidence = {
    id: 'S1:c1',
    source: 'S1',
    at: '2026-03-10T09:00:00.000Z',
    author: { name: 'Ines Roth', role: 'customer', side: 'external' },
    visibility: 'public',
    text: 'Hello,\n\nAs our contract allows, we would ask for:\n1. A written post-mortem of the outage for our board.\n2. A refund of the March fee.\n\nAlso, the night shift starts at 22:00.',
  };
  const withMessage: UpdateMaterial = {
    ...material,
    customer: [{ text: 'As our contract allows, we would ask for:', item: message }],
  };

  it('reads the numbered items under the lead-in, up to the end of the list', () => {
    expect(listedUnder('we would ask for:', message.text)).toEqual([
      'A written post-mortem of the outage for our board.',
      'A refund of the March fee.',
    ]);
    expect(listedUnder('we would ask for:', 'we would ask for:\nnothing listed here')).toEqual([]);
  });

  it('handles each listed item, not the bare lead-in', () => {
    const plan = planAsks([ask('As our contract allows, we would ask for:')], withMessage);
    expect(plan.requests.map((r) => r.kind)).toContain('report');
    expect(plan.compensation.join(' ')).toContain('refund');
  });
});

describe('an ask that is only the thing wanted', () => {
  it('names a plan asked for with an -ing form after its preposition, not a statement of theirs', () => {
    const plan = planAsks([ask('A plan for moving our archive to the new region.')], material);
    expect(plan.open).toEqual(['A plan for moving your archive to the new region']);
    expect(planAsks([ask('Our accountant reviewed the numbers.')], material).open).toEqual([]);
  });
});

describe('planAsks with a call asked for', () => {
  it('leaves a time offered for the call to the call line, and keeps any other question open', () => {
    const asks = [
      ask('Could we get a call with your team lead?'),
      ask('Can we do 16:45 tomorrow?'),
      ask('Can we do the migration ourselves?'),
    ];
    const plan = planAsks(asks, material);
    expect(plan.requests.map((r) => r.kind)).toContain('call');
    expect(plan.open).toEqual(['Can you do the migration yourselves?']);
  });

  it('keeps a time question open when no call was asked for', () => {
    expect(planAsks([ask('Can we do 16:45 tomorrow?')], material).open).toHaveLength(1);
  });
});
