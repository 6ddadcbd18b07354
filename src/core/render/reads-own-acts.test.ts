import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsCorrection } from './reads-correction.js';
import { readsOwnActsOnly } from './reads-own-acts.js';

const first = (text: string) => {
  const s = analyze(text).sentences[0];
  if (!s) throw new Error('no sentence');
  return s;
};
const SUFFERED = new Set(['lose', 'miss', 'fail', 'notice']);

describe('readsOwnActsOnly', () => {
  it("reads a sentence of the writer's own acts, done and planned", () => {
    expect(
      readsOwnActsOnly(
        first('No worries for now, we have taken the flyers down and will print them again.'),
        SUFFERED,
      ),
    ).toBe(true);
    expect(readsOwnActsOnly(first('I switched the router off and rebooted the till.'), SUFFERED)).toBe(true);
  });

  it('does not read an act that went wrong, a loss, or what others did', () => {
    expect(readsOwnActsOnly(first('We restarted the till but it will not print.'), SUFFERED)).toBe(false);
    expect(readsOwnActsOnly(first('We lost 40 orders this morning.'), SUFFERED)).toBe(false);
    expect(readsOwnActsOnly(first('The courier took the parcels back to the depot.'), SUFFERED)).toBe(false);
    expect(readsOwnActsOnly(first('We cannot print any labels.'), SUFFERED)).toBe(false);
  });
});

describe('readsCorrection', () => {
  it('reads ", not <noun phrase>" closing a sentence as a correction', () => {
    expect(readsCorrection(first('The invoice total is wrong, not the tax rate.'))).toBe(true);
    expect(readsCorrection(first("It's the payment gateway, not our network."))).toBe(true);
  });

  it('does not read a negated verb after a comma', () => {
    expect(readsCorrection(first('We tried twice, not knowing the limit.'))).toBe(false);
    expect(readsCorrection(first('The labels print, but not the packing slips are missing.'))).toBe(false);
    expect(readsCorrection(first('None of our drivers can sign in.'))).toBe(false);
  });
});
