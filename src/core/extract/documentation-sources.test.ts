import { describe, expect, it } from 'vitest';
import { makeIntake } from '../../../test/helpers/make-evidence.js';
import { buildContext } from './context.js';
import { documentationSources } from './documentation-sources.js';

// author-less note lines, as the notes reader gives them
function notes(...lines: string[]) {
  const intake = makeIntake(lines.map((text) => ({ text, kind: 'note' as const, meta: { unit: 'note' } })));
  return buildContext(
    { ...intake, evidence: intake.evidence.map((e) => ({ ...e, author: null })) },
    '2026-11-20T12:00:00Z',
  );
}

describe('documentationSources', () => {
  it('takes author-less notes that speak to the reader as "you" for documentation', () => {
    const ctx = notes('Invoices already paid are not reissued.', 'To reissue one, open your billing page.');
    expect([...documentationSources(ctx)]).toEqual(['S1']);
  });

  it('leaves working notes that speak of the customer in the third person', () => {
    const ctx = notes('Customer cleared the cache on Monday, no change.', 'Reissued the invoice at 10:40.');
    expect([...documentationSources(ctx)]).toEqual([]);
  });
});
