import { describe, expect, it } from 'vitest';
import { readYaml } from './read-yaml.js';

describe('readYaml', () => {
  it('reads a mapping and hands the same result to the next caller of that text', () => {
    const first = readYaml('plan: Business\nseats: 40\n');
    expect(first).toEqual({ ok: true, value: { plan: 'Business', seats: 40 } });
    expect(readYaml('plan: Business\nseats: 40\n')).toBe(first);
  });

  it('says not YAML for text the parser refuses, and remembers that too', () => {
    const text = 'key: [unclosed\n  - item: {';
    expect(readYaml(text)).toEqual({ ok: false });
    expect(readYaml(text)).toBe(readYaml(text));
  });

  it('keeps a bounded number of texts: an old one is parsed again, to an equal value', () => {
    const old = readYaml('owner: Priya Raman');
    for (let i = 0; i < 40; i++) readYaml(`n: ${i}`);
    const again = readYaml('owner: Priya Raman');
    expect(again).not.toBe(old);
    expect(again).toEqual(old);
  });
});
