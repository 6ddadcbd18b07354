import { describe, expect, it } from 'vitest';
import { isInsideCondition } from './condition-clause.js';

const at = (sentence: string, word: string) => isInsideCondition(sentence, sentence.indexOf(word));

describe('isInsideCondition', () => {
  it.each([
    ['If they want pages locked during an outage that is the lock setting per site.', 'outage'],
    ['Unless the mail relay is down we should see the bounce.', 'down'],
    ['Keep the old key in case the new endpoint goes down again.', 'down'],
  ] satisfies [string, string][])('supposes: %s', (sentence, word) => {
    expect(at(sentence, word)).toBe(true);
  });

  it.each([
    ['The ordering service is down for every store since 9am.', 'down'],
    ['The site went down at noon; if you need a workaround, use the app.', 'down'],
    ['We checked if the relay was up, but the scheduler is down.', 'scheduler'],
  ] satisfies [string, string][])('says: %s', (sentence, word) => {
    expect(at(sentence, word)).toBe(false);
  });
});
