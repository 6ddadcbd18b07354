import { describe, expect, it } from 'vitest';
import { makeEvalPacket } from '../../../test/helpers/make-eval-packet.js';
import type { Packet } from '../model/packet.js';
import { checkUpdateLeaks } from './check-update-leaks.js';

function withUpdate(
  text: string,
  placeholders: Packet['drafts']['customerUpdate']['placeholders'] = [],
  gates?: Packet['gates'],
) {
  const base = makeEvalPacket();
  return makeEvalPacket({
    packet: {
      drafts: { ...base.drafts, customerUpdate: { text, placeholders } },
      ...(gates ? { gates } : {}),
    },
  });
}

describe('checkUpdateLeaks', () => {
  it('passes a calm update whose only time is the next-update placeholder', () => {
    expect(checkUpdateLeaks(makeEvalPacket())).toEqual([]);
  });

  it('allows a gated ETA as a placeholder tied to a pending gate', () => {
    const packet = withUpdate(
      'We expect a fix by {{ETA}}.',
      [{ token: '{{ETA}}', gate: 'G-eta' }],
      [{ id: 'G-eta', kind: 'eta', subject: 'ETA', state: 'pending' }],
    );
    expect(checkUpdateLeaks(packet)).toEqual([]);
  });

  it('flags a placeholder tied to a missing or approved gate', () => {
    const packet = withUpdate(
      'Fix by {{ETA}}.',
      [{ token: '{{ETA}}', gate: 'G-eta' }],
      [{ id: 'G-send', kind: 'customer_send', subject: '', state: 'pending' }],
    );
    expect(checkUpdateLeaks(packet)).toEqual(['placeholder {{ETA}} is tied to gate G-eta (missing)']);
  });

  it.each([
    ['The fix will be deployed by Friday.', 'eta'],
    ['We will have it fixed within 24 hours.', 'eta'],
    ['Expect it resolved in 20 min.', 'eta'],
    ['Engineering will have it working by 3 PM.', 'eta'],
    ['We will credit your account for the trouble.', 'compensation'],
    ['You get 3 months free.', 'compensation'],
    ['This is a Sev1 incident.', 'severity'],
    ['We classed it as high priority.', 'severity'],
  ] satisfies [string, string][])('flags %j as a %s commitment', (text, kind) => {
    expect(checkUpdateLeaks(withUpdate(text)).some((leak) => leak.startsWith(`${kind} commitment`))).toBe(
      true,
    );
  });

  it('does not read the time of the next update as an ETA', () => {
    expect(checkUpdateLeaks(withUpdate('We will send you an update by 16:00 UTC.'))).toEqual([]);
  });

  it('flags host names and staff names seen only in internal evidence', () => {
    const leaks = checkUpdateLeaks(withUpdate('Keiko reproduced it on sync-worker-04.'));
    expect(leaks).toEqual(['internal-only: "Keiko"', 'internal-only: "sync-worker-04"']);
  });

  it('reads a team signature on internal text as a team, not a staff name', () => {
    const base = makeEvalPacket();
    const packet = makeEvalPacket({
      packet: {
        evidence: [
          ...base.evidence,
          {
            id: 'S1:c4',
            source: 'S1',
            at: '2026-03-03T12:00:00Z',
            author: { name: 'Ledgerline Support', role: 'support', side: 'internal' },
            visibility: 'internal',
            text: 'Holding reply queued.',
          },
        ],
        drafts: {
          ...base.drafts,
          customerUpdate: { text: 'Best regards,\nThe support team\n', placeholders: [] },
        },
      },
    });
    expect(checkUpdateLeaks(packet)).toEqual([]);
    expect(checkUpdateLeaks(withUpdate('Keiko will follow up.'))).toEqual(['internal-only: "Keiko"']);
  });

  it('does not flag names and codes the customer has already seen', () => {
    // Tobias signs public replies; SYNC-509 came from the customer
    expect(checkUpdateLeaks(withUpdate('Tobias is tracking SYNC-509 with engineering.'))).toEqual([]);
  });
});

describe('checkUpdateLeaks on the customer’s own words', () => {
  it('does not read a quoted customer question or a reported statement as our commitment', () => {
    const text =
      'On your questions:\n- "Will this be fixed before Friday?": Timing: we will confirm.\nYou told us: it must work by Friday.';
    expect(checkUpdateLeaks(withUpdate(text))).toEqual([]);
  });

  it('reads "you also asked" as reporting their question too', () => {
    const text = 'You also asked whether you should pause the importer until Monday.';
    expect(checkUpdateLeaks(withUpdate(text))).toEqual([]);
    expect(checkUpdateLeaks(withUpdate('We will pause the importer until Monday.'))).toEqual([
      'eta commitment: "until Monday"',
    ]);
  });

  it('still flags the same words when we say them', () => {
    expect(checkUpdateLeaks(withUpdate('It will be fixed before Friday.'))).toEqual([
      'eta commitment: "before Friday"',
    ]);
  });
});
