import { describe, expect, it } from 'vitest';
import { pastParticiple } from './past-participle.js';

describe('pastParticiple', () => {
  it.each([
    ['update', 'updated'],
    ['add', 'added'],
    ['log', 'logged'],
    ['check', 'checked'],
    ['copy', 'copied'],
    ['send', 'sent'],
    ['re-enable', 're-enabled'],
    ['rerun', 'rerun'],
    ['allow', 'allowed'],
  ])('%s → %s', (verb, done) => {
    expect(pastParticiple(verb)).toBe(done);
  });
});
