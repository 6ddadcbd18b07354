import { describe, expect, it } from 'vitest';
import type { Evidence, Source } from '../model/evidence.js';
import { draftEvidence, publicEvidenceIds, publishedArticleIds } from './visibility.js';

function source(id: string, kind: Source['kind']): Source {
  return { id, name: `${id}.x`, kind, format: 'x', sha256: '0', items: 1, warnings: [], status: 'parsed' };
}
function ev(id: string, unit: NonNullable<Evidence['meta']>['unit'], text: string): Evidence {
  return {
    id,
    source: id.split(':')[0] ?? '',
    at: null,
    author: null,
    visibility: 'internal',
    text,
    meta: { unit },
  };
}

describe('draftEvidence', () => {
  it('takes a draft file and a help desk draft thread, but not notes or sent replies', () => {
    const sources = [source('S1', 'ticket'), source('S2', 'draft')];
    const evidence = [
      ev('S1:t1', 'comment', 'We have sent you the export again.'),
      ev('S1:t2', 'note', 'Engineering is on it.'),
      ev('S1:t3', 'draft', 'Hi Ola, the export will be back by Friday.'),
      ev('S2:L1', 'draft', 'Hello, thanks for your patience.'),
    ];
    expect(draftEvidence(evidence, sources).map((e) => e.id)).toEqual(['S1:t3', 'S2:L1']);
  });

  it('is empty when nothing is a draft', () => {
    expect(draftEvidence([ev('S1:t1', 'comment', 'Sent.')], [source('S1', 'ticket')])).toEqual([]);
  });
});

describe('publicEvidenceIds', () => {
  it('never counts an unsent draft as something the customer saw', () => {
    const sources = [source('S1', 'ticket'), source('S2', 'draft')];
    const evidence = [
      { ...ev('S1:t1', 'comment', 'We have sent you the export again.'), visibility: 'public' as const },
      {
        ...ev('S1:t3', 'draft', 'Hi Ola, the export will be back by Friday.'),
        visibility: 'public' as const,
      },
      { ...ev('S2:L1', 'draft', 'Hello, thanks for your patience.'), visibility: 'public' as const },
    ];
    expect([...publicEvidenceIds(evidence, sources)]).toEqual(['S1:t1']);
  });
});

describe('publishedArticleIds', () => {
  const note = (id: string, name: string): Source => ({ ...source(id, 'note'), name });
  const line = (id: string, text: string) => ev(id, 'note', text);

  it('takes a note that is the help-centre page the thread links to, by its slug', () => {
    const sources = [source('S1', 'ticket'), note('S2', 'reset-two-factor.md'), note('S3', 'notes.md')];
    const evidence = [
      ev('S1:t1', 'comment', 'Steps are here: https://help.example.org/en/reset-two-factor.'),
      line('S2:L1', 'Reset two-factor sign-in'),
      line('S3:L1', 'Customer is on the old plan'),
    ];
    expect([...publishedArticleIds(evidence, sources)]).toEqual(['S2:L1']);
  });

  it('does not take a note whose slug is linked only on a non-help host', () => {
    const sources = [source('S1', 'ticket'), note('S2', 'reset-two-factor.md')];
    const evidence = [
      ev('S1:t1', 'comment', 'See https://wiki.example.org/team/reset-two-factor'),
      line('S2:L1', 'Reset two-factor sign-in'),
    ];
    expect([...publishedArticleIds(evidence, sources)]).toEqual([]);
  });

  it('takes release notes, unless they say they are internal', () => {
    const sources = [note('S2', 'rn.md'), note('S3', 'rn-internal.md')];
    const evidence = [
      line('S2:L1', 'Tillpoint 4.2 release notes'),
      line('S3:L1', 'Tillpoint 4.2 release notes'),
      line('S3:L3', 'Internal only: not for customers'),
    ];
    expect([...publishedArticleIds(evidence, sources)]).toEqual(['S2:L1']);
  });

  it('reads a publication line in emphasis as the help centre placing the page', () => {
    const sources = [note('S2', 'a.md')];
    const evidence = [
      line('S2:L1', 'Sync calendars'),
      line('S2:L3', '_Published 2 May · Help Center · Calendars_'),
    ];
    expect([...publishedArticleIds(evidence, sources)]).toEqual(['S2:L1', 'S2:L3']);
  });

  it('takes a page whose title names its knowledge-base id and whose next line dates it', () => {
    const sources = [note('S2', 'renewals.md'), note('S3', 'handover.md')];
    const evidence = [
      line('S2:L1', 'Renewing expired booking rules (KB-3141)'),
      line('S2:L3', 'Last updated 3 March 2026 · Bookings'),
      line('S3:L1', 'Renewing expired booking rules, what we tried'),
      line('S3:L3', 'Updated after the call with Pim'),
    ];
    expect([...publishedArticleIds(evidence, sources)]).toEqual(['S2:L1', 'S2:L3']);
  });

  it('takes a help-page file name with a dated head line, unless the head says internal', () => {
    const sources = [note('S2', 'kb-offline-mode.md'), note('S3', 'kb-offline-mode-internal.md')];
    const evidence = [
      line('S2:L1', 'What readers see when we cannot be reached'),
      line('S2:L3', 'Applies to: all plans · Updated 9 June 2026'),
      line('S3:L1', 'What readers see when we cannot be reached'),
      line('S3:L3', 'Internal draft · Updated 9 June 2026'),
    ];
    expect([...publishedArticleIds(evidence, sources)]).toEqual(['S2:L1', 'S2:L3']);
  });

  it('takes developer docs placed by their breadcrumb', () => {
    const sources = [note('S2', 'limits.md')];
    const evidence = [line('S2:L1', 'Limits'), line('S2:L3', 'Developer docs › Guides › Limits')];
    expect([...publishedArticleIds(evidence, sources)]).toEqual(['S2:L1', 'S2:L3']);
  });
});
