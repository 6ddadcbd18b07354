import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../../test/helpers/make-evidence.js';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { askCustomerAction } from './ask-customer-action.js';

const us = (text: string, at: string, visibility: 'public' | 'internal' = 'public'): ItemSpec => ({
  text,
  at,
  role: 'support',
  visibility,
  name: 'Agent',
});
const them = (text: string, at: string): ItemSpec => ({ text, at, role: 'customer', name: 'Client' });
const asked = (specs: ItemSpec[]) => askCustomerAction(makeExtractContext(specs)).map((u) => u.question);

describe('askCustomerAction', () => {
  it('turns our request into a question about whether they did it, in their words', () => {
    const qs = asked([
      us(
        'Could you ask your IT team to whitelist mail.example.org in your spam filter?',
        '2026-11-19T10:00:00Z',
      ),
    ]);
    expect(qs).toEqual([
      'Has the customer asked their IT team to whitelist mail.example.org in their spam filter?',
    ]);
  });

  it('names the role on their side that can do it', () => {
    const qs = asked([
      us(
        'A workspace admin can turn the export toggle back on under Settings > Data.',
        '2026-11-19T10:00:00Z',
      ),
    ]);
    expect(qs).toEqual([
      "Has the customer's workspace admin turned the export toggle back on under Settings > Data?",
    ]);
  });

  it('drops the request once the customer reports it done', () => {
    const qs = asked([
      us('Please upgrade the agent to 7.2 on the build servers.', '2026-11-19T10:00:00Z'),
      them('We upgraded the agent on all build servers this morning, still failing.', '2026-11-19T12:00:00Z'),
    ]);
    expect(qs).toEqual([]);
  });

  it('keeps the request when the customer replies about something else', () => {
    const qs = asked([
      us('Please upgrade the agent to 7.2 on the build servers.', '2026-11-19T10:00:00Z'),
      them('Why did nobody warn us about this?', '2026-11-19T12:00:00Z'),
    ]);
    expect(qs).toEqual(['Has the customer upgraded the agent to 7.2 on the build servers?']);
  });

  it('takes a request for information as answered by any later customer message', () => {
    const qs = asked([
      us('Could you send me the job id of one failed run?', '2026-11-19T10:00:00Z'),
      them('It is 88123.', '2026-11-19T12:00:00Z'),
    ]);
    expect(qs).toEqual([]);
  });

  it('reads no request in internal notes, the customer’s own words, or a plea for patience', () => {
    const qs = asked([
      us('Could you rerun the import with the debug flag on?', '2026-11-19T09:00:00Z', 'internal'),
      them('Could you please refund the last invoice?', '2026-11-19T10:00:00Z'),
      us('Please bear with us while we look into it.', '2026-11-19T11:00:00Z'),
      us('Please let me know if anything changes.', '2026-11-19T11:05:00Z'),
    ]);
    expect(qs).toEqual([]);
  });

  it('cites the message and traces the rule', () => {
    const [u] = askCustomerAction(
      makeExtractContext([
        us('Please clear the cached token on the device and sign in again.', '2026-11-19T10:00:00Z'),
      ]),
    );
    expect(u?.cites).toEqual(['S1:m1']);
    expect(u?.trace).toMatchObject({
      mechanism: 'structure',
      rule: 'ask-customer-action',
      evidence: 'S1:m1',
    });
  });
});
