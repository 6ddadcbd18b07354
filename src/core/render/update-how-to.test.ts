import { describe, expect, it } from 'vitest';
import { asksHowTo, stepFor } from './update-how-to.js';
import { howToAnswers } from './update-how-to-lines.js';
import type { Steps } from './update-steps.js';

const steps: Steps = {
  intro: 'Our help article covers this:',
  steps: [
    'Open Settings › Invoices › Numbering',
    'Set the prefix for each branch and save',
    'Tick Skip weekends to keep the reminder schedule on working days',
  ],
  partial: false,
};

describe('asksHowTo', () => {
  it('reads a way, a setting or a "can we …" asked of the product', () => {
    expect(asksHowTo('Is there a way to stop reminders on weekends?')).toBe(true);
    expect(asksHowTo('Whether you can set a prefix per branch')).toBe(true);
    expect(asksHowTo('How do we change the numbering?')).toBe(true);
  });

  it('leaves a question about what happened, or an action asked of us', () => {
    expect(asksHowTo('Why did the numbering change?')).toBe(false);
    expect(asksHowTo('Can you send us the corrected invoices?')).toBe(false);
  });
});

describe('stepFor', () => {
  it('points to the listed step that shares two of the question words', () => {
    expect(stepFor('Is there a way to stop reminders on weekends?', steps)).toBe(3);
    expect(stepFor('Can we set a different prefix per branch?', steps)).toBe(2);
  });

  it('points to none when no step shares enough, or the question is not a how-to', () => {
    expect(stepFor('Is there a way to export the reminders as PDF?', steps)).toBeNull();
    expect(stepFor('Why did the branch prefix change?', steps)).toBeNull();
  });
});

describe('howToAnswers', () => {
  it('answers from a listed step, or gives the unlisted procedure once, and leaves the rest open', () => {
    const open = ['Is there a way to stop reminders on weekends?', 'Why did the numbering change?'];
    const listed = howToAnswers({ open }, steps, null, new Set(), () => true);
    expect(listed.answered).toEqual([
      '- You asked whether there is a way to stop reminders on weekends. That is step 3 above.',
    ]);
    expect(listed.open).toEqual(['Why did the numbering change?']);
    const given = howToAnswers({ open }, null, steps, new Set(), () => true);
    expect(given.lines[1]).toBe('Our help article covers it:');
    expect(given.lines).toContain('3. Tick Skip weekends to keep the reminder schedule on working days.');
    expect(given.open).toEqual(['Why did the numbering change?']);
  });
});
