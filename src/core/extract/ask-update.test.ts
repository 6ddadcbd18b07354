import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../../test/helpers/make-evidence.js';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { askUpdate } from './ask-update.js';

const us = (text: string, at = '2026-11-19T10:00:00Z'): ItemSpec => ({
  text,
  at,
  role: 'support',
  visibility: 'internal',
});
const ask = (specs: ItemSpec[]) => askUpdate(makeExtractContext(specs))?.question ?? null;

describe('askUpdate', () => {
  it('asks whether the customer installed the release that fixes it, naming the defect', () => {
    expect(
      ask([us('Known issue: CSV import drops the header row on Windows. Fixed in 3.2.5 last week.')]),
    ).toBe(
      'Has the customer updated to 3.2.5, and does that end it (Known issue: CSV import drops the header row on Windows)?',
    );
  });

  it('asks nothing about a fix still to come, or once the customer says they updated', () => {
    expect(ask([us('It will be fixed in 3.3.0 next month.')])).toBeNull();
    expect(
      ask([
        us('The sorting bug is fixed in 3.2.5 already.'),
        { text: 'We updated to 3.2.5 this morning and it works.', at: '2026-11-19T12:00:00Z' },
      ]),
    ).toBeNull();
  });
});
