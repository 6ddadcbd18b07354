import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../../test/helpers/make-evidence.js';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { askRemedyWorks } from './ask-remedy-works.js';

const ops = (text: string, at: string): ItemSpec => ({
  text,
  at,
  role: 'engineering',
  visibility: 'internal',
  kind: 'chat',
  name: 'Ops',
});
const ask = (specs: ItemSpec[]) => askRemedyWorks(makeExtractContext(specs)).map((u) => u.question);

describe('askRemedyWorks', () => {
  it('asks whether a remedy under way works', () => {
    expect(
      ask([ops('rolling restart of the queue workers in us-west started 09:10', '2026-11-19T09:10:00Z')]),
    ).toEqual(['Does the rolling restart of the queue workers in us-west fix it?']);
    expect(ask([ops('I can revert the session cookie change, need 20 min', '2026-11-19T09:10:00Z')])).toEqual(
      ['Does reverting the session cookie change fix it?'],
    );
  });

  it('drops a remedy a later message reports done', () => {
    expect(
      ask([
        ops('rolling back the 3.1 deploy now', '2026-11-19T09:10:00Z'),
        ops('rollback done, errors still at 20%', '2026-11-19T09:40:00Z'),
      ]),
    ).toEqual([]);
  });

  it('reads no remedy in a question, a condition or a denial', () => {
    expect(
      ask([
        ops('should we restart the search nodes now?', '2026-11-19T09:10:00Z'),
        ops('if it gets worse we replay the outbox from midnight', '2026-11-19T09:11:00Z'),
        ops("we won't revert the billing migration now", '2026-11-19T09:12:00Z'),
      ]),
    ).toEqual([]);
  });

  it('asks whether our side’s expectation holds, not advice to a person', () => {
    expect(
      ask([
        ops(
          'the backfill should restore the missing invoices without a manual import.',
          '2026-11-19T09:10:00Z',
        ),
        ops('you should ask them for the HAR file.', '2026-11-19T09:11:00Z'),
      ]),
    ).toEqual(['Will the backfill restore the missing invoices without a manual import?']);
  });
});
