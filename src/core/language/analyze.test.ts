import { describe, expect, it } from 'vitest';
import { analyze, sentencesOf } from './analyze.js';

const negatedWords = (text: string): string[] =>
  analyze(text).sentences.flatMap((s) => s.tokens.filter((t) => t.negated).map((t) => t.normal));

describe('analyze: sentences', () => {
  it('starts a sentence at a mention after a full stop', () => {
    expect(sentencesOf('Deploy is out. @Kim Park can you watch the graphs?')).toEqual([
      'Deploy is out.',
      '@Kim Park can you watch the graphs?',
    ]);
  });

  it('keeps abbreviations, versions, file and host names inside their sentence', () => {
    expect(
      sentencesOf('Some tenants, e.g. Contoso, see it since v4.8.1 on api.example.com. Others do not.'),
    ).toEqual(['Some tenants, e.g. Contoso, see it since v4.8.1 on api.example.com.', 'Others do not.']);
    expect(sentencesOf('I edited the .env file and ran ./configure again. Same error.')).toHaveLength(2);
  });

  it('cuts at layout: list items and blank lines, dropping the list marker', () => {
    expect(sentencesOf('Tried:\n- cleared the cache\n- rotated the key\n\nStill failing')).toEqual([
      'Tried:',
      'cleared the cache',
      'rotated the key',
      'Still failing',
    ]);
  });

  it('splits a markdown template question from its answer', () => {
    // shape of a React issue template (github.com/facebook/react issue forms)
    expect(sentencesOf('**What is the current behavior?** the renderer does not run effects.')).toEqual([
      'What is the current behavior?',
      'the renderer does not run effects.',
    ]);
  });

  it('reads an arrow as the consequence of the sentence before it', () => {
    expect(sentencesOf('The key was rotated twice. => the old key is revoked.')).toEqual([
      'The key was rotated twice. => the old key is revoked.',
    ]);
  });
});

describe('analyze: negation, questions, hedges', () => {
  it('marks the scope of a negation, up to the clause end', () => {
    expect(negatedWords("It isn't a bug, it works as designed.")).toEqual(['a', 'bug']);
    expect(negatedWords("Don't offer credits.")).toEqual(['offer', 'credits']);
    expect(negatedWords('We cannot log in at all.')).toContain('log');
  });

  it('lists the negating words', () => {
    const [s] = analyze('No bug here, nothing changed on our side.').sentences;
    expect(s?.negators.map((i) => s.tokens[i]?.normal)).toEqual(['no', 'nothing']);
  });

  it('tells questions, hedges and conditions apart', () => {
    const [q, h, c, plain] = analyze(
      'Could it be the proxy? It might be their DNS. If they renew the cert it works. The cert expired.',
    ).sentences;
    expect([q?.question, h?.question, plain?.question]).toEqual([true, false, false]);
    expect([h?.hedged, plain?.hedged]).toEqual([true, false]);
    expect([c?.conditional, plain?.conditional]).toEqual([true, false]);
  });

  it('reads the month May as a name, not a hedge', () => {
    const [month, modal] = analyze('The plan was renewed in May. It may be the renewal job.').sentences;
    expect([month?.hedged, modal?.hedged]).toEqual([false, true]);
  });

  it('reads an unpunctuated chat question by its opening word', () => {
    expect(analyze('can someone check the bridge config').sentences[0]?.question).toBe(true);
  });
});

describe('analyze: entities', () => {
  it('types dates, times, money, percentages, URLs, e-mails and versions', () => {
    const [s] = analyze(
      'Since v4.8.1 on Nov. 3 at 10:30 UTC, 12% of calls fail; $1,200 refund asked by ops@example.com, see https://x.io/a?b=1 now.',
    ).sentences;
    const types = new Map(s?.entities.map((e) => [e.text, e.type]));
    expect(types.get('v4.8.1')).toBe('version');
    expect(types.get('Nov. 3')).toBe('date');
    expect(types.get('10:30 UTC')).toBe('time');
    expect(types.get('12%')).toBe('percent');
    expect(types.get('$1,200')).toBe('money');
    expect(types.get('ops@example.com')).toBe('email');
    expect(types.get('https://x.io/a?b=1')).toBe('url');
  });

  it('gives offsets into the original text, masked punctuation included', () => {
    const text = 'Upgrade to 2.0.0-rc.1 fixed it.';
    const [s] = analyze(text).sentences;
    const v = s?.entities.find((e) => e.type === 'version');
    expect(v && text.slice(v.start, v.end)).toBe('2.0.0-rc.1');
  });

  it('returns the same analysis for the same text', () => {
    expect(analyze('Same text.')).toBe(analyze('Same text.'));
  });
});
