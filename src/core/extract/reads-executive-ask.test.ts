import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsExecutiveAsk } from './reads-executive-ask.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsExecutiveAsk(s));

describe('readsExecutiveAsk: someone senior brought in', () => {
  it.each([
    'If this slips again I am taking it to our president.',
    'Our founder, Amal, wants to email yours tonight.',
    'I would like to speak with a director before we sign anything.',
    'They want a CFO-to-CFO call about the credits.',
    'This needs an exec sponsor on your side.',
    'Can your head of engineering join a call on Monday?',
    'Please escalate to someone senior.',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    // a senior person present, not brought in
    'Our CTO approved the new SSO rollout last week.',
    // an escalation to a team
    'I passed this to our billing team and escalated it to finance.',
    // a signature or a title alone
    'Marta Ruiz | Head of Finance | Larchmont Clinics',
    // denied
    'There is no need to escalate this to your CEO.',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
