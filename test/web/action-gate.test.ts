import { describe, expect, it } from 'vitest';
import type { GateView } from '../../web/src/api/types.js';
import { blockingGateOf } from '../../web/src/features/packet-review/action-gate.js';

const gate = (id: string, state: GateView['state']): GateView => ({
  id,
  kind: 'severity',
  subject: id,
  state,
  decidedBy: null,
  decidedAt: null,
  comment: null,
});
const action = (gateId: string | null) => ({
  id: 'A1',
  what: 'Confirm severity',
  owner: 'lead',
  due: null,
  gate: gateId,
});

describe('blockingGateOf', () => {
  it('names the gate while it is pending or rejected, and nothing once it is approved', () => {
    expect(blockingGateOf(action('G-severity'), [gate('G-severity', 'pending')])).toBe('G-severity');
    expect(blockingGateOf(action('G-severity'), [gate('G-severity', 'rejected')])).toBe('G-severity');
    expect(blockingGateOf(action('G-severity'), [gate('G-severity', 'approved')])).toBeNull();
  });

  it('has nothing to say for an action without a gate, and keeps a gate it cannot find', () => {
    expect(blockingGateOf(action(null), [gate('G-severity', 'pending')])).toBeNull();
    expect(blockingGateOf(action('G-eta'), [])).toBe('G-eta');
  });
});
