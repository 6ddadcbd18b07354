import { describe, expect, it } from 'vitest';
import { maskDots } from './mask-dots.js';

describe('maskDots', () => {
  it('masks dotted names and versions whole, wherever the run starts', () => {
    const text = 'Bumped the agent to v4.8.1 after config.yaml moved to api.example.com.';
    expect(maskDots(text)).toBe('Bumped the agent to v40801 after configxyaml moved to apixexamplexcom.');
  });

  it('leaves addresses, abbreviations and plain numbers as written', () => {
    const text = 'Mail ops@example.org or see https://docs.example.com/a.b?x=1.2 for e.g. the U.S. list.';
    expect(maskDots(text)).toBe(text);
  });

  it('masks glued marks and keeps the length', () => {
    const text = 'wait...what? try!=none, a.b..c.d and x.y. then .net core';
    const masked = maskDots(text);
    expect(masked).toBe('waitxxxwhat? tryx=none, a.bxxc.d and x.y. then xnet core');
    expect(masked).toHaveLength(text.length);
  });

  // a run is tried from where it starts only: a 30,000-letter token (a pasted hash, base64) is one
  // pass, not one pass from each of its letters
  it('reads a long token in linear time', () => {
    const text = 'a'.repeat(30_000).concat(' file.txt');
    const started = performance.now();
    expect(maskDots(text).endsWith('filextxt')).toBe(true);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('reads a long token beside an address in linear time, the address kept', () => {
    const text = 'b'.repeat(30_000).concat(' mail ops+eu@example.org about it.txt');
    const started = performance.now();
    expect(maskDots(text).endsWith('mail ops+eu@example.org about itxtxt')).toBe(true);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
