import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { isPastAt, isPastForm, looksPast, readsDoneAt } from './tense.js';
import type { Token } from './types.js';

const tokensOf = (text: string): readonly Token[] => analyze(text).sentences.flatMap((s) => [...s.tokens]);
const at = (text: string, word: string): { tokens: readonly Token[]; i: number } => {
  const tokens = tokensOf(text);
  return { tokens, i: tokens.findIndex((t) => t.normal === word) };
};

describe('isPastForm: a past form by the word', () => {
  it.each([
    ['We sent the export yesterday.', 'sent'],
    ['The checks passed on the second run.', 'passed'],
    ['We grepped the logs for the id.', 'grepped'],
    ['She was on leave.', 'was'],
  ] satisfies [string, string][])('past: %s (%s)', (text, word) => {
    const { tokens, i } = at(text, word);
    expect(isPastForm(tokens[i])).toBe(true);
  });

  it.each([
    ['He uses it every day.', 'uses'],
    ['She tries again tonight.', 'tries'],
    ['They are restarting the pods.', 'restarting'],
    ['We need the logs.', 'need'],
  ] satisfies [string, string][])('not past: %s (%s)', (text, word) => {
    const { tokens, i } = at(text, word);
    expect(isPastForm(tokens[i])).toBe(false);
  });

  it('reads a participle the tagger called an adjective only by its spelling', () => {
    const { tokens, i } = at('The domain is configured properly.', 'configured');
    expect(isPastForm(tokens[i])).toBe(false);
    expect(looksPast(tokens[i])).toBe(true);
  });
});

describe('isPastAt: a form spelled like its lemma after "have" or "be"', () => {
  it('reads "has reset" as past and "will reset" as not', () => {
    const done = at('The admin has reset the password.', 'reset');
    expect(isPastAt(done.tokens, done.i)).toBe(true);
    const plan = at('The admin will reset the password.', 'reset');
    expect(isPastAt(plan.tokens, plan.i)).toBe(false);
  });
});

describe('readsDoneAt: a verb group that reports something done', () => {
  it.each([
    ['The sync has been switched off.', 'has', true],
    ['They were charged twice.', 'were', true],
    ['The export has been failing since Monday.', 'has', false],
    ["We've got the logs.", 'have', false],
    ['We will restart it.', 'will', false],
  ] satisfies [string, string, boolean][])('%s (%s) → %s', (text, word, done) => {
    const { tokens, i } = at(text, word);
    expect(readsDoneAt(tokens, i)).toBe(done);
  });
});
