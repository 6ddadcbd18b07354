import { describe, expect, it } from 'vitest';
import { keysOfLines, lineStarts, sortedWeights } from './sorted-weights.js';

// as JSON.parse builds a model's table: "__proto__" and "12" are plain own keys there
const parsed = JSON.parse(
  '{"#num":[0.5,-0.5],"apple":[1,2],"Banana":[3,4],"crash report":[-1.25,0],"zebra":[7,8],"12":[9,10],"__proto__":[11,12]}',
) as Record<string, number[]>;
const keys = Object.keys(parsed).sort();
const flat = keys.flatMap((k) => parsed[k] ?? []);
const table = sortedWeights(keys, flat, 2);

describe('sortedWeights', () => {
  it('reads every key as the plain table does', () => {
    for (const key of Object.keys(parsed)) {
      expect(Object.hasOwn(table, key)).toBe(true);
      expect(table[key]).toEqual(parsed[key]);
    }
  });

  it('has no own key the plain table lacks, and inherits what a plain object inherits', () => {
    for (const key of ['constructor', 'toString', 'apples', 'banana', '', 'zzz', '0']) {
      expect(Object.hasOwn(table, key)).toBe(Object.hasOwn(parsed, key));
    }
    expect(table.constructor).toBe(parsed.constructor);
    expect(table.missing).toBeUndefined();
  });

  it('lists the same keys and refuses writes', () => {
    expect([...Object.keys(table)].sort()).toEqual(Object.keys(parsed).sort());
    expect(() => {
      (table as Record<string, number[]>).apple = [0, 0];
    }).toThrow();
    expect(table.apple).toEqual([1, 2]);
  });
});

describe('sortedWeights over keys read from lines', () => {
  const lines = keysOfLines(keys.join('\n'));
  const fromLines = sortedWeights(lines, flat, 2);

  it('gives back every key at its row, and all of them in order', () => {
    expect(lines.length).toBe(keys.length);
    keys.forEach((key, row) => {
      expect(lines.at(row)).toBe(key);
    });
    expect(lines.all()).toEqual(keys);
  });

  it('reads like the table made from the array', () => {
    for (const key of [...Object.keys(parsed), 'constructor', 'apples', '', 'zzz', '0']) {
      expect(Object.hasOwn(fromLines, key)).toBe(Object.hasOwn(table, key));
      expect(fromLines[key]).toEqual(table[key]);
    }
    expect(Object.keys(fromLines)).toEqual(Object.keys(table));
  });

  it('reads the same with the line starts given as a typed array', () => {
    const text = keys.join('\n');
    const given = keysOfLines(text, Uint32Array.from(lineStarts(text)));
    expect(given.all()).toEqual(keys);
    keys.forEach((key, row) => {
      expect(given.at(row)).toBe(key);
    });
  });

  it('keeps an empty first key and reads an empty text as no keys', () => {
    const withEmpty = keysOfLines(['', 'a', 'b'].join('\n'));
    expect(withEmpty.all()).toEqual(['', 'a', 'b']);
    expect([0, 1, 2].map((row) => withEmpty.at(row))).toEqual(['', 'a', 'b']);
    expect(keysOfLines('').length).toBe(0);
    expect(sortedWeights(keysOfLines(''), [], 2).anything).toBeUndefined();
  });
});
