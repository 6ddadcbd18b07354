import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../../test/helpers/make-evidence.js';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { askFixShip } from './ask-fix-ship.js';

const dev = (text: string, at = '2026-11-19T10:00:00Z'): ItemSpec => ({
  text,
  at,
  role: 'engineering',
  visibility: 'internal',
  kind: 'chat',
  name: 'Dev',
});
const ask = (specs: ItemSpec[]) => askFixShip(makeExtractContext(specs))?.question ?? null;

describe('askFixShip', () => {
  it('names what the fix is', () => {
    expect(ask([dev('the fix = cache the tenant lookup per request, should be quick')])).toBe(
      'When will the fix (cache the tenant lookup per request) ship?',
    );
  });

  it('names the version it goes out in and the review it waits on', () => {
    expect(
      ask([
        dev('fix is tiny: escape the pipe character in the CSV writer.'),
        dev('can go out as 2.7.4 tomorrow if the App Store review is quick', '2026-11-19T10:05:00Z'),
      ]),
    ).toBe(
      'When will the fix (escape the pipe character in the CSV writer) in 2.7.4 pass Store review and ship?',
    );
  });

  it('names the fix by the word before it', () => {
    expect(ask([dev('the pagination fix is ready, waiting for QA')])).toBe(
      'When will the pagination fix ship?',
    );
    expect(ask([dev('a proper fix is needed here')])).toBeNull();
  });

  it('asks nothing when no fix is described or promised', () => {
    expect(ask([dev('still looking at the heap dumps, nothing obvious yet')])).toBeNull();
    expect(ask([dev('is the fix in 2.7.4 already?')])).toBeNull();
  });

  it('asks nothing about a fix that already shipped', () => {
    expect(ask([dev('the fix = retry on 409, released in 2.7.4 this morning')])).toBeNull();
  });
});
