import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsEngineeringAtWork } from './reads-engineering-work.js';

const one = (text: string) => {
  const [sentence] = analyze(text).sentences;
  if (!sentence) throw new Error(`no sentence in ${text}`);
  return sentence;
};

describe('readsEngineeringAtWork', () => {
  it.each([
    'Our engineers are building a fix for the importer.',
    'The engineering team is now looking into the stuck jobs.',
    'Eng will add a retry to the nightly upload.',
    'Our developers are going to change the rounding.',
  ])('engineering has work ahead: %j', (text) => {
    expect(readsEngineeringAtWork(one(text))).toBe(true);
  });

  it.each([
    // done, denied, asked, conditional, hedged
    'Our engineers have confirmed the cause.',
    'Eng is not working on this one.',
    'Is engineering looking at it?',
    'If the logs show a fault, engineering will take a look.',
    'Engineering might be looking at it.',
    // someone else's engineers, or a line quoted for the customer
    'Please ask your engineers to keep the app open.',
    "Keep the reply to 'engineering is working on it' and nothing more.",
    // engineering as a topic, the verb another subject's
    'Eng said the customer is waiting for the export.',
    // an engineer's own "I" is left out: it as often tells of checks for another team
    "I'm pulling the sign-in history for that account now.",
  ])('no engineering work ahead: %j', (text) => {
    expect(readsEngineeringAtWork(one(text))).toBe(false);
  });
});
