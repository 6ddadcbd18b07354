import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsNotDone } from './tried-not-done.js';

const first = (text: string) => analyze(text).sentences[0];

describe('readsNotDone', () => {
  it('reads orders, plans and relayed requests as nothing done', () => {
    expect(readsNotDone(first("@Sam please don't tell them the vendor's name yet"))).toBe(true);
    expect(readsNotDone(first("I'll rerun the import tonight and check the totals"))).toBe(true);
    expect(readsNotDone(first('she wants a list of the affected invoices'))).toBe(true);
  });

  it('keeps reports of something done, subjectless or not', () => {
    expect(readsNotDone(first('Rebuilt the search index on staging, the duplicates are gone'))).toBe(false);
    expect(readsNotDone(first('re-hashed the payload with the new secret -> signature matches'))).toBe(false);
    expect(readsNotDone(first("Thanks — we've replayed the failed events and they went through"))).toBe(
      false,
    );
  });
});
