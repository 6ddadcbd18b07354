import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { onlyOverdueBill } from './reads-overdue-bill.js';
import { SLA } from './signal-cues.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => onlyOverdueBill(s, SLA));

describe('onlyOverdueBill: an overdue bill is billing, not a target of ours missed', () => {
  it.each([
    'The carrier wrote to our finance team about an overdue invoice.',
    'Their invoice is now overdue by two weeks.',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    'First response overdue: yes',
    'The promised fix is overdue.',
    // an SLA breach said in the same sentence still counts as one
    'The invoice is overdue and we missed the response SLA twice.',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
