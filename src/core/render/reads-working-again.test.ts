import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsWorkingAgain } from './reads-working-again.js';

const reads = (text: string): boolean => analyze(text).sentences.some(readsWorkingAgain);

describe('readsWorkingAgain', () => {
  it('reads a problem that has stopped: works again, is back, was put right', () => {
    for (const text of [
      'The scanners are reading tickets again since noon.',
      'Our shop is online again after the restart.',
      'The two depots are back to normal.',
      'Good news: the tills are back.',
      'The nightly feed was restored at 06:10.',
      'The duplicate reminders have been fixed.',
    ])
      expect(reads(text), text).toBe(true);
  });

  it('does not read a relapse, a repeated contact or try, a promise, a wish, a report of a claim or a problem that goes on', () => {
    for (const text of [
      'The nightly feed failed again this morning.',
      'The site went down again at lunch.',
      'The error came back after the upgrade.',
      'I am writing again because nobody answered.',
      'We tried the import again with a smaller file.',
      'It will be fixed in the next release.',
      'Once the patch is out the feed will work again.',
      'We just want the scanners to work again.',
      'Is the feed working again?',
      'Please sign in again.',
      'Your status page says the incident is resolved, but nothing has changed for us.',
      'The tills are still not working again.',
    ])
      expect(reads(text), text).toBe(false);
  });
});
