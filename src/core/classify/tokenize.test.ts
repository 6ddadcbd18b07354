import { describe, expect, it } from 'vitest';
import { featuresOf } from './tokenize.js';

describe('featuresOf', () => {
  it('words+stems keeps the inflected words and adds their stems, marked with ~', () => {
    const f = featuresOf('We renamed the files', 'words+stems');
    expect(f).toContain('renamed');
    expect(f).toContain('we renamed');
    expect(f).toContain('~renam');
    expect(f).toContain('~we renam');
  });

  it('leaves the words and stems sets as they were (the committed models read them)', () => {
    expect(featuresOf('Passwords leaked', 'words')).toEqual(['leaked', 'passwords', 'passwords leaked']);
    expect(featuresOf('Passwords leaked', 'stems')).toEqual(['leak', 'password', 'password leak']);
  });
});
