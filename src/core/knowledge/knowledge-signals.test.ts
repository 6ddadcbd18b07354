import { describe, expect, it } from 'vitest';
import { makeFacts } from '../../../test/helpers/make-decide-input.js';
import { answersHandoff } from './answers-handoff.js';
import type { ConsideredArticle, KnowledgeArticle } from './article.js';
import { knowledgeSignals } from './knowledge-signals.js';

const ARTICLE: KnowledgeArticle = {
  id: 'kb-upload-cap',
  title: 'Attachment uploads stop at 25 MB',
  url: null,
  visibility: 'public',
  kind: 'known-limitation',
  product: null,
  tags: ['attachments'],
  text: 'Files over 25 MB are refused with "Upload exceeds 25 MB". Share a link from your drive instead.',
  origin: 'cap.md',
  sha256: 'b'.repeat(64),
};

function considered(overrides: Partial<ConsideredArticle>): ConsideredArticle {
  return {
    id: 'kb-upload-cap',
    title: ARTICLE.title,
    url: null,
    kind: 'known-limitation',
    visibility: 'public',
    score: 900,
    matchedTerms: ['attachment', 'file', 'mb', 'refused', 'upload', 'exceeds'],
    chosen: true,
    why: 'best match',
    cite: 'S4:kb',
    answers: 'quotes the error "Upload exceeds 25 MB"',
    ...overrides,
  };
}

describe('answersHandoff', () => {
  it('answers when the article quotes an error the customer saw, and not when it quotes none of them', () => {
    const quoted = makeFacts({ errors: [{ value: 'Upload exceeds 25 MB', cites: ['S1:c1'] }] });
    expect(answersHandoff(ARTICLE, quoted)).toBe('quotes the error "Upload exceeds 25 MB"');
    const other = makeFacts({ errors: [{ value: 'ECONNRESET while uploading', cites: ['S1:c1'] }] });
    expect(answersHandoff(ARTICLE, other)).toBeNull();
  });

  it('without an error, answers only when the article covers most words of the problem', () => {
    const covered = makeFacts({
      problem: { value: 'Attachment uploads refused over 25 MB', cites: ['S1:c1'] },
    });
    expect(answersHandoff(ARTICLE, covered)).toMatch(/^covers \d of \d words of the problem$/);
    const loose = makeFacts({
      problem: { value: 'Mobile app crashes when opening attachments offline', cites: ['S1:c1'] },
    });
    expect(answersHandoff(ARTICLE, loose)).toBeNull();
  });
});

describe('knowledgeSignals', () => {
  it('sets the signal of a strongly matching, answering article with its cite and a retrieval trace', () => {
    const set = knowledgeSignals([considered({})]);
    expect(set.signals).toEqual({ knownLimitation: true });
    expect(set.cites).toEqual({ knownLimitation: ['S4:kb'] });
    expect(set.traces.knownLimitation?.[0]).toMatchObject({
      mechanism: 'retrieval',
      evidence: 'S4:kb',
      score: 900,
    });
  });

  it.each([
    ['not chosen', { chosen: false }],
    ['does not answer the handoff', { answers: undefined }],
    ['matches too few words', { matchedTerms: ['upload', 'mb'] }],
    ['scores too low', { score: 120 }],
    ['is a runbook', { kind: 'runbook' as const }],
  ] satisfies [string, Partial<ConsideredArticle>][])(
    'sets nothing when the article %s',
    (_why, overrides) => {
      expect(knowledgeSignals([considered(overrides)]).signals).toEqual({});
    },
  );

  it('maps each kind to its signal', () => {
    const kinds = [
      ['how-to', 'documentedBehavior'],
      ['documented-behaviour', 'documentedBehavior'],
      ['customer-side-setting', 'customerSideSetting'],
    ] as const;
    for (const [kind, signal] of kinds)
      expect(knowledgeSignals([considered({ kind })]).signals).toEqual({ [signal]: true });
  });
});
