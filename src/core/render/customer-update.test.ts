import { describe, expect, it } from 'vitest';
import { makeFacts } from '../../../test/helpers/make-decide-input.js';
import { item, makeRenderInput } from '../../../test/helpers/make-render-input.js';
import { buildCustomerUpdate } from './customer-update.js';

const PUBLIC = item(
  'S1:c1',
  'Orders with a discount code are missing from our ERP. When will this be fixed?',
  'customer',
);
const NOTE = item(
  'S1:c2',
  'Internal: rounding bug in relay 2.8.0 on relay-worker-4, Aiko says fix by Thursday.',
  'Tomasz Wojcik',
);

const facts = makeFacts({
  problem: { value: 'Orders with a discount code are missing from our ERP', cites: ['S1:c1'] },
  symptoms: [{ value: 'rounding bug in relay 2.8.0 on relay-worker-4', cites: ['S1:c2'] }],
  hypotheses: [{ value: 'rounding bug in relay 2.8.0', cites: ['S1:c2'] }],
  customerAsks: [
    { value: 'When will this be fixed?', cites: ['S1:c1'] },
    { value: 'Can Aiko join a call?', cites: ['S1:c2'] },
  ],
});

describe('buildCustomerUpdate', () => {
  const update = buildCustomerUpdate(makeRenderInput([PUBLIC, NOTE], { facts }));

  it('acknowledges the public report in the customer’s words and greets them by first name', () => {
    expect(update.text).toMatch(/^Hi Rosa,/);
    expect(update.text).toContain('"Orders with a discount code are missing from our ERP"');
    expect(update.text).toMatch(/engineering team/);
  });

  it('leaves out facts and asks that rest on internal evidence', () => {
    expect(update.text).not.toMatch(/rounding|relay|Aiko|Thursday|2\.8\.0/);
  });

  it('answers the ETA ask only with a placeholder tied to the pending ETA gate', () => {
    expect(update.text).toContain('{{ETA}}');
    expect(update.placeholders).toEqual([{ token: '{{ETA}}', gate: 'G-eta' }]);
  });

  it('writes no ETA placeholder when there is no pending ETA gate', () => {
    const input = makeRenderInput([PUBLIC, NOTE], { facts });
    const noEta = buildCustomerUpdate({ ...input, gates: input.gates.filter((g) => g.kind !== 'eta') });
    expect(noEta.text).not.toContain('{{');
    expect(noEta.placeholders).toEqual([]);
  });

  it('mentions compensation only when the customer raised it, never for a credit only our draft offered', () => {
    const input = makeRenderInput([PUBLIC, NOTE], { facts });
    const withGate = {
      ...input,
      gates: [
        ...input.gates,
        { id: 'G-comp', kind: 'compensation', subject: 'credit', state: 'pending' } as const,
      ],
    };
    expect(buildCustomerUpdate(withGate).text).not.toContain('{{COMPENSATION}}');
    const asking = item('S1:c4', 'We expect a service credit for this week.', 'customer');
    const asked = buildCustomerUpdate({ ...withGate, evidence: [...withGate.evidence, asking] });
    expect(asked.text).toContain('{{COMPENSATION}}');
    expect(asked.placeholders).toContainEqual({ token: '{{COMPENSATION}}', gate: 'G-comp' });
  });

  it('states the customer cadence from the policy for the suggested severity', () => {
    expect(update.text).toContain('every 4–8 hours');
  });

  it('does not attribute to the customer what our agent wrote in a public reply', () => {
    const agentReply = item(
      'S1:c3',
      'Hi Rosa, could you reconnect the connector and resend one order?',
      'Tomasz Wojcik',
      {
        visibility: 'public',
        author: { name: 'Tomasz Wojcik', role: 'support', side: 'internal' },
      },
    );
    const withReply = makeFacts({
      ...facts,
      symptoms: [{ value: 'reconnect the connector', cites: ['S1:c3'] }],
    });
    const text = buildCustomerUpdate(makeRenderInput([PUBLIC, NOTE, agentReply], { facts: withReply })).text;
    expect(text).not.toContain('reconnect the connector');
    expect(text).toContain('"Orders with a discount code are missing from our ERP"');
  });
});

describe('buildCustomerUpdate: asks with a problem context', () => {
  it("quotes only the customer's words of an ask, not the context extraction added beside them", () => {
    const withContext = makeFacts({
      problem: { value: 'Orders with a discount code are missing from our ERP', cites: ['S1:c1'] },
      customerAsks: [
        {
          value: 'When will this be fixed? (re: rounding bug in relay 2.8.0)',
          cites: ['S1:c1', 'S1:c2'],
        },
      ],
    });
    const text = buildCustomerUpdate(makeRenderInput([PUBLIC, NOTE], { facts: withContext })).text;
    expect(text).toContain('"When will this be fixed?"');
    expect(text).not.toMatch(/re:|rounding|relay/);
  });
});
