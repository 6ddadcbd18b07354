import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { askKind } from './ask-states.js';

const kind = (text: string, relayed = false) => {
  const s = analyze(text).sentences[0];
  if (!s) throw new Error('no sentence');
  return askKind(s, relayed);
};

describe('askKind', () => {
  it('reads a request that names nothing but help or a fix as a plea', () => {
    expect(kind('Kindly resolve my issue.')).toBe('plea');
    expect(kind('Any help is appreciated!')).toBe('plea');
    expect(kind('We need it fixed asap!')).toBe('plea');
    expect(kind('Could anyone help me fix this issue?')).toBe('plea');
  });
  it('keeps a request that names a thing, and any wh-question', () => {
    expect(kind('Please fix the PDF export.')).toBe('ask');
    expect(kind('Could you reset the admin password for our shop?')).toBe('ask');
    expect(kind('When will this be fixed?')).toBe('ask');
    expect(kind('Is that possible?')).toBe('ask');
    expect(kind('We need it fixed today!')).toBe('ask');
  });
  it('reads a need of time for their own work as a statement', () => {
    expect(kind('Honestly we need until the summer to retrain the staff.')).toBe('statement');
    expect(kind('We need the invoices until Friday.')).toBe('ask');
  });
  it('reads a sentence of a forwarded notice as relayed', () => {
    expect(kind('Please update your firewall rules.', true)).toBe('relayed');
  });
});
