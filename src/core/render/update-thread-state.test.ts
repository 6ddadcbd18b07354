import { describe, expect, it } from 'vitest';
import { item, makeRenderInput } from '../../../test/helpers/make-render-input.js';
import { analyze } from '../language/analyze.js';
import type { Evidence } from '../model/evidence.js';
import { buildCustomerUpdate } from './customer-update.js';
import { gatherMaterial } from './update-material.js';
import { advises, isPastTense, readRestored } from './update-thread-state.js';

const at = (hour: number) => `2026-03-10T${String(hour).padStart(2, '0')}:00:00.000Z`;
const customer = (id: string, text: string, hour: number): Evidence =>
  item(id, text, 'customer', { at: at(hour) });
const ours = (id: string, text: string, hour: number): Evidence =>
  item(id, text, 'Sam', {
    at: at(hour),
    visibility: 'public',
    author: { name: 'Sam', role: 'support', side: 'internal' },
  });

describe('readRestored', () => {
  it('finds the latest public sentence after the first report that says it works again, with its clause', () => {
    const evidence = [
      customer('S1:c1', 'Since this morning our tills cannot take card payments.', 8),
      ours('S1:c2', 'Could you restart one till and tell us what it shows?', 9),
      customer('S1:c3', 'We reinstalled the reader driver and the tills are taking cards again.', 11),
    ];
    const restored = readRestored(gatherMaterial(makeRenderInput(evidence)));
    expect(restored?.said.item.id).toBe('S1:c3');
    expect(restored?.clause).toBe('the tills are taking cards again');
  });

  it('says back the clause after a "good to see" frame, not the frame', () => {
    const evidence = [
      customer('S1:c1', 'Since this morning our tills cannot take card payments.', 8),
      customer('S1:c2', 'Good to see the tills are taking cards again.', 11),
    ];
    expect(readRestored(gatherMaterial(makeRenderInput(evidence)))?.clause).toBe(
      'the tills are taking cards again',
    );
  });

  it('reads nothing when the only such sentence came before the report, or none says it', () => {
    const before = [
      ours('S1:c1', 'The card service is back to normal.', 7),
      customer('S1:c2', 'Since this morning our tills cannot take card payments.', 8),
    ];
    expect(readRestored(gatherMaterial(makeRenderInput(before)))).toBeNull();
    const none = [customer('S1:c1', 'Since this morning our tills cannot take card payments.', 8)];
    expect(readRestored(gatherMaterial(makeRenderInput(none)))).toBeNull();
  });

  it('says no clause when the restoring clause opens on a bare pronoun', () => {
    const evidence = [
      customer('S1:c1', 'Since this morning our tills cannot take card payments.', 8),
      customer('S1:c2', 'It is online again after we rebooted.', 10),
    ];
    const restored = readRestored(gatherMaterial(makeRenderInput(evidence)));
    expect(restored?.said.item.id).toBe('S1:c2');
    expect(restored?.clause).toBeNull();
  });
});

describe('isPastTense and advises', () => {
  it('tells a past impact from a present one', () => {
    expect(isPastTense('120 orders missed the evening courier.')).toBe(true);
    expect(isPastTense('We could not print a single invoice all weekend.')).toBe(true);
    expect(isPastTense('Since this morning we cannot print a single invoice.')).toBe(false);
    expect(isPastTense('Our drivers are waiting at the gate.')).toBe(false);
  });

  it('reads the tense of the clause, not of a participle before a noun, and all of its clauses', () => {
    expect(isPastTense('Our printed labels are coming out blank.')).toBe(false);
    expect(isPastTense('The printed labels showed the wrong address.')).toBe(true);
    expect(isPastTense('The first batch failed at noon, and it is failing for every batch since.')).toBe(
      false,
    );
    expect(isPastTense('Since Monday the export stops at row 500.')).toBe(false);
  });

  it('reads the verb group of each clause as the clause reader splits it', () => {
    expect(isPastTense('Nobody could open the shared calendar on Tuesday.')).toBe(true);
    expect(isPastTense('Two invoices were sent to the wrong client.')).toBe(true);
    expect(isPastTense('The refunds went out late, but it is still charging some cards twice.')).toBe(false);
    expect(isPastTense('The sync will fail again tonight.')).toBe(false);
    const read = analyze('Our nightly backup had stopped by midnight.').sentences[0];
    expect(read && isPastTense(read)).toBe(true);
  });

  it('reads advice: a condition, an instruction, "you can"', () => {
    expect(advises('If you clear the cache, the page will load.')).toBe(true);
    expect(advises('Clear the cache and reload the page.')).toBe(true);
    expect(advises('You can export the report by week instead.')).toBe(true);
    expect(advises('We found the cause in the nightly job.')).toBe(false);
  });
});

describe('the update once the thread says it works again', () => {
  const evidence = [
    customer('S1:c1', 'Since this morning our tills cannot take card payments at all.', 8),
    ours('S1:c2', 'If you restart the card reader service, payments will go through again.', 9),
    customer('S1:c3', 'Over the morning 40 customers left without paying, a terrible start.', 10),
    customer('S1:c4', 'Over the morning 40 customers were stuck at the tills and left.', 10),
    customer('S1:c5', 'We restarted the card reader service and the tills are taking cards again.', 11),
  ];
  const text = buildCustomerUpdate(
    makeRenderInput(evidence, { decision: { ...makeRenderInput([]).decision, escalate: false } }),
  ).text;

  it('says back a past impact and the restoration, not the stale present one', () => {
    expect(text).not.toContain('cannot take card payments');
    expect(text).toContain('I understand that over the morning 40 customers were stuck at the tills');
    expect(text).toContain("I'm glad that the tills are taking cards again.");
  });

  it('does not repeat the advice given before it worked again', () => {
    expect(text).not.toContain('restart the card reader service');
  });
});
