import { describe, expect, it } from 'vitest';
import { uniqueWarnings } from './prepare.js';

describe('uniqueWarnings', () => {
  it('prints a warning repeated with its file named twice only once, named once', () => {
    expect(
      uniqueWarnings([
        'chat.txt: pasted times have no date',
        'chat.txt: chat.txt: pasted times have no date',
        'mail.eml: mail.eml: the Date header cannot be read',
        'notes (copy).md: notes (copy).md: odd bytes',
      ]),
    ).toEqual([
      'chat.txt: pasted times have no date',
      'mail.eml: the Date header cannot be read',
      'notes (copy).md: odd bytes',
    ]);
  });

  it('keeps different warnings about one file and warnings without a file', () => {
    expect(
      uniqueWarnings([
        'a.json: skipped',
        'a.json: not JSON',
        'no time in the handoff',
        'no time in the handoff',
      ]),
    ).toEqual(['a.json: skipped', 'a.json: not JSON', 'no time in the handoff']);
  });
});
