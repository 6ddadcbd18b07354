import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsL2Step } from './reads-l2-step.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsL2Step(s));

describe('readsL2Step: a step only the second support tier may take', () => {
  it.each([
    'Only L2 can unlock a frozen ledger.',
    'Only the second-line team may change the payout bank account.',
    'Merging two tenants? L2 only.',
    'This needs tier 2 to re-run the import from the archive.',
    'Re-issuing the signing certificate is an L2 procedure.',
    "Rotating the webhook secret is L2's runbook.",
    'Restoring a deleted workspace is restricted to level 2.',
    // needed by possession, a named team closing a title, the case given to the tier
    "Needs L2's ledger rebuild (RB-LED-2).",
    'Re-keying a tenant vault (L2 Platform Desk only)',
    'Owner: Tier 2 Billing Desk · Reviewed in March',
    'Priya assigned this ticket to the L2 team.',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    // asked, denied, supposed
    'Should this go to L2?',
    'This does not need L2 to fix, the customer can do it.',
    'If only L2 can unlock it, we wait for Monday.',
    // the tier named for what it found or did, not for a step only it may take
    'L2 checked the logs and found nothing on our side.',
    'Handing to L2 for a second look.',
    // an L2 cache or norm: "only" rules the verb, not the tier
    'The L2 only holds the last 64 lines.',
    'L2 only supports dense vectors.',
    // the name's other senses, and a need that is denied
    'Needs L2 cache warm-up before the benchmark runs.',
    'The fix lowers L2 cache misses only.',
    'Apply the L2 penalty only.',
    "It does not need L2's help, a restart fixed it.",
    'Assigned to Tier 2 suppliers last year.',
    // a bare "L2" given a thing is a layer or a lane, not the support team
    'The second NIC is assigned to L2 on the new rack.',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
