import { describe, expect, it } from 'vitest';
import type { Evidence } from '../model/evidence.js';
import { planAsks } from './update-answers.js';
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

  it('answers a question the article sentence speaks to', () => {
    const plan = planAsks([ask('Which day of the month are invoices sent?')], material);
    expect(plan.answered[0]).toContain('Invoices are sent on the first working day of the month.');
  });
});
