import { describe, expect, it } from 'vitest';
import { makeEvalPacket } from '../../../test/helpers/make-eval-packet.js';
import { checkCites } from './check-cites.js';
import { claimSupported } from './claim-supported.js';

describe('claimSupported', () => {
  const TEXT = 'Since Monday, Mar 2 the sync fails for 12 users; 20,000 rows exported.';

  it.each([
    [12, true],
    [20000, true],
    [2, true],
    [13, false],
    [200, false],
  ] satisfies [number, boolean][])('number %d supported: %s', (value, ok) => {
    expect(claimSupported(value, TEXT)).toBe(ok);
  });

  it.each([
    ['2026-03-02', 'broke on 2026-03-02', true],
    ['2026-03-02', 'broke on March 2nd', true],
    ['2026-03-02', 'broke on 2 Mar', true],
    ['2026-03-02', 'broke on 3/2', true],
    ['2026-03-02', 'broke on Monday', true], // 2026-03-02 is a Monday
    ['2026-03-02', 'broke yesterday', true],
    ['2026-03-02', 'broke on Tuesday', false],
    ['2026-03-02', 'broke since Mon morning', true],
    ['2026-03-03', 'since Tues. it fails', true],
    ['2026-03-02', 'the monitor tuesday', false],
    ['2026-03-02', 'the monthly export', false],
    ['2026-03-02T05:12:00Z', 'no checkouts since 05:12', true],
    ['2026-03-02T05:12:00Z', 'no checkouts since 15:12', false],
    ['2026-03-02T08:00:00Z', 'broke on Mar 2 at 08:00', true],
    ['2026-03-02', 'broke on Mar 20', false],
    ['2026-03-02', 'stuck since the 2nd', true],
    ['2026-03-02', 'stuck since the 22nd', false],
  ] satisfies [string, string, boolean][])('date %s in %j: %s', (value, text, ok) => {
    expect(claimSupported(value, text)).toBe(ok);
  });

  it('needs at least one content word for text values', () => {
    expect(claimSupported('invoice sync fails', 'the invoices do not arrive')).toBe(true);
    expect(claimSupported('invoice sync fails', 'the weather is nice')).toBe(false);
  });
});

describe('checkCites', () => {
  it('finds nothing wrong in a well-cited packet', () => {
    expect(checkCites(makeEvalPacket())).toEqual({ unresolved: [], unsupported: [] });
  });

  it('reports cites naming evidence that does not exist, wherever they are', () => {
    const packet = makeEvalPacket({
      facts: { account: { value: 'Brightwater Foods Ltd', cites: ['S1:c1', 'S9:c4'] } },
      decision: { targets: [{ team: 'Engineering', reason: '', cites: ['S3:m2'] }] },
    });
    expect(checkCites(packet).unresolved).toEqual(['facts.account → S9:c4', 'decision.targets[0] → S3:m2']);
  });

  it('reports a claim whose cited evidence does not carry it', () => {
    const packet = makeEvalPacket({
      facts: {
        affected: { users: { value: 40, cites: ['S1:c1'] }, accounts: null, scope: null, summary: '' },
        hypotheses: [{ value: 'Firewall blocks outbound traffic', cites: ['S1:c2'] }],
      },
    });
    expect(checkCites(packet).unsupported).toEqual([
      'facts.affected.users: 40',
      'facts.hypotheses[0]: Firewall blocks outbound traffic',
    ]);
  });
});
