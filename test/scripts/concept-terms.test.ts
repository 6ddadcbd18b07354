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

  describe('support handoffs as a second ordinary corpus', () => {
    const withAdmin = (group: string) =>
      [0, 1, 2].map((i) =>
        ex(group, '1', `The admin console allows path traversal outside the root. ${i}`, i),
      );
    // enough ordinary tracker reports that two more texts stay under the 2 % rule when pooled
    const manyOrdinary = Array.from({ length: 120 }, (_, i) =>
      ex('issues', '0', `The upload handler shows the wrong icon after saving. Item ${i}`, i),
    );
    const trackers = [...withAdmin('a'), ...withAdmin('b'), ...withAdmin('c'), ...manyOrdinary];
    const handoff = (text: string, i: number) => ex('support', '0', text, i);
    const options = {
      ...CONCEPT_OPTIONS,
      pairsOnly: false,
      maxOrdinaryRate: 0.02,
      isSupport: (group: string) => group === 'support',
    };

    it('drops a word two support handoffs use, keeps the ones they lack', () => {
      const support = [
        handoff('Our admin cannot open the billing page since Monday.', 0),
        handoff('Please ask your admin to resend the invitation email.', 1),
        handoff('The nightly report arrives two hours late.', 2),
      ];
      const terms = conceptTerms([...trackers, ...support], options);
      expect(terms).not.toContain('admin');
      expect(terms).toContain('travers');
      // without the support rule the word is a concept (the trackers' ordinary reports lack it)
      expect(conceptTerms([...trackers, ...support], { ...options, isSupport: undefined })).toContain(
        'admin',
      );
    });

    it("keeps a word only one handoff uses: that ticket's topic, not support wording", () => {
      const support = [
        handoff('Our admin cannot open the billing page since Monday.', 0),
        handoff('The nightly report arrives two hours late.', 1),
      ];
      expect(conceptTerms([...trackers, ...support], options)).toContain('admin');
    });
  });
});
