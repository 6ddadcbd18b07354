/** The facts the Feedback panel offers to correct, with what each holds now. */
import { describe, expect, it } from 'vitest';
import type { FeedbackView } from '../../web/src/api/feedback.js';
import { describeEvent } from '../../web/src/features/audit-log/describe-event.js';
import { factChoices } from '../../web/src/features/packet-review/fact-choices.js';
import { makeReviewPacket } from '../helpers/make-review-packet.js';

// account Example Co, 3 users affected, one error ERR_SYNC_413, no tried steps
const PACKET = makeReviewPacket();

function correction(id: number, field: string, value: FeedbackView['value'], version = 1): FeedbackView {
  return {
    id,
    version,
    kind: 'fact',
    rating: null,
    field,
    value,
    note: null,
    actor: 'lead@x',
    at: '2026-11-19T10:00:00Z',
  };
}

describe('factChoices', () => {
  it('offers every scored fact with its current value, and an addition per list', () => {
    const choices = factChoices(PACKET, [], 1);
    const byField = new Map(choices.map((c) => [c.field, c]));
    expect(byField.get('facts.account')).toMatchObject({
      label: 'Account',
      kind: 'text',
      current: 'Example Co',
    });
    expect(byField.get('facts.affected.users')).toMatchObject({ kind: 'count', current: '3' });
    expect(byField.get('facts.startedAt')).toMatchObject({ kind: 'date', current: 'none' });
    expect(byField.get('facts.errors[0]')).toMatchObject({ label: 'Error 1', current: 'ERR_SYNC_413' });
    expect(byField.get('facts.errors[1]')).toMatchObject({ adds: true });
    expect(byField.get('facts.tried[0]')).toMatchObject({ adds: true, label: 'Tried: add a missing one' });
  });

  it('shows corrections of this version, and offers the next index once an item was added', () => {
    const feedback = [
      correction(1, 'facts.account', 'Example Company Ltd'),
      correction(2, 'facts.errors[1]', 'ERR_AUTH_401'),
      correction(3, 'facts.affected.users', 99, 2),
    ];
    const byField = new Map(factChoices(PACKET, feedback, 1).map((c) => [c.field, c]));
    expect(byField.get('facts.account')?.current).toBe('Example Company Ltd');
    expect(byField.get('facts.errors[1]')).toMatchObject({ adds: false, current: 'ERR_AUTH_401' });
    expect(byField.get('facts.errors[2]')).toMatchObject({ adds: true });
    // a correction made on another version does not count
    expect(byField.get('facts.affected.users')?.current).toBe('3');
  });
});

describe('the audit log in sentences', () => {
  const event = (name: string, properties: unknown) => ({
    id: 1,
    packetId: 'p',
    actor: 'ana@x',
    name,
    properties,
    at: '2026-11-19T10:00:00Z',
  });

  it('says what a rating, a correction and an export were', () => {
    expect(
      describeEvent(event('handoff.rated', { rating: 'had-to-ask', note: 'the shard', version: 1 })).summary,
    ).toBe('ana@x rated the handoff: had to ask — missing: “the shard”');
    expect(
      describeEvent(event('fact.corrected', { field: 'facts.account', before: 'A', after: 'B', note: null }))
        .summary,
    ).toBe('ana@x corrected facts.account from A to B');
    expect(describeEvent(event('case.exported', { version: 2, inputs: [] })).summary).toBe(
      'ana@x exported version 2 as an eval case',
    );
  });
});
