import { describe, expect, it } from 'vitest';
import { item } from '../../../test/helpers/make-render-input.js';
import type { Gate } from '../model/packet.js';
import { checkClaims } from './draft-claims.js';

const GATES: Gate[] = [
  { id: 'G-routing', kind: 'routing', subject: 'route', state: 'pending' },
  { id: 'G-send', kind: 'customer_send', subject: 'send', state: 'pending' },
];
const STILL_OPEN = item(
  'S2:m4',
  'the key was used from an unknown IP overnight, still checking the access logs',
  'Lena Park',
);
const QUEUED = item('S2:m5', 'hotfix PR is up, not deployed yet, release train tomorrow', 'Lena Park');
const CAUSE = [{ value: 'the cron retried without the idempotency key', cites: ['S2:m6'] }];

describe('checkClaims', () => {
  it('flags "no suspicious activity" with the evidence that has not settled it', () => {
    const found = checkClaims(
      'We checked and there was no suspicious activity on your key.',
      [STILL_OPEN],
      GATES,
      [],
    );
    expect(found).toEqual([expect.objectContaining({ kind: 'unsupported', cites: ['S2:m4'] })]);
  });

  it('flags "already fixed" against a fix that is only queued', () => {
    const found = checkClaims('Good news: this has been fixed.', [QUEUED], GATES, []);
    expect(found).toEqual([expect.objectContaining({ kind: 'unsupported', cites: ['S2:m5'] })]);
  });

  it('flags "already being worked on" as gated by routing when nothing shows anyone on it', () => {
    const found = checkClaims('Our engineers are already working on a fix.', [], GATES, []);
    expect(found).toEqual([expect.objectContaining({ kind: 'unsupported', cites: ['G-routing'] })]);
  });

  it('flags an admission of fault with the evidence of the cause and the send gate', () => {
    const found = checkClaims('This was caused by a bug in our billing job.', [], GATES, CAUSE);
    expect(found).toEqual([{ kind: 'fault', why: expect.any(String), cites: ['S2:m6', 'G-send'] }]);
  });

  it('leaves a careful sentence alone', () => {
    expect(
      checkClaims(
        'We are checking the access records and will confirm what we find.',
        [STILL_OPEN],
        GATES,
        CAUSE,
      ),
    ).toEqual([]);
  });
});
