import { describe, expect, it } from 'vitest';
import type { Evidence, Source } from '../model/evidence.js';
import { draftEvidence, publicEvidenceIds } from './visibility.js';

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
