import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../../test/helpers/make-evidence.js';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { extractHypotheses } from './extract-hypotheses.js';
import { triedFromTheories } from './tried-from-theories.js';

const note = (
  text: string,
  at: string,
  name: string,
  visibility: 'internal' | 'public' = 'internal',
): ItemSpec => ({
  text,
  at,
  name,
  role: 'engineering',
  visibility,
  kind: 'chat',
});

describe('triedFromTheories: a guess put to a colleague as a question', () => {
  it('is ruled out by the next colleague\'s "No, <check>", which no longer opens the reading after it', () => {
    const ctx = makeExtractContext([
      note('could it be the ERP connector posting every invoice twice again?', '2026-11-18T10:00:00Z', 'Ana'),
      note(
        "No, the ingress log shows one request per invoice. It's the sender worker: the retry builds a fresh key on every attempt, so each retry files another invoice.",
        '2026-11-18T11:00:00Z',
        'Bo',
      ),
    ]);
    expect(triedFromTheories(ctx)).toEqual([
      {
        action: 'Engineering: ruled out the theory that the ERP connector posting every invoice twice again',
        result: 'No, the ingress log shows one request per invoice.',
        by: 'engineering',
        cites: ['S1:m2', 'S1:m1'],
      },
    ]);
    expect(String(extractHypotheses(ctx)[0]?.value)).toMatch(/^It's the sender worker/);
  });

  it('is ruled out by a later check that names it, and never becomes a hypothesis itself', () => {
    const ctx = makeExtractContext([
      note(
        'could it be the nightly price import at 02:00? if it loaded empty nothing would match',
        '2026-11-18T10:00:00Z',
        'Ana',
      ),
      note(
        'Price import loaded 512 rows at 02:00, no errors. Another shop without the import sees it too. So not the import.',
        '2026-11-18T11:00:00Z',
        'Bo',
      ),
    ]);
    expect(triedFromTheories(ctx).map((t) => t.action)).toEqual([
      'Engineering: ruled out the theory that the nightly price import at 02:00',
    ]);
    expect(extractHypotheses(ctx).map((h) => h.value)).not.toContain('the nightly price import at 02:00');
  });

  it('is not ruled out by a bare verdict, and a question to the customer is no guess', () => {
    const bare = makeExtractContext([
      note('could it be the certificate rotation from this morning?', '2026-11-18T10:00:00Z', 'Ana'),
      note('agree it is not the certificate then', '2026-11-18T11:00:00Z', 'Bo'),
    ]);
    expect(triedFromTheories(bare)).toEqual([]);
    const asked = makeExtractContext([
      note(
        'Could you check whether the nightly import at 02:00 ran on your side?',
        '2026-11-18T10:00:00Z',
        'Ana',
        'public',
      ),
      note('No, the import log shows 512 rows loaded at 02:00.', '2026-11-18T11:00:00Z', 'Bo'),
    ]);
    expect(triedFromTheories(asked)).toEqual([]);
  });
});
