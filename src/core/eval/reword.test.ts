import { describe, expect, it } from 'vitest';
import { parseOverlay, rewordJson, rewordText } from './reword.js';

describe('rewordText', () => {
  it('replaces every occurrence and counts the hits per replacement', () => {
    const hits = [0, 0];
    const out = rewordText(
      'The pump stalls. The pump stalls again.',
      [
        ['pump stalls', 'motor stops'],
        ['zzz', 'y'],
      ],
      hits,
    );
    expect(out).toBe('The motor stops. The motor stops again.');
    expect(hits).toEqual([2, 0]);
  });

  it('matches a replacement written with \\n against CRLF text and keeps CRLF line ends', () => {
    const hits: number[] = [];
    const out = rewordText(
      'Hello,\r\nthe crane is idle\r\nsince noon.\r\n',
      [['the crane is idle\nsince noon.', 'nothing has\nmoved since noon.']],
      hits,
    );
    expect(out).toBe('Hello,\r\nnothing has\r\nmoved since noon.\r\n');
    expect(hits).toEqual([1]);
  });
});

describe('rewordJson', () => {
  it('rewrites decoded string values, not keys, so escapes in the file do not block a match', () => {
    const value = JSON.parse(
      '{"body":"Line one.\\n\\"Quoted\\" caf\\u00e9 closes at 6.","closes at 6":1,"n":[3,"closes at 6"]}',
    );
    const hits: number[] = [];
    const out = rewordJson(
      value,
      [
        ['"Quoted" café closes at 6.', 'The "quoted" café shuts at 6.'],
        ['closes at 6', 'shuts at 6'],
      ],
      hits,
    );
    expect(out).toEqual({
      body: 'Line one.\nThe "quoted" café shuts at 6.',
      'closes at 6': 1,
      n: [3, 'shuts at 6'],
    });
    expect(hits).toEqual([1, 1]);
  });
});

describe('parseOverlay', () => {
  it('accepts a style and a list of [original, reworded] pairs', () => {
    const parsed = parseOverlay('{"style":"terse","replace":[["a long sentence","short"]]}');
    expect(parsed).toEqual({
      ok: true,
      overlay: { style: 'terse', replace: [['a long sentence', 'short']] },
    });
  });

  it('names what is wrong with a malformed overlay', () => {
    const parsed = parseOverlay('{"style":"terse","replace":[["only one"]]}');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join(' ')).toMatch(/replace\.0/);
    expect(parseOverlay('{nope').ok).toBe(false);
  });
});
