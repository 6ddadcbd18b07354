import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../../test/helpers/make-evidence.js';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { triedFromStatusPage } from './tried-from-status-page.js';

const update = (incident: string, stage: string, body: string, at: string): ItemSpec => ({
  text: `${incident} — ${stage}: ${body}`,
  role: 'bot',
  kind: 'status',
  at,
  meta: { unit: 'update', subject: incident },
});

describe('triedFromStatusPage', () => {
  const page = [
    update(
      'Search indexing lag',
      'identified',
      'A full disk on an index node stalled ingestion. We are fixing it.',
      '2026-11-18T09:10:00Z',
    ),
    update(
      'Search indexing lag',
      'monitoring',
      'Disk space was freed and indexing is catching up.',
      '2026-11-18T09:40:00Z',
    ),
    update('Search indexing lag', 'resolved', 'This incident has been resolved.', '2026-11-18T10:05:30Z'),
    update('Login errors in APAC', 'resolved', 'Logins are back to normal.', '2026-10-02T03:00:00Z'),
  ];

  it('reads the incident the customer talks about as engineering’s fix with its resolution time', () => {
    const ctx = makeExtractContext([
      ...page,
      { text: 'Search results still miss documents we indexed an hour ago.', at: '2026-11-18T11:00:00Z' },
    ]);
    expect(triedFromStatusPage(ctx)).toEqual([
      {
        action:
          'Engineering: A full disk on an index node stalled ingestion. Disk space was freed and indexing is catching up.',
        result: 'status page marked the incident resolved at 10:05 UTC',
        by: 'engineering',
        cites: ['S1:m1', 'S1:m2', 'S1:m3'],
      },
    ]);
  });

  it('leaves out incidents nobody in the case mentions', () => {
    const ctx = makeExtractContext([...page, { text: 'Our invoices show the wrong currency.' }]);
    expect(triedFromStatusPage(ctx)).toEqual([]);
  });
});
