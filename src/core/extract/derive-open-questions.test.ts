import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../../test/helpers/make-evidence.js';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { deriveOpenQuestions } from './derive-open-questions.js';

const staff = (text: string, name: string, at: string): ItemSpec => ({
  text,
  name,
  at,
  role: 'engineering',
  visibility: 'internal',
  kind: 'chat',
});

describe('deriveOpenQuestions', () => {
  it.each([
    ['@Maria Lopez do we roll back the release or hotfix it?', 'Do we roll back the release or hotfix it?'],
    ['Thanks. @Jonas Berg should we page the database team?', 'Should we page the database team?'],
    ['@sam.k is the retry queue still growing?', 'Is the retry queue still growing?'],
    ['@Ana Do we tell the customer today?', 'Do we tell the customer today?'],
  ])('strips the whole mention from %j', (text, question) => {
    const ctx = makeExtractContext([staff(text, 'Lee', '2026-11-19T10:00:00Z')]);
    expect(deriveOpenQuestions(ctx)).toEqual([question]);
  });

  it.each([
    'no, they tried that already and it fails the same way',
    'Yes, it is on 4.2 since Monday.',
    'nope, that build was pulled',
  ])('drops a question the next message answers: %j', (answer) => {
    const ctx = makeExtractContext([
      staff('Can they switch to the older client meanwhile?', 'Lee', '2026-11-19T10:00:00Z'),
      staff(answer, 'Kim', '2026-11-19T10:05:00Z'),
    ]);
    expect(deriveOpenQuestions(ctx)).toEqual([]);
  });

  it('keeps a question the next message does not answer', () => {
    const ctx = makeExtractContext([
      staff('Can they switch to the older client meanwhile?', 'Lee', '2026-11-19T10:00:00Z'),
      staff('Looking at the dashboards now.', 'Kim', '2026-11-19T10:05:00Z'),
      staff('no idea yet', 'Lee', '2026-11-19T10:06:00Z'),
    ]);
    expect(deriveOpenQuestions(ctx)).toEqual(['Can they switch to the older client meanwhile?']);
  });
});
