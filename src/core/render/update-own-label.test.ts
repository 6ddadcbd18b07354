import { describe, expect, it } from 'vitest';
import { withoutOwnLabel } from './update-own-label.js';

describe('withoutOwnLabel', () => {
  it('names a minimised yes/no question by its topic', () => {
    expect(withoutOwnLabel('Is this only a caching hiccup?')).toBe('What this means');
    expect(withoutOwnLabel('Whether the red banner is merely a cosmetic warning')).toBe(
      'What this means for the red banner',
    );
  });

  it('keeps the other parts of a compound question', () => {
    expect(withoutOwnLabel('Whether it is simply a rendering bug, and who else can see the page')).toBe(
      'What it means, and who else can see the page',
    );
  });

  it('names a blame of our change by what happened', () => {
    expect(withoutOwnLabel('Did our latest release break the nightly import?')).toBe(
      'What happened to the nightly import',
    );
    expect(withoutOwnLabel('Has our upgrade caused this?')).toBe('What caused this');
  });

  it('leaves other questions as they are', () => {
    expect(withoutOwnLabel('Is it only you that can see the file?')).toBe(
      'Is it only you that can see the file?',
    );
    expect(withoutOwnLabel('Will the old invoices be corrected or only new ones?')).toBe(
      'Will the old invoices be corrected or only new ones?',
    );
    expect(withoutOwnLabel('Can we just restart the service?')).toBe('Can we just restart the service?');
    expect(withoutOwnLabel('Did our release change the signature format?')).toBe(
      'Did our release change the signature format?',
    );
  });
});
