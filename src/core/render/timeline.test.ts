import { describe, expect, it } from 'vitest';
import { makeFacts } from '../../../test/helpers/make-decide-input.js';
import { item } from '../../../test/helpers/make-render-input.js';
import { buildTimeline } from './timeline.js';

const EVIDENCE = [
  item('S2:m1', 'Escalating to engineering: discounted orders fail.', 'Tomasz Wojcik', {
    at: '2026-03-11T08:42:10Z',
  }),
  item('S1:c1', 'Discounted orders are missing from our ERP.', 'customer', { at: '2026-03-10T15:12:40Z' }),
  item('S1:c3', 'We reconnected the connector twice.', 'customer', { at: '2026-03-10T17:05:51Z' }),
  item('S2:m2', 'Probably the rounding change in the deploy.', 'Aiko Brandt', { at: '2026-03-11T09:05:02Z' }),
];

describe('buildTimeline', () => {
  const timeline = buildTimeline(
    EVIDENCE,
    makeFacts({
      tried: [
        { action: 'reconnected the connector', result: 'same error', by: 'customer', cites: ['S1:c3'] },
      ],
      hypotheses: [{ value: 'rounding change in the deploy', cites: ['S2:m2'] }],
      deadlines: [{ at: '2026-03-13T17:00:00Z', text: 'spring sale on Friday', cites: ['S1:c1'] }],
    }),
  );

  it('lists first report, hand-off, tries, hypotheses and deadlines oldest first, with cites', () => {
    expect(timeline.map((t) => [t.at, t.cites[0], t.summary.split(':')[0]])).toEqual([
      ['2026-03-10T15:12:40.000Z', 'S1:c1', 'First report'],
      ['2026-03-10T17:05:51.000Z', 'S1:c3', 'Tried (customer)'],
      ['2026-03-11T08:42:10.000Z', 'S2:m1', 'Escalation / hand-off by engineering'],
      ['2026-03-11T09:05:02.000Z', 'S2:m2', 'Hypothesis'],
      ['2026-03-13T17:00:00.000Z', 'S1:c1', 'Deadline'],
    ]);
  });

  it('does not read a ticket field such as "Escalated: yes" as a hand-off', () => {
    const flag = item('S3:f.escalated', 'Escalated in Freshdesk: yes', 'Freshdesk', {
      at: '2026-03-11T10:00:00Z',
      meta: { unit: 'field', field: 'is_escalated' },
    });
    const summaries = buildTimeline([...EVIDENCE, flag], makeFacts()).map((t) => t.summary);
    expect(summaries.filter((s) => s.startsWith('Escalation'))).toHaveLength(1);
  });

  it('does not read a decision against escalating as a hand-off', () => {
    const notes = [
      item('S4:m1', 'Their config, no engineering escalation needed.', 'Femi Ade', {
        at: '2026-03-11T10:00:00Z',
      }),
      item('S4:m2', "Don't escalate yet, waiting on their logs.", 'Femi Ade', { at: '2026-03-11T10:05:00Z' }),
      item('S4:m3', 'No escalation now; handing over to night shift.', 'Femi Ade', {
        at: '2026-03-11T10:10:00Z',
      }),
    ];
    const handoffs = buildTimeline([...EVIDENCE, ...notes], makeFacts())
      .filter((t) => t.summary.startsWith('Escalation'))
      .map((t) => t.cites[0]);
    expect(handoffs).toEqual(['S2:m1', 'S4:m3']);
  });

  it('is the same whatever order the evidence arrives in', () => {
    expect(buildTimeline([...EVIDENCE].reverse(), makeFacts())).toEqual(buildTimeline(EVIDENCE, makeFacts()));
  });
});
