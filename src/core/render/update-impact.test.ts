import { describe, expect, it } from 'vitest';
import { makeFacts } from '../../../test/helpers/make-decide-input.js';
import { item, makeRenderInput } from '../../../test/helpers/make-render-input.js';
import { describeImpact, hasFiniteMainClause, isWholeClause, statesConsequence } from './update-impact.js';
import { gatherMaterial } from './update-material.js';

const said = (text: string) => ({ text, item: item('S1:c1', text, 'customer') });

describe('statesConsequence', () => {
  it('reads a consequence for the customer: work stopped, something shown wrong, a count, a failure event', () => {
    for (const text of [
      'Since this morning our couriers cannot scan any parcel at the depot.',
      'The monthly statement shows £120 although we paid £80.',
      'We have lost 30 bookings since the widget went blank on Friday.',
      'The reports tab disappeared for the whole finance team yesterday.',
      'I am writing because none of our 30 drivers can sign in since the update.',
      'We lost 12 bookings after the widget went blank.',
      'We expected the import to finish overnight, but it stopped after 300 rows.',
    ])
      expect(statesConsequence(said(text)), text).toBeGreaterThan(0);
  });

  it('does not take background, a request, a guess, a norm, a threat or a complaint about our replies for one', () => {
    for (const text of [
      'Our drivers share a pool of vans between the two depots.',
      'Please send us a corrected statement before the end of the month.',
      'It might be the new firewall rule our IT team added.',
      'We closed that account in May, so nobody should be able to sign in with it.',
      'If we do not get an answer by Friday we will escalate this to our board.',
      'I have still not heard from the account manager about this.',
      'It still says the old plan name on the billing page.',
      'Open the billing page and try to download the invoice again.',
      'I am writing on behalf of our finance director about the invoice upload that failed twice.',
      'Section 9 of our agreement obliges the vendor to keep backups for ninety days.',
      'I can confirm that the archived tenants no longer appear in the search.',
      'Whether the deleted rows failed to sync as well, or only the last backup.',
      'We switched the booking widget off at noon to stop more double bookings.',
      'We never agreed to a 30-day notice period on our seats.',
      'I do not accept a setup fee for moving our own data.',
      // a negation in brackets only describes the account they used
      'I signed in with our demo cashier login (role: Cashier, no admin rights) and opened Reports.',
    ])
      expect(statesConsequence(said(text)), text).toBe(0);
  });

  it("does not take someone's denial of their own act for the impact, but keeps what befell them", () => {
    for (const text of [
      'Both cashiers say they never touched the till settings and never saw a warning.',
      'The site manager insists he did not change the door schedule.',
    ])
      expect(statesConsequence(said(text)), text).toBe(0);
    for (const text of [
      'The night nurses say they cannot open any patient chart since 02:00.',
      'Two of our members said they never received the booking confirmation.',
    ])
      expect(statesConsequence(said(text)), text).toBeGreaterThan(0);
  });
});

describe('describeImpact skips a line the leak guard would strike', () => {
  it('takes the next-best sentence instead of leaving no opening', () => {
    const input = makeRenderInput([
      item('S1:c1', 'Since Monday none of our depot scanners can upload a single scan.', 'customer'),
      item('S1:c2', 'The pickers cannot close any order, so the loading bays are full.', 'customer'),
    ]);
    const material = gatherMaterial(input);
    const all = describeImpact(input.facts, material, input.asOf);
    expect(all[0]).toBe(
      'I understand that since Monday none of your depot scanners can upload a single scan.',
    );
    const kept = describeImpact(input.facts, material, input.asOf, null, (l) => !l.includes('scanners'));
    expect(kept[0]).toBe(
      'I understand that the pickers cannot close any order, so the loading bays are full.',
    );
  });
});

describe('describeImpact drops a link back to what came before', () => {
  it('says the impact without a leading "In the meantime"', () => {
    const input = makeRenderInput([
      item('S1:c1', 'In the meantime, none of our depot scanners can upload a single scan.', 'customer'),
    ]);
    expect(describeImpact(input.facts, gatherMaterial(input), input.asOf)[0]).toBe(
      'I understand that none of your depot scanners can upload a single scan.',
    );
  });
});

describe('describeImpact leaves out a sentence in another language', () => {
  it('does not say back a part the customer wrote in another language', () => {
    const text =
      'Ci servono subito le fatture corrette del mese scorso - we cannot close the books without them.';
    const material = gatherMaterial(makeRenderInput([item('S1:c1', text, 'customer')]));
    expect(describeImpact(makeFacts(), material, '2026-03-11T12:00:00.000Z').join(' ')).not.toContain(
      'fatture',
    );
  });

  it('does not say back an item of their list of asks', () => {
    const text = '(b) the 40 invoices that failed to export and cannot be sent to our clients.';
    const material = gatherMaterial(makeRenderInput([item('S1:c1', text, 'customer')]));
    expect(describeImpact(makeFacts(), material, '2026-03-11T12:00:00.000Z').join(' ')).not.toContain('(b)');
  });

  it('still says back an English sentence of the same shape', () => {
    const text = 'Since Monday our finance team cannot download a single corrected invoice from the portal.';
    const material = gatherMaterial(makeRenderInput([item('S1:c1', text, 'customer')]));
    expect(describeImpact(makeFacts(), material, '2026-03-11T12:00:00.000Z').join(' ')).toContain(
      'your finance team cannot download',
    );
  });
});

describe('isWholeClause', () => {
  it('refuses what is no clause to say back', () => {
    for (const text of [
      'A full list of the riders who were charged and how much that comes to.',
      'Our van tracker showing old positions since noon',
      'all our vans stuck at the depot for hours, our customers (two retailers) phoning every hour where is the parcel',
      'This hits 12 drivers across.',
      'After the audit I noticed a login he had kept after leaving the firm.',
      'Since then we have disabled it by hand on the admin page.',
      'Missing are the two delivery notes from Monday.',
    ])
      expect(isWholeClause(text), text).toBe(false);
  });

  it('keeps whole clauses, with relative clauses and names', () => {
    for (const text of [
      'The riders who renewed last week cannot open the app.',
      'When we save the rota, it crashes.',
      'Since Monday Priya says she cannot approve any timesheet.',
      'Our IT manager cannot reset any password.',
      'Our vans are stuck at the depot, our customers are phoning every hour.',
      'The van app, the web portal and the scanner app are all down since noon.',
    ])
      expect(isWholeClause(text), text).toBe(true);
  });
});

describe('describeImpact does not say back shouting', () => {
  it('leaves out a sentence written in capitals', () => {
    const text = 'I PICK LAST QUARTER AND THE REPORT JUST HANGS FOR EVER.';
    const material = gatherMaterial(makeRenderInput([item('S1:c1', text, 'customer')]));
    expect(describeImpact(makeFacts(), material, '2026-03-11T12:00:00.000Z').join(' ')).not.toMatch(
      /HANGS|hangs/,
    );
  });
});

describe('describeImpact, on sentences that read wrong said back', () => {
  const opening = (text: string): string | undefined => {
    const input = makeRenderInput([item('S1:c1', text, 'customer')]);
    return describeImpact(makeFacts(), gatherMaterial(input), input.asOf)[0];
  };

  it('passes over a shouted label before a colon', () => {
    expect(
      opening(
        'BUG: none of our 14 pickers can scan since Monday. The handheld scanners fail on every pallet label.',
      ),
    ).toBe('I understand that the handheld scanners fail on every pallet label.');
  });

  it('passes over a fronted object ("More we can not do, …")', () => {
    expect(
      opening(
        'More we can not do, the depot has only 2 spare scanners for 14 pickers. The handheld scanners fail on every pallet label.',
      ),
    ).toBe('I understand that the handheld scanners fail on every pallet label.');
  });
});

describe('describeImpact opens on a clause, never on an error code', () => {
  it('passes over a sentence carrying an error code for the next one that says the impact', () => {
    const input = makeRenderInput([
      item('S1:c1', 'Every refund we start fails with ERR-RFD-07 on the confirm screen.', 'customer'),
      item('S1:c2', 'The cashiers cannot close any sale, so the queues at the tills are long.', 'customer'),
    ]);
    const out = describeImpact(input.facts, gatherMaterial(input), input.asOf);
    expect(out[0]).toBe(
      'I understand that the cashiers cannot close any sale, so the queues at the tills are long.',
    );
  });

  it('passes over a snake_case identifier too', () => {
    const input = makeRenderInput([
      item('S1:c1', 'The nightly sync keeps failing with quota_exceeded on every branch.', 'customer'),
    ]);
    const out = describeImpact(input.facts, gatherMaterial(input), input.asOf);
    expect(out.join(' ')).not.toContain('quota_exceeded');
  });
});

describe('hasFiniteMainClause', () => {
  it('reads a subject and a finite verb in a main clause', () => {
    expect(hasFiniteMainClause('Our drivers cannot print labels since this morning.')).toBe(true);
    expect(hasFiniteMainClause('Since Monday none of our invoices go out.')).toBe(true);
  });

  it('reads no main clause in a noun phrase or a clause that only asks', () => {
    expect(hasFiniteMainClause('An updated conformance report for the new exam player.')).toBe(false);
    expect(hasFiniteMainClause('If the import runs again, which rows will change.')).toBe(false);
  });
});
