import { describe, expect, it } from 'vitest';
import { makeFacts } from '../../../test/helpers/make-decide-input.js';
import { item } from '../../../test/helpers/make-render-input.js';
import { buildQuery } from './build-query.js';

describe('buildQuery', () => {
  it('weights the problem and errors above the running text, keeps codes whole, drops labels and bare small numbers', () => {
    const facts = makeFacts({
      problem: { value: 'Thermostat schedules ignored', cites: ['S1:c1'] },
      errors: [{ value: 'SCH-409 overlapping window', cites: ['S1:c1'] }],
    });
    const subject = item('S1:f.subject', 'Subject: Heating runs at night (ticket #5521)', 'customer', {
      meta: { unit: 'field', field: 'subject' },
    });
    const report = item(
      'S1:c1',
      'Since the 2 new units arrived, the heating runs at night in 12 rooms.',
      'customer',
    );
    const query = buildQuery(facts, [subject, report]);
    expect(query.weights.get('sch-409')).toBe(2);
    expect(query.words.get('sch-409')).toBe('sch-409');
    expect(query.weights.get('409')).toBe(2);
    expect(query.weights.get('thermostat')).toBe(2);
    expect(query.weights.get('room')).toBe(1);
    expect(query.words.get('room')).toBe('rooms');
    for (const noise of ['subject', 'ticket', '5521', '2', '12'])
      expect(query.weights.has(noise)).toBe(false);
  });

  it('ignores internal notes: only the customer reads as the report', () => {
    const note = item('S2:n1', 'Probably the firmware rollout from last week.', 'Dana Kim');
    expect(buildQuery(makeFacts(), [note]).terms).toEqual([]);
  });
});
