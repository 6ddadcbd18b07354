import { describe, expect, it } from 'vitest';
import { CONCEPT_OPTIONS, conceptTerms } from '../../scripts/classifier/concept-terms.js';
import type { Example } from '../../scripts/classifier/read-datasets.js';

const ex = (group: string, label: string, text: string, i: number): Example => ({
  id: `${group}:${i}`,
  group,
  label,
  text,
});

// sentences written for this test
const security = (group: string, extra: string) =>
  [0, 1, 2].map((i) =>
    ex(group, '1', `The upload handler allows path traversal outside the root. ${extra} ${i}`, i),
  );
const ordinary = [0, 1, 2, 3, 4, 5].map((i) =>
  ex('issues', '0', `The upload handler shows the wrong icon after saving. Item ${i}`, i),
);

describe('conceptTerms', () => {
  const examples = [
    ...security('a', 'Reported by one vendor.'),
    ...security('b', 'Fixed in the next release.'),
    ...security('c', 'Cherrypick this onto the branch.'),
    ...ordinary,
  ];

  it('keeps pairs that security texts of three sources share and ordinary reports lack', () => {
    const terms = conceptTerms(examples);
    expect(terms).toContain('path travers');
    // in every text, security or not: no concept
    expect(terms).not.toContain('upload handler');
    // one source's boilerplate is not a concept
    expect(terms).not.toContain('cherrypick this');
  });

  it('returns word pairs only when asked, single stems otherwise', () => {
    expect(
      conceptTerms(examples, { ...CONCEPT_OPTIONS, pairsOnly: true }).every((t) => t.includes(' ')),
    ).toBe(true);
    expect(conceptTerms(examples, { ...CONCEPT_OPTIONS, pairsOnly: false })).toContain('travers');
  });

  it('is deterministic', () => {
    expect(conceptTerms(examples)).toEqual(conceptTerms([...examples].reverse()));
  });
});
