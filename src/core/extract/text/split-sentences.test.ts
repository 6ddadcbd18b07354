import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.js';

describe('splitSentences', () => {
  it.each([
    [
      'Deploy is out. @Kim Park can you watch the graphs?',
      'Deploy is out.',
      '@Kim Park can you watch the graphs?',
    ],
    ['It says "done". @ops do we page someone?', 'It says "done".', '@ops do we page someone?'],
  ])('starts a sentence at a mention after a full stop: %j', (text, first, second) => {
    expect(splitSentences(text)).toEqual([first, second]);
  });

  it('keeps an abbreviation inside its sentence', () => {
    expect(splitSentences('Some tenants, e.g. Contoso, see it. Others do not.')).toEqual([
      'Some tenants, e.g. Contoso, see it.',
      'Others do not.',
    ]);
  });
});
