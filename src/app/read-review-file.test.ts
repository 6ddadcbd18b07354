import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirFactory } from '../../test/helpers/temp-dir.js';
import { readReviewBeside } from './read-review-file.js';

const tempDir = tempDirFactory('spine-review-file-');

/** A case folder with `handoff/` and, when given, a review.json holding `text`. */
function caseWith(text?: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'handoff'));
  if (text !== undefined) writeFileSync(join(dir, 'review.json'), text);
  return join(dir, 'handoff');
}

describe('readReviewBeside', () => {
  it('is null for a case without review.json', () => {
    expect(readReviewBeside(caseWith())).toBeNull();
  });

  it('reads the reviewed severity, primary team and corrections', () => {
    const review = {
      severity: { suggested: 'High', reviewed: 'Critical' },
      primaryTarget: { suggested: 'Engineering', reviewed: null },
      corrections: [{ field: 'facts.startedAt', value: '2026-11-15', note: 'x', by: 'lead@x' }],
    };
    expect(readReviewBeside(caseWith(JSON.stringify(review)))).toEqual({
      severity: 'Critical',
      primaryTarget: null,
      corrections: [{ field: 'facts.startedAt', value: '2026-11-15' }],
    });
  });

  it('names the file when it is not JSON', () => {
    expect(() => readReviewBeside(caseWith('{"severity": '))).toThrow(/review\.json: not JSON/);
  });

  it('names the file and the field when the shape is wrong', () => {
    const wrong = JSON.stringify({
      severity: { reviewed: 3 },
      primaryTarget: { reviewed: null },
      corrections: [],
    });
    expect(() => readReviewBeside(caseWith(wrong))).toThrow(/review\.json: severity\.reviewed/);
  });
});
