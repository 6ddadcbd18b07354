import { describe, expect, it } from 'vitest';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { askPending, type PendingReader } from './ask-pending.js';

// a toy reader: "TODO <word>" leaves <word> pending; "<word> done" settles it
const reader = (over: Partial<PendingReader<string>> = {}): PendingReader<string> => ({
  max: 5,
  speaks: (item) => item.isStaff,
  read: (s) => [...s.text.matchAll(/TODO (\w+)/g)].map((m) => m[1] ?? ''),
  hears: () => true,
  settled: (later, word) => later.some([word], (s) => s.text.includes(`${word} done`)),
  ask: (word) => ({ question: `Is ${word} done?`, why: 'w', kind: 'k' }),
  ...over,
});

const questions = (ctx: ReturnType<typeof makeExtractContext>, r = reader()) =>
  askPending(ctx, r).map((u) => u.question);

describe('askPending', () => {
  it('asks what no later sentence settles, once, in thread order, up to the cap', () => {
    const ctx = makeExtractContext([
      { role: 'support', text: 'TODO backup and TODO invoice. The backup done yesterday.' },
      { role: 'support', text: 'TODO invoice again. TODO mailbox.' },
      { role: 'customer', text: 'TODO cards from our side.' },
    ]);
    expect(questions(ctx)).toEqual(['Is invoice done?', 'Is mailbox done?']);
    expect(questions(ctx, reader({ max: 1 }))).toEqual(['Is invoice done?']);
  });

  it('lets only the items the reader hears settle it, and asks nothing when the reader has no question', () => {
    const ctx = makeExtractContext([
      { role: 'support', text: 'TODO export.' },
      { role: 'customer', text: 'The export done now.' },
    ]);
    expect(questions(ctx)).toEqual([]);
    expect(questions(ctx, reader({ hears: (later) => later.isStaff }))).toEqual(['Is export done?']);
    expect(questions(ctx, reader({ ask: () => null }))).toEqual([]);
  });
});
